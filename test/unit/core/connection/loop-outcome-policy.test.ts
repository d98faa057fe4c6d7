/**
 * Which loop speaks for the connection: only the agent's own-state poll takes the app offline or
 * brings it back; a 401/403 or an untrusted certificate in any loop stops everything; any other
 * loop's failure stays with that loop.
 */
import { describe, expect, test } from 'vitest';
import { decideOnOutcome } from '../../../../electron/core/connection/loop-outcome-policy';
import { PbxError, type PbxErrorKind } from '../../../../electron/core/pbx/errors';
import type { LoopOutcome } from '../../../../electron/core/sync/poll-loop';

const error = (kind: PbxErrorKind) => new PbxError({ kind, method: 'GET', path: '/services/queue/' });
const outcome = (governsConnection: boolean, kind: PbxErrorKind | null): LoopOutcome => ({
  loop: governsConnection ? 'calls' : 'queues',
  governsConnection,
  error: kind === null ? null : error(kind),
  retryInMs: kind === null ? 1000 : 4000,
  sharedDelayMs: kind === null ? null : 2500,
  stop: null,
});

describe('another loop', () => {
  test.each([
    'bad-response',
    'bad-request',
    'not-found',
    'server',
    'offline',
    'timeout',
    'rate-limited',
  ] as const)('failing with %s changes nothing for the session', (kind) => {
    expect(decideOnOutcome(outcome(false, kind))).toEqual({ kind: 'none' });
  });

  test('succeeding does not bring the app online (nor make anyone poll)', () => {
    expect(decideOnOutcome(outcome(false, null))).toEqual({ kind: 'none' });
  });

  test.each(['auth', 'forbidden', 'certificate'] as const)('a %s failure stops the session', (kind) => {
    expect(decideOnOutcome(outcome(false, kind))).toMatchObject({ kind: 'stop', error: { kind } });
  });
});

describe('the own-state poll', () => {
  test('succeeding brings the app online', () => {
    expect(decideOnOutcome(outcome(true, null))).toEqual({ kind: 'online' });
  });

  test.each(['offline', 'timeout', 'rate-limited', 'server'] as const)(
    'failing with %s: offline, and every loop waits for the PBX',
    (kind) => {
      expect(decideOnOutcome(outcome(true, kind))).toMatchObject({
        kind: 'offline',
        retryInMs: 4000,
        holdOthersMs: 2500,
      });
    },
  );

  test('an answer it cannot read: offline (calls cannot be followed), the others not held back', () => {
    expect(decideOnOutcome(outcome(true, 'bad-response'))).toMatchObject({
      kind: 'offline',
      error: { kind: 'bad-response' },
      holdOthersMs: null,
    });
  });
});
