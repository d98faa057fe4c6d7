/**
 * What the tracker reads out of a snapshot's legs: which legs are the agent's calls and how they
 * are keyed, named and routed; which other legs it must not take for a colleague answering; and how
 * the hint ends a call in progress. The popup, the missed-call card and the wrap-up rest on these.
 */
import { describe, expect, test } from 'vitest';
import {
  type CallEvent,
  CallTracker,
  hintCalls,
  type LiveLeg,
} from '../../../../electron/core/calls/call-tracker';
import { liveLeg } from '../../../harness/live-legs';

const leg = liveLeg;

/** The caller waiting in a queue (its leg rings no user), and the legs the queue rings agents with. */
const queueLeg = (phonecallId: number, state = 'ringing') =>
  leg({ phonecallId, state, dstUserName: null, dstName: 'Support', dstNumber: '300' });
const queueRings = (phonecallId: number, parentId: number, user: string | null, state = 'ringing') =>
  leg({ phonecallId, parentId, via: 'queue', state, dstUserName: user, srcNumber: '', srcName: null });
/** A call of the agent's own phone to `dstNumber`. */
const dialled = (phonecallId: number, overrides: Partial<LiveLeg> = {}) =>
  leg({
    phonecallId,
    srcUserName: 'tsander',
    dstUserName: null,
    dstNumber: '+4930555',
    dstName: null,
    ...overrides,
  });
/** Two colleagues talking to each other: nothing to do with the agent. */
const colleaguesTalking = (phonecallId: number, parentId: number | null = null) =>
  leg({ phonecallId, parentId, state: 'BUSY', srcUserName: 'bkoch', dstUserName: 'ameyer' });

const types = (events: CallEvent[]) => events.map((event) => event.type);
const endings = (events: CallEvent[]) =>
  events.flatMap((event) => (event.type === 'ended' ? [`${event.reason}/${event.missed}`] : []));
/** Feeds the same snapshot twice (the missing call's grace, then its end). */
const twice = (tracker: CallTracker, legs: LiveLeg[], atMs: number) => [
  ...tracker.update(legs, atMs),
  ...tracker.update(legs, atMs + 1000),
];

describe('which legs are calls of the agent', () => {
  test('a leg the PBX lists as hung up is no call, and a call whose leg hangs up ends like a missing one', () => {
    const tracker = new CallTracker('tsander');
    expect(tracker.update([leg({ phonecallId: 1, state: 'HANGUP' })], 0)).toEqual([]);
    expect(tracker.calls).toEqual([]);
    tracker.update([leg({ phonecallId: 2 })], 1000);
    const events = twice(tracker, [leg({ phonecallId: 2, state: 'HANGUP' })], 2000);
    expect(types(events)).toEqual(['missed', 'ended']);
  });

  test('two callers a queue rings the agent for at once are two calls', () => {
    const tracker = new CallTracker('tsander');
    const events = tracker.update(
      [queueLeg(10), queueRings(11, 10, 'tsander'), queueLeg(20), queueRings(21, 20, 'tsander')],
      0,
    );
    expect(events.map((event) => event.call.id)).toEqual(['10/11', '20/21']);
    expect(tracker.calls).toHaveLength(2);
  });

  test('two calls the agent dialled (one on hold, one ringing out) are two calls', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([dialled(1, { state: 'HOLD' }), dialled(2, { dstNumber: '+4940777' })], 0);
    expect(tracker.calls.map((call) => [call.id, call.remoteNumber, call.phase])).toEqual([
      ['1', '+4930555', 'held'],
      ['2', '+4940777', 'ringing'],
    ]);
  });

  test('of two legs of one queue call at the same stage, the one listed first stands for the call', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([queueLeg(10), queueRings(12, 10, 'tsander'), queueRings(11, 10, 'tsander')], 0);
    expect(tracker.calls).toMatchObject([{ id: '10/12', phonecallId: 12 }]);
  });

  test('a queue leg seen before its queue leg is listed is the agent call, without the queue name', () => {
    const tracker = new CallTracker('tsander');
    const [event] = tracker.update([queueRings(11, 10, 'tsander')], 0);
    expect(event?.call).toMatchObject({
      id: '10/11',
      route: 'queue',
      queueName: null,
      remoteNumber: '',
      remoteName: null,
    });
  });

  test('a call transferred to the agent off a colleague call is its own call, marked as transferred', () => {
    const tracker = new CallTracker('tsander');
    const [event] = tracker.update(
      [colleaguesTalking(40), leg({ phonecallId: 41, parentId: 40, via: 'transfer' })],
      0,
    );
    expect(event?.call).toMatchObject({ id: '41', route: 'transfer', queueName: null });
  });

  test('a dialled call the PBX marks as via a queue but that hangs off no queue leg is still the agent call', () => {
    const tracker = new CallTracker('tsander');
    const [event] = tracker.update([dialled(5, { via: 'queue' })], 0);
    expect(event?.call).toMatchObject({ id: '5', direction: 'outbound', route: 'direct' });
  });

  test('a dialled call: routed direct, and a number the PBX leaves out stays empty', () => {
    const tracker = new CallTracker('tsander');
    const [event] = tracker.update([dialled(6, { dstNumber: null })], 0);
    expect(event?.call).toMatchObject({ direction: 'outbound', route: 'direct', remoteNumber: '' });
  });

  test('a name of blanks is no name', () => {
    const tracker = new CallTracker('tsander');
    const [event] = tracker.update([leg({ phonecallId: 1, srcName: '   ' })], 0);
    expect(event?.call.remoteName).toBeNull();
  });
});

describe('answered elsewhere needs a colleague taking this very call', () => {
  test('a direct call that stops ringing is missed while colleagues talk on other calls', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 }), colleaguesTalking(50)], 0);
    expect(endings(twice(tracker, [colleaguesTalking(50)], 1000))).toEqual(['missed/true']);
  });

  test('a queue call that stops ringing here is not taken by colleagues talking on another call', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([queueLeg(10), queueRings(11, 10, 'tsander'), colleaguesTalking(50, 99)], 0);
    const events = twice(tracker, [queueLeg(10), colleaguesTalking(50, 99)], 1000);
    expect(endings(events)).toEqual(['stopped-ringing/false']);
  });

  test('a queue call put through to an outside number (a leg with no user) is not answered by a colleague', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([queueLeg(10), queueRings(11, 10, 'tsander')], 0);
    const outside = queueRings(12, 10, null, 'BUSY');
    expect(endings(twice(tracker, [queueLeg(10), outside], 1000))).toEqual(['stopped-ringing/false']);
  });

  test('a queue call whose queue leg is already hung up (the caller gave up) is missed', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([queueLeg(10), queueRings(11, 10, 'tsander')], 0);
    expect(endings(twice(tracker, [queueLeg(10, 'HANGUP')], 1000))).toEqual(['missed/true']);
  });

  test('an answered call whose leg then connects two colleagues ends as hung up, not answered elsewhere', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    tracker.update([leg({ phonecallId: 1, state: 'BUSY' })], 1000);
    const events = twice(tracker, [colleaguesTalking(1)], 2000);
    expect(types(events)).toEqual(['ended']);
    expect(endings(events)).toEqual(['hangup/false']);
  });

  test('a dialled call still ringing out whose leg then connects two colleagues ends as hung up', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([dialled(3)], 0);
    const events = twice(tracker, [colleaguesTalking(3)], 1000);
    expect(types(events)).toEqual(['ended']);
    expect(endings(events)).toEqual(['hangup/false']);
  });
});

describe('along a call', () => {
  test('a call first seen connected (the app started mid-call) is never announced as answered, not even when held', () => {
    const tracker = new CallTracker('tsander');
    expect(tracker.update([leg({ phonecallId: 1, state: 'BUSY' })], 0)).toEqual([]);
    expect(types(tracker.update([leg({ phonecallId: 1, state: 'HOLD' })], 1000))).toEqual(['held']);
  });

  test('a call in progress ends with the first snapshot lacking it once the hint shows nothing in use, though another call rings', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1, state: 'BUSY' })], 0);
    expect(endings(tracker.update([], 1000, hintCalls('Ringing')))).toEqual(['hangup/false']);
  });
});
