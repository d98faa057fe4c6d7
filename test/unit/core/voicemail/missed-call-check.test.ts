/**
 * The looks at the mailbox after a call to the agent ended unanswered: exactly the schedule, on
 * the injected clock; none for an answered or outgoing call; a second missed call starts the
 * series over instead of doubling it; a session end cancels what is pending.
 */
import { describe, expect, test } from 'vitest';
import {
  MISSED_CALL_CHECKS_MS,
  MissedCallCheck,
} from '../../../../electron/core/voicemail/missed-call-check';
import type { CallView } from '../../../../electron/shared/features/calls';
import { FakeClock } from '../../../harness/fake-clock';

function call(id: string, overrides: Partial<CallView> = {}): CallView {
  return {
    id,
    phonecallId: Number(id),
    direction: 'inbound',
    phase: 'ringing',
    remoteNumber: '+4930555321',
    remoteName: null,
    remoteInternal: false,
    queueName: null,
    startedAtMs: 0,
    answeredAtMs: null,
    route: 'direct',
    remoteDisplayNumber: '030 555321',
    remoteE164: '+4930555321',
    contacts: [],
    previousCalls: null,
    ...overrides,
  } as CallView;
}

function rig() {
  const clock = new FakeClock();
  const looks: number[] = [];
  const start = clock.monotonicMs();
  const check = new MissedCallCheck({ clock, check: () => looks.push(clock.monotonicMs() - start) });
  return { clock, looks, check };
}

describe('looks at the mailbox after a missed call', () => {
  test('at 0.5, 2, 4, 6, 9, 13 and 20 s after the call ended, and no more', async () => {
    const { clock, looks, check } = rig();
    check.update([call('1')]);
    check.update([]);
    await clock.advance(60_000);
    expect(MISSED_CALL_CHECKS_MS).toEqual([500, 2000, 4000, 6000, 9000, 13_000, 20_000]);
    expect(looks).toEqual([500, 2000, 4000, 6000, 9000, 13_000, 20_000]);
    expect(clock.pendingTimers).toBe(0);
  });

  test('no look for an answered call or an outgoing one', async () => {
    const { clock, looks, check } = rig();
    check.update([call('1', { answeredAtMs: 5, phase: 'connected' }), call('2', { direction: 'outbound' })]);
    check.update([]);
    await clock.advance(60_000);
    expect(looks).toEqual([]);
  });

  test('a second missed call 3 s into the series starts it over from its own end', async () => {
    const { clock, looks, check } = rig();
    check.update([call('1'), call('2')]);
    check.update([call('2')]);
    await clock.advance(3000);
    check.update([]);
    await clock.advance(60_000);
    expect(looks).toEqual([500, 2000, ...MISSED_CALL_CHECKS_MS.map((ms) => 3000 + ms)]);
  });

  test('the session ending cancels the pending looks', async () => {
    const { clock, looks, check } = rig();
    check.update([call('1')]);
    check.update([]);
    await clock.advance(2500);
    check.reset();
    await clock.advance(60_000);
    expect(looks).toEqual([500, 2000]);
  });
});
