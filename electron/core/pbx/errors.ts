/**
 * The one error the PBX client throws. The UI shows `kind` in words, the connection lifecycle
 * decides on it (stop on `auth`/`forbidden`, wait `retryAfterMs` on `rate-limited`, back off on
 * `offline`/`timeout`/`server`). It never carries the Authorization header, the password or a
 * response body: only the method, the path below the server address and a short detail.
 */
import { type PbxErrorKind, pbxErrorKinds } from '../../shared/contract';

export type { PbxErrorKind };
/** The kinds live in the contract: the UI words every one of them. */
export const PBX_ERROR_KINDS: readonly PbxErrorKind[] = pbxErrorKinds;

export interface PbxErrorInit {
  kind: PbxErrorKind;
  method: string;
  /** Path below the server address, e.g. `/services/identity/tsander`; never a query or credentials. */
  path: string;
  status?: number;
  retryAfterMs?: number;
  detail?: string;
}

const SUMMARY_BY_KIND: Record<PbxErrorKind, string> = {
  offline: 'the PBX cannot be reached',
  timeout: 'the PBX did not answer in time',
  auth: 'the PBX rejected the API credentials',
  forbidden: 'the API user is not allowed to do this',
  'not-found': 'the PBX does not know this resource',
  conflict: 'the PBX reported a conflict with the current state',
  'rate-limited': 'the PBX asks to slow down',
  server: 'the PBX had an internal error',
  'bad-response': 'the PBX sent an answer that could not be understood',
  'bad-request': 'the PBX refused the request as invalid',
  certificate: 'the PBX certificate is not trusted',
};

export class PbxError extends Error {
  override readonly name = 'PbxError';
  readonly kind: PbxErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly detail?: string;

  constructor(init: PbxErrorInit) {
    super(describeError(init));
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.detail !== undefined) this.detail = init.detail;
  }
}

/** Also recognises a PbxError from a second copy of this module (two bundles in one process). */
export function isPbxError(value: unknown): value is PbxError {
  if (value instanceof PbxError) return true;
  if (!(value instanceof Error) || value.name !== 'PbxError') return false;
  const kind: unknown = (value as { kind?: unknown }).kind;
  return PBX_ERROR_KINDS.some((known) => known === kind);
}

function describeError(init: PbxErrorInit): string {
  const status = init.status === undefined ? '' : ` (HTTP ${init.status})`;
  const detail = init.detail === undefined ? '' : `: ${init.detail}`;
  return `${init.method} ${init.path}: ${SUMMARY_BY_KIND[init.kind]}${status}${detail}`;
}

/** For lookups of one thing: the PBX says "no such thing" with 204 (already null) or 404. */
export async function nullWhenNotFound<T>(lookup: () => Promise<T | null>): Promise<T | null> {
  try {
    return await lookup();
  } catch (error) {
    if (isPbxError(error) && error.kind === 'not-found') return null;
    throw error;
  }
}
