/**
 * `fetch` for the core's PBX requests on Electron's `net.request` (Chromium's network stack, the
 * PBX session's proxy and certificate pinning), rather than `session.fetch`. The core follows
 * redirects itself, same-origin only (core/pbx/redirects.ts), so it asks for `redirect: 'manual'`
 * and must see the 3xx answer with its Location. `session.fetch` cannot give that: in manual mode it
 * fails with "Redirect was cancelled" (electron/electron#43715, as documented for ClientRequest),
 * and in follow mode it re-sends the Authorization header to whatever origin the redirect names.
 * A ClientRequest reports the redirect as an event; not following it hands the 3xx to the core.
 *
 * Every request carries the app's own short User-Agent instead of Chromium's (some 130 bytes, sent
 * with each of ~80 polls a minute); it also lets a PBX admin see the app in the web server's log.
 * The PBX session is told to add no Accept-Language (net.ts): the API answers the same in any language.
 */
import { Readable } from 'node:stream';
import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage, Session } from 'electron';
import type { FetchLike } from '../core/ports';

export type RequestFactory = (options: ClientRequestConstructorOptions) => ClientRequest;

/** Statuses whose answer has no body by definition (a Response refuses one for them). */
const withoutBody = new Set([101, 204, 205, 304]);

function headersOf(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function responseOf(message: IncomingMessage, method: string): Response {
  const body =
    withoutBody.has(message.statusCode) || method === 'HEAD'
      ? null
      : (Readable.toWeb(message as unknown as Readable) as ReadableStream<Uint8Array>);
  return new Response(body, { status: message.statusCode, headers: headersOf(message.headers) });
}

export function createPbxFetch(session: Session, request: RequestFactory, userAgent: string): FetchLike {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init.signal ?? new AbortController().signal;
      const method = init.method ?? 'GET';
      const redirect = init.redirect ?? 'follow';
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      // `credentials: 'omit'`: the Authorization header the core sets is still sent (it is the
      // request's own header), but Chromium neither adds cached credentials nor raises a `login`
      // event on a 401, so the 401 reaches the core as a response. No cookies either.
      const req = request({
        method,
        url,
        session,
        credentials: 'omit',
        useSessionCookies: false,
        redirect,
        cache: 'no-store',
      });
      const onAbort = (): void => {
        req.abort();
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => signal.removeEventListener('abort', onAbort);
      for (const [name, value] of new Headers(init.headers)) req.setHeader(name, value);
      req.setHeader('User-Agent', userAgent);
      req.on('redirect', (status: number, _method: string, redirectUrl: string, headers) => {
        if (redirect === 'follow') {
          req.followRedirect();
          return;
        }
        // Not followed: the core decides. Aborting here keeps Electron from failing the request.
        settle();
        const answer = headersOf(headers);
        answer.set('location', redirectUrl);
        resolve(new Response(null, { status, headers: answer }));
        req.abort();
      });
      req.on('response', (message) => {
        // The signal still applies while the body streams in (a timeout, a body over its cap).
        message.on('end', settle);
        message.on('error', settle);
        resolve(responseOf(message, method));
      });
      req.on('login', (_authInfo, callback) => callback());
      req.on('error', (error) => {
        settle();
        reject(error);
      });
      if (typeof init.body === 'string') req.write(init.body);
      req.end();
    });
}
