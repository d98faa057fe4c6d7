import type { CallEngine } from '../sim/calls';
import type { PbxWorld } from '../sim/world';

/** A parsed REST request as routes see it. */
export interface RouteRequest {
  method: string;
  /** Decoded path segments below `/<instance>/services/` (or `/asset/`). */
  segments: readonly string[];
  params: Record<string, string>;
  query: Record<string, string>;
  /** Parsed JSON, raw text when it did not parse, undefined when empty. */
  body: unknown;
  bodyIsJson: boolean;
  /** The PBX instance name, the first path segment. */
  instance: string;
  world: PbxWorld;
  engine: CallEngine;
}

/** The JSON object body of a request; undefined when it is missing, malformed or not an object. */
export function objectBody(request: RouteRequest): Record<string, unknown> | undefined {
  const body = request.body;
  if (!request.bodyIsJson || typeof body !== 'object' || body === null || Array.isArray(body))
    return undefined;
  return body as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = body[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}
