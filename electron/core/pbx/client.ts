import type { z } from 'zod';
import type { AuthHeaderSource } from './auth';
import { errorDetailFromBody } from './error-detail';
import { classifyNetworkFailure, errorKindForStatus, parseRetryAfterMs } from './error-mapping';
import { PbxError, type PbxErrorKind } from './errors';
import type { FetchInit, FetchLike, FetchResponse, FetchResponseHeaders } from './fetch-like';
import { isRedirectStatus, maxRedirects, redirectHop } from './redirects';
import { type ApiRoot, buildQuery, type PathSegment, type QueryValue, requestPath } from './request-path';
import {
  type BodyKind,
  type BodyOrigin,
  badResponse,
  decodeJsonBody,
  maxBodyBytes,
  readBodyCapped,
} from './response-body';
import type { ServerAddress } from './server-address';

export type { FetchInit, FetchLike, FetchResponse, FetchResponseHeaders } from './fetch-like';
export { type ApiRoot, type PathSegment, type QueryValue, requestPath } from './request-path';

export interface RequestOptions {
  /** Cancels the request (the core aborts in-flight requests on suspend); rethrown as its reason. */
  signal?: AbortSignal;
  query?: Readonly<Record<string, QueryValue>>;
  timeoutMs?: number;
  /** Collection roots are documented with a trailing slash (`/services/queue/`). */
  trailingSlash?: boolean;
}

export interface SendOptions extends RequestOptions {
  body?: unknown;
  accept?: string;
  root?: ApiRoot;
  /** Which size cap the answer gets (response-body.ts); API answers by default. */
  bodyKind?: BodyKind;
}

/** One request as seen from outside, for logs and request/byte counters; no URL query, no headers. */
export interface PbxExchange {
  method: string;
  path: string;
  /** 0 when no HTTP response arrived. */
  status: number;
  bytes: number;
  durationMs: number;
  errorKind?: PbxErrorKind;
}

export interface PbxClientOptions {
  serverAddress: ServerAddress;
  auth: AuthHeaderSource;
  /** Electron's `net.fetch` in the app, undici's (or Node's global) fetch in Node. */
  fetch: FetchLike;
  timeoutMs?: number;
  /** Audio downloads are larger than API answers; they get their own, longer default. */
  downloadTimeoutMs?: number;
  onExchange?: (exchange: PbxExchange) => void;
  /** Wall clock for Retry-After dates. */
  now?: () => number;
}

export interface RawResponse {
  status: number;
  headers: FetchResponseHeaders;
  bytes: Uint8Array;
  origin: BodyOrigin;
}

export interface DownloadedFile {
  bytes: Uint8Array;
  contentType: string;
}

export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 30_000;
const JSON_ACCEPT = 'application/json';

export class PbxClient {
  readonly serverAddress: ServerAddress;
  readonly #auth: AuthHeaderSource;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #downloadTimeoutMs: number;
  readonly #onExchange: ((exchange: PbxExchange) => void) | undefined;
  readonly #now: () => number;

  constructor(options: PbxClientOptions) {
    this.serverAddress = options.serverAddress;
    this.#auth = options.auth;
    this.#fetch = options.fetch;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#downloadTimeoutMs = options.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
    this.#onExchange = options.onExchange;
    this.#now = options.now ?? Date.now;
  }

  /** GET a JSON resource; null when the PBX has no data (204 or an empty body). */
  async getJson<T extends z.ZodType>(
    segments: readonly PathSegment[],
    schema: T,
    options: RequestOptions = {},
  ): Promise<z.output<T> | null> {
    const response = await this.send('GET', segments, options);
    return decodeJsonBody(response.bytes, schema, response.origin);
  }

  async postJson<T extends z.ZodType>(
    segments: readonly PathSegment[],
    body: unknown,
    schema: T,
    options: RequestOptions = {},
  ): Promise<z.output<T> | null> {
    const response = await this.send('POST', segments, { ...options, body });
    return decodeJsonBody(response.bytes, schema, response.origin);
  }

  async putJson<T extends z.ZodType>(
    segments: readonly PathSegment[],
    body: unknown,
    schema: T,
    options: RequestOptions = {},
  ): Promise<z.output<T> | null> {
    const response = await this.send('PUT', segments, { ...options, body });
    return decodeJsonBody(response.bytes, schema, response.origin);
  }

  async deleteJson<T extends z.ZodType>(
    segments: readonly PathSegment[],
    schema: T,
    options: RequestOptions = {},
  ): Promise<z.output<T> | null> {
    const response = await this.send('DELETE', segments, options);
    return decodeJsonBody(response.bytes, schema, response.origin);
  }

  /** HEAD: only the response headers matter (phonebook totals, voicemail counts). */
  async head(segments: readonly PathSegment[], options: RequestOptions = {}): Promise<FetchResponseHeaders> {
    return (await this.send('HEAD', segments, options)).headers;
  }

  /** A file below `<base>/asset/`, redirects followed. */
  async download(
    segments: readonly PathSegment[],
    options: RequestOptions & { accept?: string } = {},
  ): Promise<DownloadedFile> {
    const response = await this.send('GET', segments, {
      timeoutMs: this.#downloadTimeoutMs,
      ...options,
      root: 'asset',
      accept: options.accept ?? '*/*',
      bodyKind: 'audio',
    });
    const contentType = response.headers.get('content-type')?.trim() || 'application/octet-stream';
    return { bytes: response.bytes, contentType };
  }

  /** One request, any method: throws PbxError for every failure, returns the body bytes on 2xx. */
  async send(
    method: string,
    segments: readonly PathSegment[],
    options: SendOptions = {},
  ): Promise<RawResponse> {
    const root: ApiRoot = options.root ?? 'services';
    const { url, path } = this.#locate(method, root, segments, options);
    const origin: BodyOrigin = { method, path };
    const startedMs = performance.now();
    const exchange: PbxExchange = { method, path, status: 0, bytes: 0, durationMs: 0 };
    try {
      return await this.#exchange(url, origin, exchange, options);
    } catch (error) {
      if (error instanceof PbxError) exchange.errorKind = error.kind;
      throw error;
    } finally {
      exchange.durationMs = Math.round(performance.now() - startedMs);
      this.#report(exchange);
    }
  }

  async #exchange(url: string, origin: BodyOrigin, exchange: PbxExchange, options: SendOptions) {
    const { method } = origin;
    const callerSignal = options.signal;
    callerSignal?.throwIfAborted();
    const timeoutSignal = AbortSignal.timeout(options.timeoutMs ?? this.#timeoutMs);
    // Closes the connection of an answer that grew past its size cap.
    const oversize = new AbortController();
    const signal = AbortSignal.any([timeoutSignal, oversize.signal, ...(callerSignal ? [callerSignal] : [])]);
    const headers = await this.#headers(origin, options);
    // Redirects are never left to fetch (redirects.ts): GET and HEAD follow them here, same origin only.
    const init: FetchInit = { method, headers, signal, redirect: 'manual' };
    if (options.body !== undefined) init.body = JSON.stringify(options.body);

    const failed = (error: unknown): unknown => {
      if (callerSignal?.aborted) return callerSignal.reason;
      if (timeoutSignal.aborted) return new PbxError({ ...origin, kind: 'timeout' });
      if (error instanceof PbxError) return error;
      return new PbxError({ ...origin, ...classifyNetworkFailure(error) });
    };

    let response: FetchResponse;
    let bytes: Uint8Array;
    try {
      response = await this.#follow(url, init, origin);
      exchange.status = response.status;
      const limit = maxBodyBytes[options.bodyKind ?? 'json'];
      bytes =
        method === 'HEAD'
          ? new Uint8Array(0)
          : await readBodyCapped(response, limit, { ...origin, status: response.status }, () =>
              oversize.abort(),
            );
    } catch (error) {
      throw failed(error);
    }
    exchange.bytes = bytes.byteLength;
    const withStatus: BodyOrigin = { ...origin, status: response.status };
    const kind = errorKindForStatus(response.status);
    if (kind !== null)
      throw this.#statusError(kind, withStatus, response, bytes, headers.authorization ?? '');
    return { status: response.status, headers: response.headers, bytes, origin: withStatus };
  }

  /** Fetches, following GET/HEAD redirects that stay on the PBX's origin (redirects.ts). */
  async #follow(url: string, init: FetchInit, origin: BodyOrigin): Promise<FetchResponse> {
    const follows = init.method === 'GET' || init.method === 'HEAD';
    const pbxOrigin = new URL(this.serverAddress.servicesUrl).origin;
    let current = url;
    for (let hops = 0; ; hops++) {
      const response = await this.#fetch(current, init);
      if (!follows || !isRedirectStatus(response.status)) return response;
      await response.body
        ?.getReader()
        .cancel()
        .catch(() => {});
      const withStatus = { ...origin, status: response.status };
      const hop = redirectHop(current, response.headers.get('location'), pbxOrigin);
      if (!hop.ok) throw new PbxError({ ...withStatus, kind: 'bad-request', detail: hop.detail });
      if (hops >= maxRedirects) throw badResponse(withStatus, 'too many redirects');
      current = hop.url;
    }
  }

  #locate(method: string, root: ApiRoot, segments: readonly PathSegment[], options: SendOptions) {
    const path = requestPath(root, segments, options.trailingSlash ?? false, method);
    const rootUrl = root === 'services' ? this.serverAddress.servicesUrl : this.serverAddress.assetUrl;
    return { url: `${rootUrl}${path.slice(root.length + 2)}${buildQuery(options.query)}`, path };
  }

  async #headers(origin: BodyOrigin, options: SendOptions): Promise<Record<string, string>> {
    const authorization = await this.#auth.headerValue();
    // Headers would reject (and quote) a value with line breaks or non-Latin-1 characters.
    if (!/^[\x20-\x7e]+$/.test(authorization)) {
      throw new PbxError({ ...origin, kind: 'auth', detail: 'the stored credentials cannot be sent' });
    }
    const headers: Record<string, string> = { accept: options.accept ?? JSON_ACCEPT, authorization };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return headers;
  }

  #statusError(
    kind: PbxErrorKind,
    origin: BodyOrigin,
    response: FetchResponse,
    bytes: Uint8Array,
    authorization: string,
  ): PbxError {
    const status = response.status;
    const retryAfter = response.headers.get('retry-after');
    const retryAfterMs =
      status === 429 || (retryAfter !== null && status >= 500)
        ? parseRetryAfterMs(retryAfter, this.#now())
        : undefined;
    const detail =
      status >= 300 && status < 400
        ? 'the PBX redirected the request; check the server address (https?)'
        : errorDetailFromBody(bytes, authorization);
    return new PbxError({
      ...origin,
      kind,
      status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(detail === undefined ? {} : { detail }),
    });
  }

  #report(exchange: PbxExchange): void {
    if (this.#onExchange === undefined) return;
    try {
      this.#onExchange({ ...exchange });
    } catch {
      // An observer (logger, counter) must not turn a finished request into a failure.
    }
  }
}
