/**
 * The renderer's pages are served from `app://companion/` instead of `file://`: a real origin the
 * IPC sender check can compare against, no `file:` privileges (the `grantFileProtocolExtraPrivileges`
 * fuse is off), and a place to attach the Content-Security-Policy as a response header, which
 * covers every page and asset even if a `<meta>` tag were missing.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import type { Logger } from '../core/ports';

export const appScheme = 'app';
export const appHost = 'companion';
export const appOrigin = `${appScheme}://${appHost}`;

export type PageName = 'panel' | 'popup' | 'settings';

/**
 * `connect-src 'none'`: only the main process talks to the PBX. `style-src 'unsafe-inline'` is for
 * Svelte's scoped style attributes; scripts stay `'self'` only (the renderer build emits no inline
 * script). `media-src blob:` is for voicemail playback from bytes handed over by the core.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  'media-src blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Must be registered before the app is ready. `standard` gives the scheme an origin and relative URL
 * resolution, `secure` makes the pages a secure context; `corsEnabled` and `supportFetchAPI` let
 * Chromium load Vite's `<script type="module" crossorigin>` from it.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

export function pageUrl(page: PageName, query?: Record<string, string>): string {
  const url = new URL(`${appOrigin}/${page}.html`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wav': 'audio/wav',
};

export type AppPathResolution =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps an `app://companion/<path>` URL to a file below `rendererRoot`, or refuses it. The URL
 * parser already folds `..` and `%2e%2e` segments; this also refuses encoded separators,
 * backslashes and NUL, and checks the final path really is inside the root, so no spelling of a
 * path can reach a file outside `dist/renderer`.
 */
export function resolveAppPath(rendererRoot: string, requestUrl: string): AppPathResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'bad-url' };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) {
    return { ok: false, status: 403, reason: 'foreign-origin' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'bad-encoding' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { ok: false, status: 403, reason: 'bad-characters' };
  }
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { ok: false, status: 404, reason: 'no-file' };
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, status: 403, reason: 'traversal' };
  }
  const root = resolve(rendererRoot);
  const filePath = resolve(root, ...segments);
  const inside = relative(root, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'outside-root' };
  }
  const contentType = contentTypes[extname(filePath).toLowerCase()];
  if (!contentType) return { ok: false, status: 404, reason: 'unknown-type' };
  return { ok: true, filePath, contentType };
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/** Answers one request for the app scheme; exported so tests can call it without Electron. */
export async function serveAppRequest(
  rendererRoot: string,
  request: Request,
  log: Logger,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: securityHeaders });
  }
  const resolution = resolveAppPath(rendererRoot, request.url);
  if (!resolution.ok) {
    log.log('warn', 'app protocol request refused', { reason: resolution.reason, status: resolution.status });
    return new Response(null, { status: resolution.status, headers: securityHeaders });
  }
  try {
    const body = await readFile(resolution.filePath);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders, 'content-type': resolution.contentType },
    });
  } catch {
    return new Response(null, { status: 404, headers: securityHeaders });
  }
}

export function handleAppProtocol(protocol: Protocol, rendererRoot: string, log: Logger): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rendererRoot, request, log));
}
