/**
 * Bad data from the PBX, in real time: the real core (system clock, Math.random jitter, real HTTP)
 * against the demo PBX in hostile mode and against a normal one, side by side for 10 minutes
 * (`BENCH_MINUTES` to change), a normal call ringing the agent every 40 s on each. Prints, for both:
 * requests/s (mean after the first 10 s, and the busiest 1 s and 10 s), time offline, popups
 * missed, distinct records dropped and fields ignored, and how often the request ceiling was hit.
 *
 * What it does not cover: a PBX over a real network (loopback only), Electron's net.fetch (Node's
 * fetch here), the renderer (only the core's state and window decisions).
 */
import { runSession, type SessionRunResult } from '../harness/session-run';

const minutes = Number(process.env.BENCH_MINUTES ?? 10);
const options = { durationMs: minutes * 60_000, callEveryMs: 40_000, stepMs: 250, realTime: true };

console.log(`${minutes} min real time, normal and hostile demo PBX side by side, a call every 40 s each`);
const [normal, hostile] = await Promise.all([
  runSession({ ...options, hostile: false }),
  runSession({ ...options, hostile: true }),
]);

const row = (label: string, value: (result: SessionRunResult) => string) =>
  console.log(`${label.padEnd(34)}${value(normal).padStart(12)}${value(hostile).padStart(12)}`);
console.log(`${''.padEnd(34)}${'normal'.padStart(12)}${'hostile'.padStart(12)}`);
row('requests/s, mean (after 10 s)', (r) => r.meanPerSecond.toFixed(2));
row('requests/s, busiest 10 s', (r) => r.maxPer10Seconds.toFixed(1));
row('requests/s, busiest 1 s', (r) => String(r.maxPerSecond));
row('requests in total', (r) => String(r.requests.length));
row('time offline', (r) => `${(r.offlineMs / 1000).toFixed(1)} s`);
row('calls rung / popups missed', (r) => `${r.callsRung} / ${r.popupsMissed}`);
row('records dropped (distinct)', (r) => String(r.recordsDropped));
row('fields ignored (distinct)', (r) => String(r.fieldsIgnored));
row('request ceiling hit', (r) => String(r.ceilingHits));
console.log(
  `hostile/normal mean request rate: ${(hostile.meanPerSecond / normal.meanPerSecond).toFixed(2)}x`,
);

for (const result of [normal, hostile]) {
  await result.driver.companion.dispose();
  await result.pbx.close();
}
