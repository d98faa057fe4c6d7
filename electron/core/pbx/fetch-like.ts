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

export interface FetchResponse {
  readonly status: number;
  readonly headers: FetchResponseHeaders;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;
