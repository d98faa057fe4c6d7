/**
 * What a 60 s PBX outage costs and how fast the app comes back: the real core (fake clock for its
 * timers, real HTTP) against the demo PBX, which is stopped for 60 s and started again on the same
 * port. Repeated, because the backoff is jittered. Prints requests during the outage and the time
 * from the PBX being back to the app being online.
 */
import { startDemoPbx } from '../../electron/demo-pbx/index';
import { createCompanionFixture } from '../harness/companion-fixture';

const runs = Number(process.env.RUNS ?? 10);
const attempts: number[] = [];
const recoveries: number[] = [];

for (let run = 0; run < runs; run++) {
  let pbx = await startDemoPbx({ apiPassword: 'bench' });
  const port = Number(new URL(pbx.origin).port);
  const fixture = await createCompanionFixture();
  await fixture.connect({ serverAddress: pbx.baseUrl, apiPassword: 'bench' });
  await fixture.pump(3000);
  await pbx.close();
  const countAttempts = () =>
    fixture.logLines.filter((line) => line.includes('"pbx request"') && line.includes('"offline"')).length;
  const before = countAttempts();
  await fixture.pump(60_000, 250);
  attempts.push(countAttempts() - before);
  pbx = await startDemoPbx({ apiPassword: 'bench', port });
  const backAt = fixture.clock.now();
  await fixture.until(() => fixture.companion.state.connection.status === 'online', 60_000);
  recoveries.push(fixture.clock.now() - backAt);
  await fixture.companion.dispose();
  await pbx.close();
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const pick = (values: number[], q: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
console.log(`runs: ${runs} (backoff 1 s base, 30 s cap, full jitter)`);
console.log(
  `requests during a 60 s outage: min ${pick(attempts, 0)}, median ${pick(attempts, 0.5)}, max ${pick(attempts, 0.999)}`,
);
console.log(
  `online again after the PBX is back: p50 ${(pick(recoveries, 0.5) / 1000).toFixed(1)} s, max ${(pick(recoveries, 0.999) / 1000).toFixed(1)} s`,
);
console.log('(naive 1 s polling would have made 60 requests)');
