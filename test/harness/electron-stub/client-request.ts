/**
 * `net.request` (Electron's ClientRequest) over Node's http/https, with Electron's redirect rules,
 * which are what the app's PBX fetch (electron/main/pbx-fetch.ts) depends on:
 * - `follow`: every header the request set, Authorization included, goes to the next hop, whatever
 *   its origin (Chromium through the net module does not drop it, unlike undici);
 * - `manual`: a `redirect` event; unless a listener calls `followRedirect()` or aborts, the request
 *   fails with "Redirect was cancelled";
 * - `error`: the request fails.
 * The request is recorded like a session fetch (partition, URL, pinning installed before).
 */
import { EventEmitter } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { record } from './recorder';
import type { FakeSession } from './session';

export interface FakeRequestOptions {
  method?: string;
  url: string;
  session?: FakeSession;
  redirect?: 'follow' | 'manual' | 'error';
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function headerLists(message: IncomingMessage): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) lists[name] = Array.isArray(value) ? value : [value];
  }
  return lists;
}

export class FakeClientRequest extends EventEmitter {
  readonly #options: FakeRequestOptions;
  readonly #headers: Record<string, string> = {};
  readonly #chunks: Buffer[] = [];
  #aborted = false;
  #followRedirect: (() => void) | null = null;
  #current: ReturnType<typeof httpRequest> | null = null;

  constructor(options: FakeRequestOptions) {
    super();
    this.#options = options;
  }

  setHeader(name: string, value: string): void {
    this.#headers[name.toLowerCase()] = value;
  }
  write(chunk: string | Buffer): void {
    this.#chunks.push(Buffer.from(chunk));
  }
  end(): void {
    const session = this.#options.session;
    record.fetches.push({
      partition: session?.partition ?? '',
      url: this.#options.url,
      verifyProcSetBefore: session?.verifyProc != null,
    });
    this.#send(this.#options.url, (this.#options.method ?? 'GET').toUpperCase());
  }
  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#current?.destroy();
    this.emit('abort');
  }
  followRedirect(): void {
    if (!this.#followRedirect) throw new Error('followRedirect() called outside a redirect event');
    this.#followRedirect();
  }

  #send(url: string, method: string): void {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method, headers: this.#headers }, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (!redirectStatuses.has(status) || !location) {
        this.emit('response', response);
        return;
      }
      response.resume();
      this.#redirect(status, method, new URL(location, url).href, headerLists(response));
    });
    this.#current = req;
    req.on('error', (error) => {
      if (!this.#aborted) this.emit('error', error);
    });
    if (this.#chunks.length > 0) req.write(Buffer.concat(this.#chunks));
    req.end();
  }

  #redirect(status: number, method: string, next: string, headers: Record<string, string[]>): void {
    const mode = this.#options.redirect ?? 'follow';
    if (mode === 'error') {
      this.emit('error', new Error("Attempted to redirect, but redirect policy was 'error'"));
      return;
    }
    const nextMethod =
      status === 303 || ((status === 301 || status === 302) && method === 'POST') ? 'GET' : method;
    let follow = mode === 'follow';
    this.#followRedirect = () => {
      follow = true;
    };
    try {
      this.emit('redirect', status, nextMethod, next, headers);
    } finally {
      this.#followRedirect = null;
    }
    if (this.#aborted) return;
    if (!follow) {
      this.emit('error', new Error('Redirect was cancelled'));
      return;
    }
    this.#send(next, nextMethod);
  }
}
