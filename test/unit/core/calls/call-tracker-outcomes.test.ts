/**
 * How each call of the agent ends, and whether it counts as missed (what the missed-call card and
 * the look at the mailbox after a missed call rest on); the state words the PBX may send; what the
 * hint tells about calls; the route of a call. Written for the survivors of `npm run mutation`.
 */
import { describe, expect, test } from 'vitest';
import {
  type CallEvent,
  CallTracker,
  hintCalls,
  phaseOf,
} from '../../../../electron/core/calls/call-tracker';
import { liveLeg } from '../../../harness/live-legs';

const leg = liveLeg;

/** The end of each call: `reason/missed`. */
const endings = (events: CallEvent[]) =>
  events.flatMap((event) => (event.type === 'ended' ? [`${event.reason}/${event.missed}`] : []));
const types = (events: CallEvent[]) => events.map((event) => event.type);

describe('the PBX state words', () => {
  test.each([
    ['RINGING', 'ringing'],
    [' ring ', 'ringing'],
    ['RingInUse', 'ringing'],
    ['HOLD', 'held'],
    ['OnHold', 'held'],
    ['held', 'held'],
    ['BUSY', 'connected'],
    ['up', 'connected'],
    ['HANGUP', null],
    ['down', null],
    ['', null],
    ['  ', null],
  ])('%j is %s', (state, phase) => {
    expect(phaseOf(state)).toBe(phase);
  });

  test('what the hint says about calls', () => {
    expect(hintCalls('InUse&Ringing')).toEqual({ ringing: true, inUse: true });
    expect(hintCalls('Ringing')).toEqual({ ringing: true, inUse: false });
    expect(hintCalls('OnHold')).toEqual({ ringing: false, inUse: true });
    expect(hintCalls('Busy')).toEqual({ ringing: false, inUse: true });
    expect(hintCalls('Idle')).toEqual({ ringing: false, inUse: false });
  });
});

describe('how a call ends', () => {
  test('rang and nobody answered: missed', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    const events = [...tracker.update([], 1000), ...tracker.update([], 2000)];
    expect(types(events)).toEqual(['missed', 'ended']);
    expect(endings(events)).toEqual(['missed/true']);
  });

  test('answered, then hung up: not missed', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    tracker.update([leg({ phonecallId: 1, state: 'BUSY' })], 1000);
    const events = [...tracker.update([], 2000), ...tracker.update([], 3000)];
    expect(endings(events)).toEqual(['hangup/false']);
  });

  test('transferred away: not missed, and where it went is named', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1, state: 'BUSY' })], 0);
    const events = tracker.update(
      [
        leg({
          phonecallId: 2,
          parentId: 1,
          via: 'transfer',
          dstUserName: 'ameyer',
          dstNumber: '',
          dstName: 'Anna',
        }),
      ],
      1000,
    );
    expect(types(events)).toEqual(['transferred', 'ended']);
    expect(endings(events)).toEqual(['transferred/false']);
    const transferred = events[0];
    expect(transferred?.type === 'transferred' && transferred.to).toEqual({
      number: '',
      name: 'Anna',
      userName: 'ameyer',
    });
  });

  test('a transfer leg of another call, or to the agent, does not end this one', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1, state: 'BUSY' })], 0);
    const events = tracker.update(
      [
        leg({ phonecallId: 5, parentId: 9, via: 'transfer', dstUserName: 'ameyer', srcUserName: 'x' }),
        leg({ phonecallId: 6, parentId: 1, via: 'queue', dstUserName: 'ameyer', srcUserName: 'y' }),
      ],
      1000,
    );
    expect(types(events)).toEqual([]);
  });

  test('picked up by a colleague while ringing: answered elsewhere, not missed', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    const events = tracker.update([leg({ phonecallId: 1, state: 'BUSY', dstUserName: 'ameyer' })], 1000);
    expect(types(events)).toEqual(['answered', 'ended']);
    expect(endings(events)).toEqual(['answered-elsewhere/false']);
  });

  test('the same leg ringing someone else is not taken by them', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    expect(types(tracker.update([leg({ phonecallId: 1, dstUserName: 'ameyer' })], 1000))).toEqual([]);
  });

  test('a queue call that stops ringing here while the caller still waits: not missed', () => {
    const tracker = new CallTracker('tsander');
    const root = leg({ phonecallId: 10, dstUserName: null, dstName: 'Support', srcName: 'Hans Müller' });
    const mine = leg({ phonecallId: 11, parentId: 10, via: 'queue', srcNumber: '', srcName: null });
    tracker.update([root, mine], 0);
    const events = [...tracker.update([root], 1000), ...tracker.update([root], 2000)];
    expect(endings(events)).toEqual(['stopped-ringing/false']);
    expect(tracker.calls).toEqual([]);
  });

  test('a queue call whose caller hung up while it rang here: missed', () => {
    const tracker = new CallTracker('tsander');
    const root = leg({ phonecallId: 10, dstUserName: null, dstName: 'Support' });
    const mine = leg({ phonecallId: 11, parentId: 10, via: 'queue', srcNumber: '', srcName: null });
    const first = tracker.update([root, mine], 0);
    expect(first[0]?.call).toMatchObject({
      id: '10/11',
      route: 'queue',
      queueName: 'Support',
      remoteName: 'Hans Müller',
    });
    const events = [...tracker.update([], 1000), ...tracker.update([], 2000)];
    expect(endings(events)).toEqual(['missed/true']);
  });
});

describe('the hint ends calls it no longer shows, without the grace snapshot', () => {
  test('an incoming call that no longer rings ends with the first snapshot that lacks it', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    expect(endings(tracker.update([], 1000, hintCalls('Idle')))).toEqual(['missed/true']);
  });

  test('a hint still ringing keeps the incoming call through the grace snapshot', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    expect(tracker.update([], 1000, hintCalls('Ringing'))).toEqual([]);
    // In use is not ringing: an incoming ringing call the hint shows only as in use is gone.
    const other = new CallTracker('tsander');
    other.update([leg({ phonecallId: 1 })], 0);
    expect(endings(other.update([], 1000, hintCalls('InUse')))).toEqual(['missed/true']);
  });

  test('a connected call: kept while the hint is in use, ended when it is not', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1, state: 'BUSY' })], 0);
    expect(tracker.update([], 1000, hintCalls('InUse&Ringing'))).toEqual([]);
    expect(endings(tracker.update([], 2000, hintCalls('Ringing')))).toEqual(['hangup/false']);
  });

  test('dialing out: kept while the phone shows in use or ringing, ended when idle', () => {
    const out = () =>
      leg({
        phonecallId: 3,
        srcUserName: 'tsander',
        dstUserName: null,
        dstNumber: '+4930555',
        via: 'transfer',
      });
    for (const hint of ['InUse', 'Ringing']) {
      const tracker = new CallTracker('tsander');
      const [first] = tracker.update([out()], 0);
      expect(first?.call).toMatchObject({
        direction: 'outbound',
        route: 'transfer',
        remoteNumber: '+4930555',
      });
      expect(tracker.update([], 1000, hintCalls(hint))).toEqual([]);
    }
    const tracker = new CallTracker('tsander');
    tracker.update([out()], 0);
    expect(endings(tracker.update([], 1000, hintCalls('Idle')))).toEqual(['hangup/false']);
  });
});

describe('along the way', () => {
  test('held and resumed as often as it happens; answered once', () => {
    const tracker = new CallTracker('tsander');
    const at = (state: string, t: number) => types(tracker.update([leg({ phonecallId: 1, state })], t));
    expect(at('RINGING', 0)).toEqual(['ringing']);
    expect(at('BUSY', 1000)).toEqual(['answered']);
    expect(at('HOLD', 2000)).toEqual(['held']);
    expect(at('BUSY', 3000)).toEqual(['resumed']);
    expect(at('HOLD', 4000)).toEqual(['held']);
    expect(at('BUSY', 5000)).toEqual(['resumed']);
  });

  test('held straight from ringing is answered and held; a ringing call seen again changes nothing', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1 })], 0);
    expect(types(tracker.update([leg({ phonecallId: 1 })], 500))).toEqual([]);
    expect(types(tracker.update([leg({ phonecallId: 1, state: 'HOLD' })], 1000))).toEqual([
      'answered',
      'held',
    ]);
  });

  test('a number or name the PBX leaves out later is kept from before', () => {
    const tracker = new CallTracker('tsander');
    tracker.update([leg({ phonecallId: 1, queueName: 'Support' })], 0);
    tracker.update(
      [leg({ phonecallId: 1, state: 'BUSY', srcNumber: '', srcName: null, queueName: null })],
      1000,
    );
    expect(tracker.calls[0]).toMatchObject({
      remoteNumber: '+4989123456',
      remoteName: 'Hans Müller',
      queueName: 'Support',
    });
    tracker.update(
      [leg({ phonecallId: 1, state: 'BUSY', srcNumber: '+4930111', srcName: 'Neu', queueName: 'Sales' })],
      2000,
    );
    expect(tracker.calls[0]).toMatchObject({
      remoteNumber: '+4930111',
      remoteName: 'Neu',
      queueName: 'Sales',
    });
  });

  test('two legs of one queue call for the agent: the furthest along wins', () => {
    const tracker = new CallTracker('tsander');
    const root = leg({ phonecallId: 10, dstUserName: null, dstName: 'Support' });
    const a = leg({ phonecallId: 11, parentId: 10, via: 'queue', state: 'BUSY' });
    const b = leg({ phonecallId: 12, parentId: 10, via: 'queue', state: 'RINGING' });
    tracker.update([root, b, a], 0);
    expect(tracker.calls).toHaveLength(1);
    expect(tracker.calls[0]?.phase).toBe('connected');
    const again = new CallTracker('tsander');
    again.update([root, a, b], 0);
    expect(again.calls[0]?.phase).toBe('connected');
  });

  test('a transferred-in call is marked so; clear forgets every call without events', () => {
    const tracker = new CallTracker('tsander');
    const [first] = tracker.update([leg({ phonecallId: 1, via: 'transfer' })], 0);
    expect(first?.call.route).toBe('transfer');
    tracker.update([leg({ phonecallId: 2 })], 0);
    expect(tracker.calls[1]?.route).toBe('direct');
    tracker.clear();
    expect(tracker.calls).toEqual([]);
    expect(tracker.update([], 1000)).toEqual([]);
  });
});
