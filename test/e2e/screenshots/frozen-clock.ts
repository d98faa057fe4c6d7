/**
 * A fixed start for the clock of this worker's core and demo PBX (and the same in the browser), so
 * "today", times of day and the demo's seeded history are the same on every run. Time still runs
 * from that start (polls and timeouts need it); running timers are masked in the screenshots.
 */
export const frozenStartMs = Date.UTC(2026, 2, 10, 10, 30, 0);
export const screenshotTimeZone = 'Europe/Berlin';

export function shiftClock(): () => void {
  const realNow = Date.now;
  const realTz = process.env.TZ;
  const offset = frozenStartMs - realNow();
  Date.now = () => realNow() + offset;
  process.env.TZ = screenshotTimeZone;
  return () => {
    Date.now = realNow;
    if (realTz === undefined) delete process.env.TZ;
    else process.env.TZ = realTz;
  };
}
