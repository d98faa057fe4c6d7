import { describe, expect, test } from 'vitest';
import {
  type CallSource,
  CallSync,
  isQuietHint,
  isRingingHint,
} from '../../../../electron/core/calls/call-sync';
import type { LiveLeg } from '../../../../electron/core/calls/call-tracker';
import { silentLogger } from '../../../../electron/core/log';
import { type LoopOutcome, PollLoop, type PollLoopOptions } from '../../../../electron/core/sync/poll-loop';
import { FakeClock } from '../../../harness/fake-clock';

function leg(phonecallId: number, state: string, extra: Partial<LiveLeg> = {}): LiveLeg {
  return {
    phonecallId,
    parentId: null,
    state,
    via: null,
    srcUserName: null,
    srcNumber: '+4930555123',
    srcName: 'Caller',
    srcInternal: false,
    dstUserName: 'tsander',
    dstNumber: '221',
    dstName: 'Tina Sander',
    dstInternal: true,
    queueName: null,
    durationSeconds: 1,
    connectedSeconds: state === 'RINGING' ? 0 : 1,
    ...extra,
  };
}

/** A PBX the test scripts: the hint and the live list it answers now, and what it was asked when. */
function scriptedPbx(clock: FakeClock, roundTripMs = 0) {
  const pbx = {
    hint: 'Idle' as string | null | 'unknown-user',
    legs: [] as LiveLeg[],
    asked: [] as { what: 'states' | 'live'; atMs: number }[],
    inFlight: 0,
    mostInFlight: 0,
  };
  const answer = async <T>(what: 'states' | 'live', value: () => T): Promise<T> => {
    pbx.asked.push({ what, atMs: clock.monotonicMs() });
    pbx.mostInFlight = Math.max(pbx.mostInFlight, ++pbx.inFlight);
    if (roundTripMs > 0) await new Promise<void>((resolve) => clock.setTimeout(resolve, roundTripMs));
    pbx.inFlight -= 1;
    return value();
  };
  const source: CallSource = {
    hintState: () =>
      answer('states', () =>
        pbx.hint === null ? null : pbx.hint === 'unknown-user' ? 'unknown-user' : { state: pbx.hint },
      ),
    liveLegs: () => answer('live', () => pbx.legs),
  };
  return { pbx, source };
}

function start(options: { roundTripMs?: number; intervalMs?: number } = {}) {
  const clock = new FakeClock();
  const { pbx, source } = scriptedPbx(clock, options.roundTripMs);
  const hints: (string | null)[] = [];
  const events: string[] = [];
  /** What each onCalls call carried: its events and the calls held then. */
  const published: { events: number; calls: number }[] = [];
  const logged: string[] = [];
  const outcomes: LoopOutcome[] = [];
  const loops: { options: Omit<PollLoopOptions, 'clock' | 'log'>; loop: PollLoop }[] = [];
  const sync = new CallSync({
    me: 'tsander',
    source,
    clock,
    log: { log: (level, message) => logged.push(`${level}: ${message}`), child: () => silentLogger },
    intervalMs: () => options.intervalMs ?? 1000,
    loop: (loopOptions) => {
      const loop = new PollLoop({
        ...loopOptions,
        clock,
        log: silentLogger,
        random: () => 0.5,
        onOutcome: (outcome) => outcomes.push(outcome),
      });
      loops.push({ options: loopOptions, loop });
      return loop;
    },
    onHint: (hint) => hints.push(hint),
    onCalls: (callEvents, calls) => {
      published.push({ events: callEvents.length, calls: calls.length });
      for (const event of callEvents) events.push(`${event.type}:${event.call.phonecallId}`);
    },
  });
  sync.start();
  const live = () => pbx.asked.filter((request) => request.what === 'live');
  const states = () => pbx.asked.filter((request) => request.what === 'states');
  return { clock, pbx, sync, hints, events, published, logged, outcomes, loops, live, states };
}

describe('hint words', () => {
  test('quiet and ringing hints', () => {
    expect(['Idle', ' idle ', 'Unavailable', 'NOSUCHDEVICE', 'Invalid'].every(isQuietHint)).toBe(true);
    expect(['InUse', 'Ringing', 'Busy', 'OnHold', 'Unknown', ''].some(isQuietHint)).toBe(false);
    expect(isQuietHint(null)).toBe(false);
    expect(['Ringing', 'InUse&Ringing', 'RINGING'].every(isRingingHint)).toBe(true);
    expect(['InUse', 'Idle', 'OnHold'].some(isRingingHint)).toBe(false);
    expect(isRingingHint(null)).toBe(false);
  });
});

describe('CallSync', () => {
  test('idle: only the own state, at a fixed rate, never the live list', async () => {
    const { clock, pbx, live, states, hints } = start({ roundTripMs: 100 });
    pbx.legs = [leg(7, 'BUSY', { dstUserName: 'someoneelse' })];
    await clock.advance(10_050);
    // The first tick reads the live list once (the hint was unknown before it).
    expect(live().length).toBe(1);
    // Start to start every 1000 ms, round trips notwithstanding: 0, 1000, ..., 10000.
    expect(states().map((request) => request.atMs)).toEqual(Array.from({ length: 11 }, (_, i) => i * 1000));
    expect(hints).toEqual(['Idle']);
  });

  test('a ring from idle: states, then the live list at once, and the call is reported', async () => {
    const { clock, pbx, live, events } = start();
    await clock.advance(2500);
    const before = live().length;
    pbx.hint = 'Ringing';
    pbx.legs = [leg(42, 'RINGING')];
    await clock.advance(1000);
    expect(live().length).toBe(before + 1);
    expect(events).toEqual(['ringing:42']);
  });

  test('ringing: the live list beside every states request, asked together', async () => {
    const { clock, pbx, pbx: scripted, live, states } = start({ roundTripMs: 100 });
    pbx.hint = 'Ringing';
    pbx.legs = [leg(42, 'RINGING')];
    await clock.advance(2050);
    const mark = scripted.asked.length;
    await clock.advance(5000);
    const recent = scripted.asked.slice(mark);
    const liveTimes = recent.filter((r) => r.what === 'live').map((r) => r.atMs);
    const statesTimes = recent.filter((r) => r.what === 'states').map((r) => r.atMs);
    expect(liveTimes).toEqual(statesTimes);
    expect(statesTimes.length).toBe(5);
    expect(scripted.mostInFlight).toBe(2);
    expect(live().length).toBeGreaterThan(0);
    expect(states().length).toBeGreaterThan(0);
  });

  test('talking: the live list every 5 s and when the hint changes, never on the ticks between', async () => {
    const { clock, pbx, live, events } = start();
    pbx.hint = 'InUse';
    pbx.legs = [leg(42, 'BUSY')];
    await clock.advance(1500);
    const first = live().length;
    await clock.advance(10_000);
    // 10 s of talking: two slow reads, not ten.
    expect(live().length - first).toBe(2);
    pbx.hint = 'OnHold';
    pbx.legs = [leg(42, 'HOLD')];
    const before = live().length;
    await clock.advance(1000);
    expect(live().length).toBe(before + 1);
    expect(events).toContain('held:42');
  });

  test('the end of a call shows with the first states answer that lacks it (no grace wait)', async () => {
    const { clock, pbx, events } = start();
    pbx.hint = 'InUse';
    pbx.legs = [leg(42, 'BUSY')];
    await clock.advance(1500);
    pbx.hint = 'Idle';
    pbx.legs = [];
    await clock.advance(1000);
    expect(events).toContain('ended:42');
  });

  test('a user the PBX does not know: the live list on every tick', async () => {
    const { clock, pbx, live, hints } = start();
    pbx.hint = 'unknown-user';
    await clock.advance(4500);
    expect(live().length).toBe(5);
    // Unknown from the start: nothing to report as changed.
    expect(hints).toEqual([]);
  });

  test('a PBX without the states endpoint (204): the live list alone on every tick', async () => {
    const { clock, pbx, live, states, sync, logged, outcomes, events } = start();
    pbx.hint = null;
    pbx.legs = [leg(42, 'RINGING')];
    await clock.advance(4500);
    expect(states().length).toBe(1);
    expect(live().length).toBe(5);
    expect(sync.usesStatesEndpoint).toBe(false);
    expect(logged).toEqual(['info: PBX has no states endpoint (204); following /cdr/live directly']);
    // Not a failure: the loop goes on at its cadence, and the call is seen from the live list alone.
    expect(outcomes.map((outcome) => outcome.error)).toEqual([null, null, null, null, null]);
    expect(events).toEqual(['ringing:42']);
  });

  test('a PBX that stops answering the states request while the agent is idle: the live list that tick', async () => {
    const { clock, pbx, live } = start();
    await clock.advance(2500);
    const before = live().length;
    pbx.hint = null;
    await clock.advance(1000);
    expect(live().length).toBe(before + 1);
  });

  test('one loop named calls, and its outcomes decide the connection', () => {
    const { sync, loops } = start();
    expect(loops.length).toBe(1);
    expect(loops[0]?.options.name).toBe('calls');
    expect(loops[0]?.options.governsConnection).toBe(true);
    expect(sync.loop).toBe(loops[0]?.loop);
    sync.stop();
  });

  test('calls are published when there is something to say: events, or calls going on', async () => {
    const { clock, pbx, published } = start();
    // Calls of others only: nothing for the agent, nothing published.
    pbx.legs = [leg(7, 'BUSY', { dstUserName: 'someoneelse' })];
    await clock.advance(2500);
    expect(published).toEqual([]);
    pbx.hint = 'Ringing';
    pbx.legs = [leg(42, 'RINGING')];
    await clock.advance(1000);
    expect(published).toEqual([{ events: 1, calls: 1 }]);
    pbx.hint = 'InUse';
    pbx.legs = [leg(42, 'BUSY')];
    await clock.advance(1000);
    // The slow reads while talking bring no news, but the call (its duration) is published again.
    const talking = published.length;
    await clock.advance(6000);
    expect(published.slice(talking)).toEqual([{ events: 0, calls: 1 }]);
    // The end: news, and no call left.
    pbx.hint = 'Idle';
    pbx.legs = [];
    await clock.advance(1000);
    expect(published.at(-1)).toEqual({ events: 1, calls: 0 });
  });

  test('a user the PBX does not know: calls are still followed from the live list alone', async () => {
    const { clock, pbx, events } = start();
    pbx.hint = 'unknown-user';
    pbx.legs = [leg(42, 'RINGING')];
    await clock.advance(1500);
    expect(events).toEqual(['ringing:42']);
  });

  test('calls the tracker still holds are followed while the hint is quiet', async () => {
    const { clock, pbx, live } = start();
    pbx.hint = 'Idle';
    pbx.legs = [leg(42, 'RINGING', { dstUserName: null, srcUserName: 'tsander', dstNumber: '+4930555' })];
    await clock.advance(3500);
    // An outgoing call that does not (yet) show in the hint: followed every tick.
    expect(live().length).toBe(4);
  });

  test('stop ends the loop and forgets the calls', async () => {
    const { clock, pbx, live, sync } = start();
    pbx.hint = 'Ringing';
    pbx.legs = [leg(42, 'RINGING')];
    await clock.advance(1500);
    sync.stop();
    const count = live().length;
    await clock.advance(5000);
    expect(live().length).toBe(count);
  });
});
