/**
 * Every PBX request from Node carries only the headers the PBX needs. undici's `fetch` adds
 * browser headers of its own (`accept-language: *`, `sec-fetch-mode: cors`, `user-agent: node`)
 * that it offers no option to leave out; on an own-state poll sent 80 times a minute they were a
 * tenth of the request. This interceptor sits between `fetch` and the connection pool: it drops
 * them and sets the app's own short User-Agent, as Electron's requests do (electron/main/pbx-fetch.ts).
 * Redirects, aborts, body caps and TLS pinning stay with `fetch` and the pinned Agent unchanged.
 */
import type { Dispatcher } from 'undici';

/** Lower-case names of the headers undici's fetch adds that no PBX reads. */
export const droppedRequestHeaders: ReadonlySet<string> = new Set([
  'accept-language',
  'sec-fetch-mode',
  'user-agent',
]);

export function leanRequestHeaders(userAgent: string): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (options, handler) =>
    dispatch({ ...options, headers: leanHeaders(options.headers, userAgent) }, handler);
}

type HeaderValue = string | string[] | number | undefined | null;

export function leanHeaders(headers: unknown, userAgent: string): Record<string, string> {
  const lean: Record<string, string> = {};
  const put = (name: unknown, value: HeaderValue): void => {
    const key = String(name).toLowerCase();
    if (value === undefined || value === null || droppedRequestHeaders.has(key)) return;
    lean[key] = Array.isArray(value) ? value.join(', ') : String(value);
  };
  if (Array.isArray(headers)) {
    // The flat form: name, value, name, value.
    for (let i = 0; i + 1 < headers.length; i += 2) put(headers[i], headers[i + 1] as HeaderValue);
  } else if (headers !== null && typeof headers === 'object') {
    const entries =
      Symbol.iterator in headers
        ? (headers as Iterable<[string, HeaderValue]>)
        : Object.entries(headers as Record<string, HeaderValue>);
    for (const [name, value] of entries) put(name, value);
  }
  lean['user-agent'] = userAgent;
  return lean;
}
