import { describe, expect, test } from 'vitest';
import { type CallEvent, CallTracker, type LiveLeg } from '../../../electron/core/model/call-tracker';

function leg(overrides: Partial<LiveLeg> & { phonecallId: number }): LiveLeg {
  return {
    parentId: null,
    state: 'ringing',
    via: null,
    srcUserName: null,
    srcNumber: '+4989123456',
    srcName: null,
    srcInternal: false,
    dstUserName: 'tsander',
    dstNumber: '221',
    dstName: 'Tina Sander',
    dstInternal: true,
    queueName: null,
    ...overrides,
  };
}

function summary(events: CallEvent[]): string[] {
  return events.map(
    (event) => `${event.type}:${event.call.id}${event.type === 'ended' && event.missed ? ':missed' : ''}`,
  );
}

describe('CallTracker', () => {
  test('a direct call rings, is answered, held, resumed and ends, each event exactly once', () => {
    const tracker = new CallTracker('tsander');
    const steps: [LiveLeg[], string[]][] = [
      [[leg({ phonecallId: 7 })], ['ringing:7']],
      [[leg({ phonecallId: 7 })], []],
      [[leg({ phonecallId: 7, state: 'BUSY' })], ['answered:7']],
      [[leg({ phonecallId: 7, state: 'hold' })], ['held:7']],
      [[leg({ phonecallId: 7, state: 'busy' })], ['resumed:7']],
      [[], []], // grace: one missing snapshot is not an end
      [[], ['ended:7']],
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
  });

  test('an unanswered inbound call ends as missed; the caller comes from the parent queue leg', () => {
    const tracker = new CallTracker('tsander');
    const queueLeg = leg({
      phonecallId: 10,
      dstUserName: null,
      dstName: 'Support',
      dstNumber: '300',
      srcNumber: '0891234567',
      srcName: 'Hans Müller',
    });
    const agentLeg = leg({
      phonecallId: 11,
      parentId: 10,
      via: 'queue',
      srcNumber: '',
      srcName: null,
      queueName: null,
    });
    const [ringing] = tracker.update([queueLeg, agentLeg], 0);
    expect(ringing?.type).toBe('ringing');
    expect(ringing?.call).toMatchObject({
      id: '11',
      remoteNumber: '0891234567',
      remoteName: 'Hans Müller',
      queueName: 'Support',
      direction: 'inbound',
    });
    tracker.update([queueLeg], 1000);
    // answered by a colleague: the agent's leg is gone, the queue leg continues
    expect(summary(tracker.update([queueLeg], 2000))).toEqual(['ended:11:missed']);
  });

  test('calls of other users on a busy PBX are ignored', () => {
    const tracker = new CallTracker('tsander');
    const others = Array.from({ length: 50 }, (_, i) =>
      leg({ phonecallId: 100 + i, dstUserName: `user${i}`, srcUserName: i % 2 ? `other${i}` : null }),
    );
    expect(tracker.update(others, 0)).toEqual([]);
    expect(tracker.calls).toEqual([]);
  });

  test('an outbound call of the agent is tracked without ringing and never counts as missed', () => {
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
    expect(summary(tracker.update([], 2000))).toEqual(['ended:20']);
  });

  test('a call already connected when first seen does not ring', () => {
    const tracker = new CallTracker('tsander');
    expect(tracker.update([leg({ phonecallId: 5, state: 'busy' })], 0)).toEqual([]);
    expect(tracker.calls[0]).toMatchObject({ phase: 'connected', answeredAtMs: 0 });
  });
});
