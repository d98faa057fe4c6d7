/**
 * The poll loop's edges the rate and backoff tests leave out (found by `npm run mutation`): what it
 * says while a run is in flight, a "poll now" during a run, stopping and cancelling, a bug in a run
 * (not a PBX failure), what it logs, and the shared delay it asks of the other loops.
 */
import { describe, expect, test } from 'vitest';
import { PbxError } from '../../../../electron/core/pbx/errors';
import type { LogFields, Logger, LogLevel } from '../../../../electron/core/ports';
import { type LoopOutcome, PollLoop, type PollLoopOptions } from '../../../../electron/core/sync/poll-loop';
import { FakeClock } from '../../../harness/fake-clock';

function recordingLogger(lines: { level: LogLevel; message: string; fields?: LogFields }[]): Logger {
  const logger: Logger = {
    log: (level, message, fields) => {
      lines.push({ level, message, ...(fields ? { fields } : {}) });
    },
    child: () => logger,
  };
  return logger;
}

/** A loop whose runs take `runMs` of fake time each and do what `behave` says. */
function loopWith(
  options: Partial<PollLoopOptions> & { runMs?: number; behave?: (run: number) => unknown } = {},
) {
  const clock = new FakeClock();
  const lines: { level: LogLevel; message: string; fields?: LogFields }[] = [];
  const starts: number[] = [];
  const outcomes: LoopOutcome[] = [];
  const loop = new PollLoop({
    name: 'guards',
    clock,
    log: recordingLogger(lines),
    intervalMs: () => 1000,
    random: () => 0.5,
    onOutcome: (outcome) => outcomes.push(outcome),
    run: async (signal) => {
      starts.push(clock.monotonicMs());
      const runMs = options.runMs ?? 0;
      if (runMs > 0)
        await new Promise<void>((resolve, reject) => {
          clock.setTimeout(resolve, runMs);
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        });
      const thrown = options.behave?.(starts.length);
      if (thrown !== undefined) throw thrown;
    },
    ...options,
  });
  return { clock, loop, lines, starts, outcomes };
}

const serverError = () => new PbxError({ kind: 'server', method: 'GET', path: '/x', status: 503 });

describe('PollLoop edges', () => {
  test('not started: says so; busy only while a run is in flight', async () => {
    const { clock, loop } = loopWith({ runMs: 200 });
    expect(loop.stoppedBecause).toBe('stopped');
    expect(loop.busy).toBe(false);
    loop.start();
    expect(loop.stoppedBecause).toBeNull();
    await clock.advance(100);
    expect(loop.busy).toBe(true);
    await clock.advance(200);
    expect(loop.busy).toBe(false);
    loop.stop();
    expect(loop.stoppedBecause).toBe('stopped');
  });

  test('a second start does not start a second cadence', async () => {
    const { clock, loop, starts } = loopWith();
    loop.start();
    await clock.advance(500);
    loop.start();
    await clock.advance(2000);
    expect(starts).toEqual([0, 1000, 2000]);
  });

  test('"poll now" during a run: once more right after it, not beside it', async () => {
    const { clock, loop, starts } = loopWith({ runMs: 300 });
    loop.start();
    await clock.advance(100);
    loop.pollNow();
    await clock.advance(700);
    // The first run ends at 300; the one asked for starts then, not at 1000.
    expect(starts).toEqual([0, 300]);
  });

  test('stopped: a run in flight is aborted, nothing runs again, and the other calls do nothing', async () => {
    const { clock, loop, starts, outcomes } = loopWith({ runMs: 300 });
    loop.start();
    await clock.advance(100);
    loop.stop();
    loop.pollNow();
    loop.deferFor(10);
    loop.releaseDeferral();
    await clock.advance(5000);
    expect(starts).toEqual([0]);
    expect(outcomes).toEqual([]);
    expect(loop.busy).toBe(false);
  });

  test('a stop while a run finishes: no outcome, no next run', async () => {
    const { clock, loop, starts, outcomes } = loopWith({ behave: () => undefined, runMs: 100 });
    loop.start();
    await clock.advance(50);
    // The run ignores the abort and resolves: its outcome is dropped all the same.
    loop.stop('auth');
    await clock.advance(3000);
    expect(starts).toEqual([0]);
    expect(outcomes).toEqual([]);
    expect(loop.stoppedBecause).toBe('auth');
  });

  test('cancelling with nothing in flight changes nothing; during a run it starts over at once', async () => {
    const { clock, loop, starts, outcomes } = loopWith({ runMs: 300 });
    loop.start();
    await clock.advance(400);
    expect(() => loop.cancelInFlight()).not.toThrow();
    await clock.advance(700);
    expect(starts).toEqual([0, 1000]);
    loop.cancelInFlight();
    await clock.advance(10);
    expect(starts).toEqual([0, 1000, 1100]);
    // The cancelled run is no failure.
    expect(outcomes.every((outcome) => outcome.error === null)).toBe(true);
  });

  test('a bug in a run is logged and backs off like a server error, with what was thrown', async () => {
    const { clock, loop, lines, outcomes } = loopWith({
      behave: (run) => (run === 1 ? new TypeError('x is undefined') : run === 2 ? 'a string' : undefined),
    });
    loop.start();
    await clock.advance(0);
    expect(lines[0]).toEqual({
      level: 'error',
      message: 'poll run failed unexpectedly',
      fields: { loop: 'guards', error: 'x is undefined' },
    });
    expect(outcomes[0]?.error).toMatchObject({
      kind: 'server',
      method: 'LOOP',
      path: '',
      detail: 'x is undefined',
    });
    expect(outcomes[0]?.governsConnection).toBe(false);
    expect(outcomes[0]?.loop).toBe('guards');
    await clock.advance(1000);
    expect(lines.find((line) => line.level === 'error' && line !== lines[0])?.fields).toEqual({
      loop: 'guards',
      error: 'a string',
    });
    expect(outcomes[1]?.error?.detail).toBe('internal error');
  });

  test('a PBX failure is not logged as a bug; the backoff says why and for how long', async () => {
    const { clock, loop, lines, outcomes } = loopWith({
      behave: (run) => (run === 1 ? serverError() : undefined),
    });
    loop.start();
    await clock.advance(0);
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(lines).toContainEqual({
      level: 'info',
      message: 'loop backing off',
      fields: { loop: 'guards', kind: 'server', failures: 1, delayMs: 1000 },
    });
    expect(outcomes[0]?.error).toBeInstanceOf(PbxError);
    expect(outcomes[0]?.error?.status).toBe(503);
  });

  test('backing off: only after an own failure and only until its backoff ends', async () => {
    const { clock, loop } = loopWith({
      behave: (run) => (run === 1 ? serverError() : undefined),
      backoff: { baseMs: 4000, capMs: 30_000 },
      random: () => 0.75,
    });
    expect(loop.backingOff).toBe(false);
    loop.start();
    expect(loop.backingOff).toBe(false);
    await clock.advance(0);
    // Full jitter: 0.75 * 4000 = 3000 ms.
    expect(loop.backingOff).toBe(true);
    await clock.advance(2999);
    expect(loop.backingOff).toBe(true);
    await clock.advance(1);
    expect(loop.backingOff).toBe(false);
  });

  test('the delay asked of the other loops: at least the base, else the jittered backoff', async () => {
    const low = loopWith({
      behave: () => serverError(),
      backoff: { baseMs: 2000, capMs: 30_000 },
      random: () => 0.1,
    });
    low.loop.start();
    await low.clock.advance(0);
    expect(low.outcomes[0]?.sharedDelayMs).toBe(2000);
    const high = loopWith({
      behave: () => serverError(),
      backoff: { baseMs: 2000, capMs: 30_000 },
      random: () => 0.9,
    });
    high.loop.start();
    await high.clock.advance(0);
    await high.clock.advance(1800);
    // Second failure: 0.9 * 4000 = 3600 ms.
    expect(high.outcomes.map((outcome) => outcome.sharedDelayMs)).toEqual([2000, 3600]);
  });

  test('refused credentials: one warning naming the loop and the status, then silence', async () => {
    const { clock, loop, lines, starts } = loopWith({
      governsConnection: true,
      behave: () => new PbxError({ kind: 'auth', method: 'GET', path: '/x', status: 401 }),
    });
    const outcomes: LoopOutcome[] = [];
    const watched = new PollLoop({
      name: 'no-status',
      clock,
      log: recordingLogger(lines),
      intervalMs: () => 1000,
      run: async () => {
        throw new PbxError({ kind: 'forbidden', method: 'GET', path: '/x' });
      },
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    loop.start();
    watched.start();
    await clock.advance(5000);
    expect(starts).toEqual([0]);
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'loop stopped: credentials refused',
        fields: { loop: 'guards', status: 401 },
      },
      {
        level: 'warn',
        message: 'loop stopped: credentials refused',
        fields: { loop: 'no-status', status: null },
      },
    ]);
    expect(outcomes[0]).toMatchObject({ governsConnection: false, stop: 'forbidden', retryInMs: null });
  });
  test('a "poll now" asked before a stop does not carry over into the next start', async () => {
    const { clock, loop, starts } = loopWith({ runMs: 300 });
    loop.start();
    await clock.advance(100);
    loop.pollNow();
    loop.stop();
    loop.start();
    await clock.advance(1500);
    // Started again at 100; its next run one interval later, not right after the first ended.
    expect(starts).toEqual([0, 100, 1100]);
  });

  test('a deferral asked while stopped does not hold back the next start', async () => {
    const { clock, loop, starts } = loopWith();
    loop.deferFor(10_000);
    loop.start();
    await clock.advance(0);
    expect(starts).toEqual([0]);
  });

  test('a run that ignores the abort and finishes after a stop reports nothing and schedules nothing', async () => {
    const clock = new FakeClock();
    const outcomes: LoopOutcome[] = [];
    let runs = 0;
    const loop = new PollLoop({
      name: 'deaf',
      clock,
      log: recordingLogger([]),
      intervalMs: () => 1000,
      run: () => {
        runs += 1;
        return new Promise<void>((resolve) => clock.setTimeout(resolve, 300));
      },
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    loop.start();
    await clock.advance(100);
    loop.stop();
    await clock.advance(5000);
    expect(runs).toBe(1);
    expect(outcomes).toEqual([]);
  });
});
