/**
 * The part of fetch the client uses. Electron's `net.fetch`, Node's global fetch and undici's
 * `fetch` (with a pinning `dispatcher`) all fit without casts: their DOM/undici `RequestInit` and
 * `Response` types differ from each other, but each accepts this init and returns at least this.
 */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  redirect: 'follow' | 'manual';
}

export interface FetchResponseHeaders extends Iterable<[string, string]> {
  get(name: string): string | null;
}

/** The part of a response body stream the client reads (WHATWG streams, in Node and Electron). */
export interface FetchBodyReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

export interface FetchResponse {
  readonly status: number;
  readonly headers: FetchResponseHeaders;
  /** Read in chunks, so an oversized answer is stopped, not buffered (response-body.ts). */
  readonly body?: { getReader(): FetchBodyReader } | null;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;
