import { expect, test } from 'vitest';
import { SleepDetector } from '../../../../electron/core/sync/sleep-detector';
import { FakeClock } from '../../../harness/fake-clock';

test('a wall-clock jump between two ticks is reported as a wake-up, normal ticking is not', async () => {
  const clock = new FakeClock();
  const wakes: number[] = [];
  const detector = new SleepDetector({ clock, onWake: (sleptMs) => wakes.push(sleptMs) });
  detector.start();
  await clock.advance(60_000);
  expect(wakes).toEqual([]);
  clock.jumpWallClock(10 * 60_000); // the lid was closed for ten minutes
  await clock.advance(5000);
  expect(wakes).toEqual([10 * 60_000]);
  await clock.advance(30_000);
  expect(wakes).toHaveLength(1);
  detector.stop();
  expect(clock.pendingTimers).toBe(0);
});
