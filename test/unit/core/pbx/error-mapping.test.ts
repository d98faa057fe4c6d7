import { describe, expect, test } from 'vitest';
import {
  classifyNetworkFailure,
  DEFAULT_RETRY_AFTER_MS,
  errorKindForStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfterMs,
} from '../../../../electron/core/pbx/error-mapping';
import { isPbxError, PbxError } from '../../../../electron/core/pbx/errors';

/** What Node's fetch throws: TypeError('fetch failed') with the system error as cause. */
function fetchFailed(code: string, message = code): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('network failures from Node fetch and Electron net.fetch', () => {
  test.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    // OpenSSL results without CERT in their name (a self-signed client-auth-only certificate gives
    // INVALID_PURPOSE): still certificate problems the user can decide on, not "offline" forever.
    'INVALID_PURPOSE',
    'INVALID_CA',
    'PATH_LENGTH_EXCEEDED',
    'CRL_HAS_EXPIRED',
  ])('%s is a certificate problem, named in the detail', (code) => {
    expect(classifyNetworkFailure(fetchFailed(code))).toEqual({ kind: 'certificate', detail: code });
  });

  test.each(['ENOTFOUND', 'EAI_AGAIN'])('%s means the host was not found', (code) => {
    expect(classifyNetworkFailure(fetchFailed(code))).toEqual({ kind: 'offline', detail: 'host-not-found' });
  });

  test.each([
    [fetchFailed('ECONNREFUSED'), 'connection-refused'],
    [fetchFailed('ECONNRESET'), 'connection-reset'],
    [new TypeError('fetch failed', { cause: new Error('socket hang up') }), 'connection-reset'],
    [fetchFailed('UND_ERR_SOCKET', 'other side closed'), 'connection-reset'],
    [fetchFailed('ENETUNREACH'), 'network-unreachable'],
  ])('%s is offline (%s)', (error, detail) => {
    expect(classifyNetworkFailure(error)).toEqual({ kind: 'offline', detail });
  });

  test('an AggregateError from trying several addresses is looked into', () => {
    const aggregate = Object.assign(
      new AggregateError([fetchFailed('ECONNREFUSED').cause], 'all failed'),
      {},
    );
    expect(classifyNetworkFailure(new TypeError('fetch failed', { cause: aggregate })).detail).toBe(
      'connection-refused',
    );
  });

  test('undici connect timeouts are timeouts', () => {
    expect(classifyNetworkFailure(fetchFailed('UND_ERR_CONNECT_TIMEOUT')).kind).toBe('timeout');
  });

  test.each([
    ['net::ERR_CERT_AUTHORITY_INVALID', 'certificate'],
    ['net::ERR_NAME_NOT_RESOLVED', 'offline'],
    ['net::ERR_INTERNET_DISCONNECTED', 'offline'],
    ['net::ERR_CONNECTION_REFUSED', 'offline'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'timeout'],
    // Electron cancels an unanswered Basic-auth challenge instead of returning the 401.
    ['net::ERR_INVALID_AUTH_CREDENTIALS', 'auth'],
    ['Redirect was cancelled', 'bad-request'],
  ])('Electron error %s -> %s', (message, kind) => {
    expect(classifyNetworkFailure(new Error(message)).kind).toBe(kind);
  });

  test('anything unknown is offline, so the lifecycle backs off instead of giving up', () => {
    expect(classifyNetworkFailure('weird')).toEqual({ kind: 'offline', detail: 'network-error' });
  });
});

describe('status codes', () => {
  test.each([
    [200, null],
    [204, null],
    [101, 'bad-response'],
    [301, 'bad-request'],
    [400, 'bad-request'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [405, 'bad-request'],
    [408, 'timeout'],
    [409, 'conflict'],
    [429, 'rate-limited'],
    [500, 'server'],
    [504, 'server'],
  ] as const)('%i -> %s', (status, kind) => {
    expect(errorKindForStatus(status)).toBe(kind);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2024-03-01T10:00:00Z');
  test.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['1.5', 1500],
    ['Fri, 01 Mar 2024 10:00:45 GMT', 45_000],
    ['Fri, 01 Mar 2024 09:00:00 GMT', 0],
    ['999999', MAX_RETRY_AFTER_MS],
    // A day is not believed: five minutes at most.
    ['86400', 300_000],
    ['299', 299_000],
    ['soon', DEFAULT_RETRY_AFTER_MS],
    ['-5', DEFAULT_RETRY_AFTER_MS],
    [null, DEFAULT_RETRY_AFTER_MS],
  ])('%j -> %i ms', (header, expected) => {
    expect(parseRetryAfterMs(header, now)).toBe(expected);
  });
});

describe('PbxError', () => {
  test('reads well and is recognised, even from another copy of the module', () => {
    const error = new PbxError({ kind: 'auth', method: 'GET', path: '/services/identity/x', status: 401 });
    expect(error.message).toBe('GET /services/identity/x: the PBX rejected the API credentials (HTTP 401)');
    expect(isPbxError(error)).toBe(true);
    const lookalike = Object.assign(new Error('x'), { name: 'PbxError', kind: 'timeout' });
    expect(isPbxError(lookalike)).toBe(true);
    expect(isPbxError(Object.assign(new Error('x'), { name: 'PbxError', kind: 'nonsense' }))).toBe(false);
    expect(isPbxError({ kind: 'auth' })).toBe(false);
  });
});
