/**
 * The browser preview host: the real core in Node, the real built renderer in any Chromium.
 *
 * It serves `dist/renderer` under `/app/`, injects a stand-in for the preload (`bridge.js`, which
 * speaks the contract over a WebSocket) into every page, and shows all windows the app would open
 * on one desk page (`/`). Windows open and close through `DeskWindowManager`, i.e. by the same core
 * decisions that open BrowserWindows in Electron.
 *
 * Bound to 127.0.0.1 only, and answering only requests whose Host header names that address and
 * port (a web page that rebinds its DNS name to 127.0.0.1 still sends its own name). Every page,
 * and the bridge, needs the random token printed with the URL, in the URL: the desk passes it on
 * to its iframes, each page's bridge script reads it from its own address. Never in a cookie:
 * cookies are not kept apart by port, so one would reach every other server on this machine
 * (issue 15, finding 8). Compared in constant time. The built scripts and styles the pages load
 * (the app's code, no secret) are served without it.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Companion } from '../core/companion';
import { sameToken } from '../demo-pbx/sim-guard';
import { contentSecurityPolicy } from '../main/app-protocol';
import { attachBridge } from './bridge-server';
import {
  createPreviewCompanion,
  type PreviewCompanion,
  type PreviewCompanionOptions,
} from './preview-companion';

export interface PreviewHostOptions extends PreviewCompanionOptions {
  /** The built renderer (`dist/renderer`). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export interface PreviewHost extends PreviewCompanion {
  /** The desk page, with the token: open this in a browser. */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

const staticDir = fileURLToPath(new URL('./static/', import.meta.url));
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const token = randomBytes(16).toString('hex');
  const preview = await createPreviewCompanion(options);
  const server = createServer((request, response) => {
    void serve(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const expectedHost = `127.0.0.1:${port}`;
  const socketUrl = `ws://127.0.0.1:${port}/bridge`;
  // The app's own policy, with the one socket the bridge needs and the desk allowed to frame it.
  const previewPolicy = contentSecurityPolicy
    .replace("connect-src 'none'", `connect-src ws://127.0.0.1:${port}`)
    .replace("frame-ancestors 'none'", "frame-ancestors 'self'");
  const bridge = attachBridge({
    server,
    origin,
    token,
    companion: preview.companion,
    windows: preview.windows,
  });

  /** Pages (the desk, the app's HTML) need the token; the code and styles they load do not. */
  function authorised(request: IncomingMessage, url: URL): boolean {
    if (request.method !== 'GET' || request.headers.host !== expectedHost) return false;
    const page =
      url.pathname === '/' || !/\/[^/]+\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html');
    return !page || sameToken(url.searchParams.get('token') ?? undefined, token);
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (!authorised(request, url)) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('Open the URL the preview printed.');
      return;
    }
    const headers: Record<string, string> = {
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // The token is in the pages' addresses: no Referer carries it anywhere.
      'referrer-policy': 'no-referrer',
    };
    if (url.pathname === '/') {
      return send(response, resolve(staticDir, 'desk.html'), headers);
    }
    if (url.pathname.startsWith('/desk/')) {
      return send(response, inside(staticDir, url.pathname.slice('/desk/'.length)), headers);
    }
    if (url.pathname === '/app/bridge.js') {
      const source = (await readFile(resolve(staticDir, 'bridge.js'), 'utf8')).replace(
        '__SOCKET_URL__',
        socketUrl,
      );
      response.writeHead(200, { ...headers, 'content-type': contentTypes['.js'] ?? 'text/javascript' });
      response.end(source);
      return;
    }
    if (url.pathname.startsWith('/app/')) {
      const file = inside(options.rendererDir, url.pathname.slice('/app/'.length));
      const appHeaders = { ...headers, 'content-security-policy': previewPolicy };
      if (file?.endsWith('.html')) {
        // The preload's stand-in must run before the page's module script, as a preload would.
        const html = await readFile(file, 'utf8').catch(() => null);
        if (html === null) return notFound(response);
        response.writeHead(200, { ...appHeaders, 'content-type': contentTypes['.html'] ?? 'text/html' });
        // The page's own <meta> policy gets the bridge's socket too (both policies must allow it).
        const page = html.replace("connect-src 'none'", `connect-src ws://127.0.0.1:${port}`);
        response.end(page.replace(/<head>/i, '<head>\n    <script src="./bridge.js"></script>'));
        return;
      }
      // Vite names built assets by their content hash: they can be cached for good, as Electron's
      // app:// protocol reads them from disk. Each caller popup is a fresh page that loads them.
      const cacheControl = url.pathname.startsWith('/app/assets/')
        ? 'public, max-age=31536000, immutable'
        : headers['cache-control'];
      return send(response, file, { ...appHeaders, 'cache-control': cacheControl ?? 'no-store' });
    }
    notFound(response);
  }

  return {
    ...preview,
    url: `${origin}/?token=${token}`,
    origin,
    async close() {
      bridge.close();
      // `server.close()` ends idle connections only and waits for the rest; a browser may be in the
      // middle of a request (or its headers) at this moment, so every connection is cut at once.
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
      await preview.close();
    },
  };
}

/** The file for a URL path below `root`, or null when the path would leave it. */
function inside(root: string, relativePath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return null;
  }
  const file = resolve(root, decoded);
  return file.startsWith(resolve(root) + sep) ? file : null;
}

async function send(
  response: ServerResponse,
  file: string | null,
  headers: Record<string, string>,
): Promise<void> {
  if (file === null) return notFound(response);
  const body = await readFile(file).catch(() => null);
  if (body === null) return notFound(response);
  response.writeHead(200, {
    ...headers,
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
  });
  response.end(body);
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

export type { Companion };
