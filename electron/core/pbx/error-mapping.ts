import type { PbxErrorKind } from './errors';

/** When a 429 carries no usable Retry-After, wait this long before asking again. */
export const DEFAULT_RETRY_AFTER_MS = 30_000;
/**
 * A PBX (or a proxy in front of it) asking for more than five minutes is treated as asking for
 * five: `Retry-After: 86400` must not silence the app's popups for a day (or an hour). Whether the
 * app is really blocked is then the agent's own-state poll's to find out.
 */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** The error kind for a non-2xx HTTP status, or null for a success status. */
export function errorKindForStatus(status: number): PbxErrorKind | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  // Actions do not follow redirects (see client.ts): the server address needs changing.
  if (status >= 300) return 'bad-request';
  return 'bad-response';
}

/**
 * Retry-After is either delay-seconds or an HTTP date (RFC 9110 10.2.3). A missing or unreadable
 * value yields the default, so a 429 always comes with a delay.
 */
export function parseRetryAfterMs(header: string | null | undefined, nowMs: number): number {
  const value = header?.trim() ?? '';
  if (value === '') return DEFAULT_RETRY_AFTER_MS;
  if (/^\d+(\.\d+)?$/.test(value)) return clampRetryAfter(Number(value) * 1000);
  // An HTTP date names its month; Date.parse alone would read "-5" as the year -5.
  const dateMs = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(dateMs)) return DEFAULT_RETRY_AFTER_MS;
  return clampRetryAfter(dateMs - nowMs);
}

function clampRetryAfter(ms: number): number {
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.round(ms)));
}

export interface NetworkFailure {
  kind: PbxErrorKind;
  detail: string;
}

const HOST_NOT_FOUND = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'ERR_NAME_NOT_RESOLVED'];
const TIMED_OUT = [
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_TIMED_OUT',
  'ERR_CONNECTION_TIMED_OUT',
];
const REFUSED = ['ECONNREFUSED', 'ERR_CONNECTION_REFUSED'];
const RESET = [
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ERR_CONNECTION_RESET',
  'ERR_CONNECTION_CLOSED',
  'ERR_EMPTY_RESPONSE',
];
const UNREACHABLE = [
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NETWORK_CHANGED',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_NAME_RESOLUTION_FAILED',
];
const TLS_FAILED = ['EPROTO', 'ERR_SSL_PROTOCOL_ERROR', 'ERR_SSL_WRONG_VERSION_NUMBER'];

/**
 * Classifies what fetch threw when no HTTP response arrived. Node's fetch (undici) wraps the
 * system error in `cause` (sometimes an AggregateError when several addresses were tried);
 * Electron's net.fetch throws `Error('net::ERR_...')`. Both are read here.
 */
export function classifyNetworkFailure(error: unknown): NetworkFailure {
  const codes = collectCodes(error);
  const has = (list: readonly string[]) => codes.some((code) => list.includes(code));
  const certificateCode = codes.find(isCertificateCode);
  if (certificateCode !== undefined) return { kind: 'certificate', detail: certificateCode };
  // Electron cancels a Basic-auth challenge it has no credentials for instead of handing over the 401.
  if (codes.includes('ERR_INVALID_AUTH_CREDENTIALS')) return { kind: 'auth', detail: 'credentials-rejected' };
  if (has(HOST_NOT_FOUND)) return { kind: 'offline', detail: 'host-not-found' };
  if (has(TIMED_OUT)) return { kind: 'timeout', detail: 'network-timeout' };
  if (has(REFUSED)) return { kind: 'offline', detail: 'connection-refused' };
  if (has(RESET) || codes.includes('SOCKET_HANG_UP')) return { kind: 'offline', detail: 'connection-reset' };
  if (has(UNREACHABLE)) return { kind: 'offline', detail: 'network-unreachable' };
  if (has(TLS_FAILED)) return { kind: 'offline', detail: 'tls-failed' };
  if (codes.includes('ERR_TOO_MANY_REDIRECTS')) return { kind: 'bad-response', detail: 'too-many-redirects' };
  // Electron's net.fetch rejects a redirect it was told not to follow (actions are never redirected).
  if (codes.includes('REDIRECT_REFUSED')) return { kind: 'bad-request', detail: 'redirected' };
  return { kind: 'offline', detail: 'network-error' };
}

/** OpenSSL verification results that do not say CERT but are about the certificate all the same. */
const CERTIFICATE_VERIFY_CODES = new Set([
  'HOSTNAME_MISMATCH',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
]);

// A certificate problem must reach the user as one (they can trust it), never as "offline",
// which would retry forever.
function isCertificateCode(code: string): boolean {
  return (
    code.includes('CERT') ||
    code.includes('CRL') ||
    code.startsWith('ERROR_IN_CERT') ||
    CERTIFICATE_VERIFY_CODES.has(code)
  );
}

/** Error codes from the error, its causes and aggregated errors, plus codes named in messages. */
function collectCodes(root: unknown): string[] {
  const codes: string[] = [];
  const pending: unknown[] = [root];
  const seen = new Set<unknown>();
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const record = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === 'string') codes.push(record.code.toUpperCase());
    if (typeof record.message === 'string') codes.push(...codesInMessage(record.message));
    pending.push(record.cause);
    if (Array.isArray(record.errors)) pending.push(...record.errors);
  }
  return codes;
}

function codesInMessage(message: string): string[] {
  const codes: string[] = [];
  for (const match of message.matchAll(/net::(ERR_[A-Z_]+)/g)) {
    if (match[1] !== undefined) codes.push(match[1]);
  }
  if (/socket hang up/i.test(message)) codes.push('SOCKET_HANG_UP');
  if (/redirect count exceeded/i.test(message)) codes.push('ERR_TOO_MANY_REDIRECTS');
  if (/other side closed/i.test(message)) codes.push('UND_ERR_SOCKET');
  if (/redirect was cancelled|unexpected redirect/i.test(message)) codes.push('REDIRECT_REFUSED');
  return codes;
}
