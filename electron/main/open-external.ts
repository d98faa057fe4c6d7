/**
 * The one way the app opens a link outside itself. `shell.openExternal` hands its argument to the
 * OS (xdg-open, ShellExecute, LaunchServices), which will happily run `file:` paths or custom
 * schemes, so only https is allowed, and what is opened is rebuilt from the parsed parts rather
 * than passed through, so the OS sees exactly the URL the parser understood (Element's
 * `safeOpenURL` does the same).
 */
import type { Logger } from '../core/ports';

const allowedProtocols = new Set(['https:']);

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkExternalUrl(raw: unknown): ExternalUrlCheck {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192)
    return { ok: false, reason: 'not-a-url' };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (!allowedProtocols.has(parsed.protocol)) return { ok: false, reason: 'scheme-not-allowed' };
  // Credentials in a link are a phishing pattern (`https://bank.example@evil.example/`).
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'has-credentials' };
  if (parsed.hostname === '') return { ok: false, reason: 'no-host' };
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  return {
    ok: true,
    url: `${parsed.protocol}//${parsed.hostname}${port}${parsed.pathname}${parsed.search}${parsed.hash}`,
  };
}

export type OpenExternal = (url: string) => Promise<void>;

/** Returns the opener the rest of main uses; `openExternal` is `shell.openExternal` in the app. */
export function createExternalOpener(openExternal: OpenExternal, log: Logger): (raw: unknown) => boolean {
  return (raw) => {
    const checked = checkExternalUrl(raw);
    if (!checked.ok) {
      log.log('warn', 'external link refused', { reason: checked.reason });
      return false;
    }
    openExternal(checked.url).catch((error: unknown) => {
      log.log('warn', 'external link could not be opened', { error: String(error) });
    });
    return true;
  };
}
