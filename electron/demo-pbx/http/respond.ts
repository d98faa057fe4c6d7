import { STATUS_CODES } from 'node:http';

/** What a route answers; server.ts serialises it (and may corrupt it when a fault says so). */
export interface RouteResult {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; undefined = no body. */
  json?: unknown;
  /** Binary body (audio); wins over json. */
  bytes?: Buffer;
}

export function ok(json: unknown, headers?: Record<string, string>): RouteResult {
  return { status: 200, json, ...(headers ? { headers } : {}) };
}

/** "No Content - No data found", the reference's answer for empty results. */
export function noContent(): RouteResult {
  return { status: 204 };
}

/** Lists answer 204 when empty, as the PBX does for "no data found". */
export function listOrNoContent(items: readonly unknown[]): RouteResult {
  return items.length === 0 ? noContent() : ok(items);
}

export function failure(status: number, message: string): RouteResult {
  return { status, json: { status, error: STATUS_CODES[status] ?? 'Error', message } };
}

export const badRequest = (message: string): RouteResult => failure(400, message);
export const notFound = (message: string): RouteResult => failure(404, message);
