/**
 * The poll loop's timer: one at most, none while a run is in flight (the run's end times the next
 * run) and none once stopped; a restart never runs beside a run that ignored its abort; and what
 * "backing off" means when another loop's deferral holds the retry back longer than the own backoff.
 */
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import { PbxError } from '../../../../electron/core/pbx/errors';
import { PollLoop, type PollLoopOptions } from '../../../../electron/core/sync/poll-loop';
import { FakeClock } from '../../../harness/fake-clock';

/** A loop whose runs end when the test says so (no timers of their own, so the clock's are the loop's). */
function heldLoop(options: Partial<PollLoopOptions> & { hearsAbort?: boolean } = {}) {
  const clock = new FakeClock();
  const starts: number[] = [];
  const finish: (() => void)[] = [];
  let running = 0;
  let overlapped = false;
  const loop = new PollLoop({
    name: 'timers',
    clock,
    log: silentLogger,
    intervalMs: () => 1000,
    random: () => 0.5,
    run: (signal) => {
      starts.push(clock.monotonicMs());
      running += 1;
      if (running > 1) overlapped = true;
      return new Promise<void>((resolve, reject) => {
        finish.push(() => {
          running -= 1;
          resolve();
        });
        if (options.hearsAbort ?? true)
          signal.addEventListener('abort', () => {
            running -= 1;
            reject(new Error('aborted'));
          });
      });
    },
    ...options,
  });
  return { clock, loop, starts, finish, overlapped: () => overlapped };
}

describe('PollLoop timer', () => {
  test('deferring and releasing while a run is in flight leave the timing to the end of the run', async () => {
    const { clock, loop, starts, finish } = heldLoop();
    loop.start();
    loop.deferFor(500);
    await clock.advance(500);
    expect(starts).toEqual([500]);
    loop.deferFor(5000);
    expect(clock.pendingTimers).toBe(0);
    loop.releaseDeferral();
    expect(clock.pendingTimers).toBe(0);
    await clock.advance(200);
    finish[0]?.();
    await clock.advance(0);
    // Released: the next run is one interval after this one started, not after the deferral.
    expect(clock.pendingTimers).toBe(1);
    expect(clock.nextTimerInMs()).toBe(800);
  });

  test('a stopped loop holds no timer, whatever is asked of it afterwards', async () => {
    const { clock, loop } = heldLoop();
    loop.start();
    await clock.advance(0);
    loop.stop();
    // Let the aborted run settle without firing timers: it must not schedule a start-over.
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.pendingTimers).toBe(0);
    loop.pollNow();
    loop.pollNow({ resetBackoff: true });
    loop.deferFor(1000);
    loop.releaseDeferral();
    expect(clock.pendingTimers).toBe(0);
  });

  test('a restart while a run ignores its abort waits for that run: runs never overlap', async () => {
    const { clock, loop, starts, finish, overlapped } = heldLoop({ hearsAbort: false });
    loop.start();
    await clock.advance(100);
    loop.stop();
    loop.start();
    await clock.advance(500);
    expect(starts).toEqual([0]);
    finish[0]?.();
    await clock.advance(2000);
    // The old run's end times the next run on its cadence (it started at 0).
    expect(starts).toEqual([0, 1000]);
    expect(overlapped()).toBe(false);
  });

  test('held back by another loop past its own backoff, a loop is no longer backing off once its backoff ends', async () => {
    const clock = new FakeClock();
    let runs = 0;
    const loop = new PollLoop({
      name: 'deferred',
      clock,
      log: silentLogger,
      intervalMs: () => 1000,
      backoff: { baseMs: 4000, capMs: 30_000 },
      random: () => 0.5,
      run: async () => {
        runs += 1;
        if (runs === 1) throw new PbxError({ kind: 'server', method: 'GET', path: '/x', status: 503 });
      },
    });
    loop.start();
    await clock.advance(0);
    // Own backoff: 0.5 * 4000 = 2000 ms; another loop's 429 holds every loop for 10 s.
    loop.deferFor(10_000);
    await clock.advance(1999);
    expect(loop.backingOff).toBe(true);
    await clock.advance(1);
    expect(loop.backingOff).toBe(false);
    await clock.advance(3000);
    expect(loop.backingOff).toBe(false);
    expect(runs).toBe(1);
  });
});
