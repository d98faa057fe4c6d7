import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import { PollLoop } from '../../../../electron/core/sync/poll-loop';
import { FakeClock } from '../../../harness/fake-clock';

/** A loop whose every run takes `durationMs()` of fake time; returns the run start times. */
function timedLoop(clock: FakeClock, durationMs: () => number, intervalMs = 1000) {
  const starts: number[] = [];
  const outcomes: (number | null)[] = [];
  const loop = new PollLoop({
    name: 'rate',
    clock,
    log: silentLogger,
    intervalMs: () => intervalMs,
    random: () => 1,
    run: async () => {
      starts.push(clock.monotonicMs());
      const took = durationMs();
      if (took > 0) await new Promise<void>((resolve) => clock.setTimeout(resolve, took));
    },
    onOutcome: (outcome) => outcomes.push(outcome.retryInMs),
  });
  return { loop, starts, outcomes };
}

describe('PollLoop at a fixed rate', () => {
  test('runs start one interval apart, however long each run takes within it', async () => {
    const clock = new FakeClock();
    const durations = [100, 350, 0, 999, 150];
    let next = 0;
    const { loop, starts, outcomes } = timedLoop(clock, () => durations[next++ % durations.length] ?? 0);
    loop.start();
    await clock.advance(5500);
    expect(starts).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    // What each run reported as the wait until the next: the rest of its interval.
    expect(outcomes.slice(0, 5)).toEqual([900, 650, 1000, 1, 850]);
    loop.stop();
  });

  test('a run longer than the interval skips the ticks it missed instead of catching up', async () => {
    const clock = new FakeClock();
    const { loop, starts } = timedLoop(clock, () => 2500);
    loop.start();
    await clock.advance(9500);
    // 0 -> ends 2500 -> next tick of the cadence 3000 -> ends 5500 -> 6000 -> ends 8500 -> 9000.
    expect(starts).toEqual([0, 3000, 6000, 9000]);
    loop.stop();
  });

  test('a run that takes its whole interval is followed by the next at once: still one per interval', async () => {
    const clock = new FakeClock();
    const { loop, starts } = timedLoop(clock, () => 1000);
    loop.start();
    await clock.advance(4500);
    expect(starts).toEqual([0, 1000, 2000, 3000, 4000]);
    loop.stop();
  });

  test('pollNow starts a run at once and the cadence counts from there', async () => {
    const clock = new FakeClock();
    const { loop, starts } = timedLoop(clock, () => 0);
    loop.start();
    await clock.advance(1300);
    loop.pollNow();
    await clock.advance(2000);
    expect(starts).toEqual([0, 1000, 1300, 2300, 3300]);
    loop.stop();
  });

  test('the interval is read at every scheduling, so a changed setting applies to the next run', async () => {
    const clock = new FakeClock();
    let intervalMs = 1000;
    const starts: number[] = [];
    const loop = new PollLoop({
      name: 'rate',
      clock,
      log: silentLogger,
      intervalMs: () => intervalMs,
      run: async () => {
        starts.push(clock.monotonicMs());
      },
    });
    loop.start();
    await clock.advance(1500);
    intervalMs = 250;
    await clock.advance(1000);
    expect(starts).toEqual([0, 1000, 2000, 2250, 2500]);
    loop.stop();
  });
});
