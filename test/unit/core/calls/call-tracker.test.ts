import { describe, expect, test } from 'vitest';
import { type CallEvent, CallTracker, type LiveLeg } from '../../../../electron/core/calls/call-tracker';
import { liveLeg } from '../../../harness/live-legs';

/** Here the caller is not in the PBX's records: no name of its own. */
const leg = (overrides: Partial<LiveLeg> & { phonecallId: number }): LiveLeg =>
  liveLeg({ srcName: null, ...overrides });

function summary(events: CallEvent[]): string[] {
  return events.map((event) =>
    event.type === 'ended'
      ? `ended:${event.call.id}:${event.reason}`
      : event.type === 'answered'
        ? `answered:${event.call.id}:${event.by}`
        : `${event.type}:${event.call.id}`,
  );
}

/** A queue leg (the caller waiting in Support) and the legs it rings agents with. */
const queueLeg = (state = 'ringing') =>
  leg({
    phonecallId: 10,
    state,
    dstUserName: null,
    dstName: 'Support',
    dstNumber: '300',
    srcNumber: '0891234567',
    srcName: 'Hans Müller',
  });
const agentLeg = (phonecallId: number, user: string, state = 'ringing') =>
  leg({
    phonecallId,
    parentId: 10,
    via: 'queue',
    state,
    dstUserName: user,
    srcNumber: '',
    srcName: null,
  });

describe('CallTracker', () => {
  test('a direct call rings, is answered, held, resumed and ends, each event exactly once', () => {
    const tracker = new CallTracker('tsander');
    const steps: [LiveLeg[], string[]][] = [
      [[leg({ phonecallId: 7 })], ['ringing:7']],
      [[leg({ phonecallId: 7 })], []],
      [[leg({ phonecallId: 7, state: 'BUSY' })], ['answered:7:me']],
      [[leg({ phonecallId: 7, state: 'hold' })], ['held:7']],
      [[leg({ phonecallId: 7, state: 'busy' })], ['resumed:7']],
      [[], []], // grace: one missing snapshot is not an end
      [[], ['ended:7:hangup']],
      [[], []],
    ];
    steps.forEach(([snapshot, expected], index) => {
      expect(summary(tracker.update(snapshot, 1000 * index)), `step ${index}`).toEqual(expected);
    });
  });

  test('a record that disappears for one poll (flicker) does not end the call or ring again', () => {
    const tracker = new CallTracker('tsander');
    expect(summary(tracker.update([leg({ phonecallId: 3 })], 0))).toEqual(['ringing:3']);
    expect(summary(tracker.update([], 1000))).toEqual([]);
    expect(summary(tracker.update([leg({ phonecallId: 3 })], 2000))).toEqual([]);
    expect(tracker.calls).toHaveLength(1);
    // flickering while connected neither ends nor answers it again
    expect(summary(tracker.update([leg({ phonecallId: 3, state: 'busy' })], 3000))).toEqual([
      'answered:3:me',
    ]);
    expect(summary(tracker.update([], 4000))).toEqual([]);
    expect(summary(tracker.update([leg({ phonecallId: 3, state: 'busy' })], 5000))).toEqual([]);
    expect(summary(tracker.update([leg({ phonecallId: 3, state: 'ringing' })], 6000))).toEqual([]);
    expect(summary(tracker.update([leg({ phonecallId: 3, state: 'busy' })], 7000))).toEqual([]);
  });

  test('an unanswered queue call: the caller and the queue come from the queue leg; it is missed when the caller gives up', () => {
    const tracker = new CallTracker('tsander');
    const [ringing] = tracker.update([queueLeg(), agentLeg(11, 'tsander')], 0);
    expect(ringing?.type).toBe('ringing');
    expect(ringing?.call).toMatchObject({
      id: '10/11',
      remoteNumber: '0891234567',
      remoteName: 'Hans Müller',
      queueName: 'Support',
      route: 'queue',
      direction: 'inbound',
    });
    expect(summary(tracker.update([], 1000))).toEqual([]);
    expect(summary(tracker.update([], 2000))).toEqual(['missed:10/11', 'ended:10/11:missed']);
  });

  test('chain: a queue that rings the agent again with a new leg is still one call, one popup', () => {
    const tracker = new CallTracker('tsander');
    expect(summary(tracker.update([queueLeg(), agentLeg(11, 'tsander')], 0))).toEqual(['ringing:10/11']);
    // the queue's ring timeout ends leg 11; the retry rings with leg 12 one poll later
    expect(summary(tracker.update([queueLeg()], 1000))).toEqual([]);
    expect(summary(tracker.update([queueLeg(), agentLeg(12, 'tsander')], 2000))).toEqual([]);
    expect(tracker.calls).toMatchObject([{ id: '10/11', phonecallId: 12, phase: 'ringing' }]);
    expect(summary(tracker.update([queueLeg('busy'), agentLeg(12, 'tsander', 'busy')], 3000))).toEqual([
      'answered:10/11:me',
    ]);
  });

  test('a queue that stops ringing the agent while the caller still waits is not a missed call', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([queueLeg(), agentLeg(11, 'tsander'), agentLeg(12, 'aturitzo')], 0);
    expect(summary(tracker.update([queueLeg(), agentLeg(12, 'aturitzo')], 1000))).toEqual([]);
    expect(summary(tracker.update([queueLeg(), agentLeg(12, 'aturitzo')], 2000))).toEqual([
      'ended:10/11:stopped-ringing',
    ]);
  });

  test('answered elsewhere needs a colleague on the line: a root that is connected alone is not enough', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([queueLeg(), agentLeg(11, 'tsander')], 0);
    // the agent's own leg flickers while the queue leg is already connected (the agent answered)
    expect(summary(tracker.update([queueLeg('busy')], 1000))).toEqual([]);
    expect(summary(tracker.update([queueLeg('busy'), agentLeg(11, 'tsander', 'busy')], 2000))).toEqual([
      'answered:10/11:me',
    ]);
  });

  test('chain: transferred away while still ringing (deflected) names where it went', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 30 })], 0);
    const onward = leg({
      phonecallId: 31,
      parentId: 30,
      via: 'transfer',
      dstUserName: 'agrassl',
      dstNumber: '201',
    });
    const events = tracker.update([onward], 1000);
    expect(summary(events)).toEqual(['transferred:30', 'ended:30:transferred']);
    expect(events[0]).toMatchObject({ type: 'transferred', to: { userName: 'agrassl', number: '201' } });
  });

  test('calls of other users on a busy PBX are ignored', () => {
    const tracker = new CallTracker('tsander');
    const others = Array.from({ length: 50 }, (_, i) =>
      leg({ phonecallId: 100 + i, dstUserName: `user${i}`, srcUserName: i % 2 ? `other${i}` : null }),
    );
    expect(tracker.update(others, 0)).toEqual([]);
    expect(tracker.calls).toEqual([]);
  });

  test('an outbound call of the agent is tracked and never counts as missed', () => {
    const tracker = new CallTracker('TSander');
    const out = leg({
      phonecallId: 20,
      srcUserName: 'tsander',
      dstUserName: null,
      dstNumber: '0721 55501',
      dstName: null,
      state: 'ringing',
    });
    expect(tracker.update([out], 0)).toEqual([
      expect.objectContaining({
        type: 'ringing',
        call: expect.objectContaining({ direction: 'outbound', remoteNumber: '0721 55501' }),
      }),
    ]);
    tracker.update([], 1000);
    expect(summary(tracker.update([], 2000))).toEqual(['ended:20:hangup']);
  });

  test('a call already connected when first seen does not ring, and its times come from the PBX counters', () => {
    const tracker = new CallTracker('tsander');
    const midCall = leg({ phonecallId: 5, state: 'busy', durationSeconds: 95, connectedSeconds: 80 });
    expect(tracker.update([midCall], 100_000)).toEqual([]);
    expect(tracker.calls[0]).toMatchObject({ phase: 'connected', startedAtMs: 5_000, answeredAtMs: 20_000 });
  });

  test('a withheld number stays empty rather than taking a number from an unrelated leg', () => {
    const tracker = new CallTracker('tsander');
    const [event] = tracker.update([leg({ phonecallId: 8, srcNumber: '', srcName: null })], 0);
    expect(event?.call).toMatchObject({ remoteNumber: '', remoteName: null });
  });
});
