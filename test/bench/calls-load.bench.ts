/**
 * What one idle agent's app costs a busy PBX: the real core (its timers on a fake clock, real
 * HTTP on loopback) against the demo PBX carrying 50 concurrent calls of other users, measured
 * over 10 minutes of app time after connecting; beside naive `/cdr/live` polling every second.
 * Both poll once a second, so a ring is seen as fast by both (the detection delay is printed too).
 * Bytes are response bodies as the PBX logs them, plus the measured HTTP overhead per exchange.
 * Run: `npx tsx test/bench/calls-load.bench.ts`.
 */
import { request } from 'node:http';
import { type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';
import { createCompanionFixture } from '../harness/companion-fixture';

const backgroundCalls = Number(process.env.CALLS ?? 50);
const windowMinutes = 10;
const password = 'bench';

/** Wire bytes of one GET beyond its body (request line, headers both ways), on a fresh socket. */
async function httpOverheadBytes(pbx: DemoPbx, path: string): Promise<number> {
  const authorization = `Basic ${Buffer.from(`${pbx.apiUser}:${password}`).toString('base64')}`;
  return new Promise((resolve, reject) => {
    const req = request(
      `${pbx.baseUrl}/services/${path}`,
      { headers: { authorization }, agent: false },
      (res) => {
        let body = 0;
        res.on('data', (chunk: Buffer) => {
          body += chunk.length;
        });
        res.on('end', () => resolve((req.socket?.bytesRead ?? 0) - body + (req.socket?.bytesWritten ?? 0)));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const fixture = await createCompanionFixture();
const pbx = await startDemoPbx({ apiPassword: password, now: () => fixture.clock.now() });
pbx.sim.addBackgroundCalls(backgroundCalls);
await fixture.connect({ serverAddress: pbx.baseUrl, apiPassword: password });
await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready');
await fixture.pump(10_000, 250);
const overhead = await httpOverheadBytes(pbx, 'identity/states?keys=tsander');

pbx.clearRequests();
await fixture.pump(windowMinutes * 60_000, 250);
const requests = pbx.requests.filter((entry) => entry.authorized);
const byEndpoint = new Map<string, { count: number; bytes: number }>();
for (const entry of requests) {
  const key = `${entry.method} ${entry.path.replace(/\/$/, '')}`;
  const sum = byEndpoint.get(key) ?? { count: 0, bytes: 0 };
  sum.count += 1;
  sum.bytes += entry.responseBytes;
  byEndpoint.set(key, sum);
}
const perMinute = (value: number) => value / windowMinutes;
/** What the calls feature asks for (call detection, caller history, phonebook freshness). */
const isCallsFeature = (path: string) => /^\/services\/(identity\/states|cdr|phonebook)/.test(path);
function totals(entries: typeof requests) {
  const count = perMinute(entries.length);
  const body = perMinute(entries.reduce((sum, entry) => sum + entry.responseBytes, 0));
  return { count, body, wire: body + count * overhead };
}
const calls = totals(requests.filter((entry) => isCallsFeature(entry.path)));
const app = totals(requests);

// Detection delay: calls to the agent at random moments; ring to popup decision, in app time.
const delays: number[] = [];
for (let i = 0; i < 20; i++) {
  await fixture.pump(1000 + Math.floor(Math.random() * 1000), 10);
  const started = fixture.clock.now();
  const opened = fixture.windows.events.length;
  const { phonecallId } = pbx.sim.startInboundCall({ from: `+4930555${1000 + i}`, to: 'tsander' });
  await fixture.until(
    () => fixture.windows.events.slice(opened).some((event) => event.startsWith('open:')),
    5000,
  );
  delays.push(fixture.clock.now() - started);
  pbx.sim.hangup(phonecallId);
  await fixture.pump(3000, 100);
}
await fixture.companion.dispose();

// Naive: the whole live list every second.
const authorization = `Basic ${Buffer.from(`${pbx.apiUser}:${password}`).toString('base64')}`;
pbx.clearRequests();
for (let i = 0; i < 60; i++) {
  const response = await fetch(`${pbx.baseUrl}/services/cdr/live`, { headers: { authorization } });
  await response.arrayBuffer();
}
const naive = pbx.requests.filter((entry) => entry.path.startsWith('/services/cdr/live'));
const naiveBodyBytes = naive.reduce((sum, entry) => sum + entry.responseBytes, 0);
const naiveWireBytes = naiveBodyBytes + naive.length * overhead;
await pbx.close();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sorted = [...delays].sort((a, b) => a - b);
console.log(
  `PBX with ${backgroundCalls} concurrent calls of other users; one idle agent; ${windowMinutes} min of app time`,
);
console.log('the app, per minute:');
for (const [endpoint, sum] of [...byEndpoint.entries()].sort((a, b) => b[1].count - a[1].count)) {
  console.log(
    `  ${endpoint}: ${perMinute(sum.count).toFixed(1)} requests, ${kb(perMinute(sum.bytes))} bodies`,
  );
}
console.log(
  `  calls feature: ${calls.count.toFixed(1)} requests/min, ${kb(calls.body)}/min bodies, ~${kb(calls.wire)}/min on the wire`,
);
console.log(
  `  whole app (with the queue and voicemail features): ${app.count.toFixed(1)} requests/min, ${kb(app.body)}/min bodies, ~${kb(app.wire)}/min on the wire`,
);
console.log(
  `naive /cdr/live every second: 60 requests/min, ${kb(naiveBodyBytes)}/min bodies (${kb(naiveBodyBytes / 60)} each), ~${kb(naiveWireBytes)}/min on the wire`,
);
console.log(
  `ratio naive/calls feature: ${(naiveBodyBytes / calls.body).toFixed(0)}x bodies, ${(naiveWireBytes / calls.wire).toFixed(0)}x on the wire; ` +
    `naive/whole app: ${(naiveBodyBytes / app.body).toFixed(0)}x bodies, ${(naiveWireBytes / app.wire).toFixed(0)}x on the wire ` +
    `(HTTP overhead measured: ${overhead} bytes/exchange)`,
);
console.log(
  `ring-to-popup decision in the core (1 s poll, app time, 20 calls): p50 ${sorted[10]} ms, max ${sorted.at(-1)} ms (naive 1 s polling: the same 0-1 s wait)`,
);
console.log('goal: at least 20x fewer bytes than naive at equal latency');
