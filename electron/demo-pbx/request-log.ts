export interface RecordedRequest {
  method: string;
  /** Decoded path below the instance, e.g. '/services/identity/tsander/defaultdevice/action'. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, raw text, or undefined for no body. */
  body: unknown;
  /** 0 when the connection was dropped by a fault. */
  status: number;
  responseBytes: number;
  /**
   * What the exchange cost on the wire, both ways: request line, headers and body as received,
   * status line, headers and body as sent (plain HTTP, before any TLS). 0 for a dropped request.
   */
  wireBytes: number;
  atMs: number;
  authorized: boolean;
}

/** Bounded so that a demo left running for days does not grow without end. */
const MAX_ENTRIES = 50_000;

export class RequestLog {
  private list: RecordedRequest[] = [];

  get entries(): readonly RecordedRequest[] {
    return this.list;
  }

  add(entry: RecordedRequest): void {
    this.list.push(entry);
    if (this.list.length > MAX_ENTRIES) this.list.splice(0, this.list.length - MAX_ENTRIES);
  }

  clear(): void {
    this.list = [];
  }
}
