/**
 * What one agent's app costs a busy PBX, on the wire: the real core (its timers on a fake clock,
 * real HTTP on loopback) against the demo PBX carrying 50 concurrent calls of other users, beside
 * naive `/cdr/live` polling every second. Wire bytes are counted by the demo PBX per exchange
 * (request line, headers and body both ways, plain HTTP, keep-alive), so the HTTP headers of the
 * small polls count as much as they cost. Phases, each measured on its own:
 * - idle, panel hidden (only the tray on screen): the headline;
 * - idle, panel on screen (the queue figures are polled every 2 s then);
 * - ringing (a call rings the agent, nobody answers, for a minute);
 * - a 10-minute call (answered, then talking).
 * Both the app and naive polling go through the preview's Node network (lean headers, the app's
 * User-Agent, as Electron sends them: electron/preview/lean-request-headers.ts), so the headers
 * counted are the app's, not Node fetch's defaults.
 * Run: `npx tsx test/bench/calls-load.bench.ts` (`CALLS` background calls, default 50; `POLL_MS` another
 * own-state poll than the default, to see what the trade-off between latency and PBX cost buys).
 */
import { pbxUserAgent } from '../../electron/core/pbx/user-agent';
import { type DemoPbx, type RecordedRequest, startDemoPbx } from '../../electron/demo-pbx/index';
import { createNodeTlsTrust } from '../../electron/preview/node-tls-trust';
import packageJson from '../../package.json' with { type: 'json' };
import { createCompanionFixture } from '../harness/companion-fixture';

const backgroundCalls = Number(process.env.CALLS ?? 50);
const password = 'bench';

const network = createNodeTlsTrust({ userAgent: pbxUserAgent(packageJson.version) });
const fixture = await createCompanionFixture({ fetch: network.fetch });
const pbx = await startDemoPbx({ apiPassword: password, now: () => fixture.clock.now() });
pbx.sim.addBackgroundCalls(backgroundCalls);
await fixture.connect({ serverAddress: pbx.baseUrl, apiPassword: password });
if (process.env.POLL_MS)
  await fixture.companion.runCommand(
    'settings/update',
    { presencePollIntervalMs: Number(process.env.POLL_MS) },
    { window: 'settings' },
  );
await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready');
await fixture.pump(10_000, 250);

interface Cost {
  requests: number;
  wire: number;
  body: number;
  byEndpoint: Map<string, { count: number; wire: number }>;
}

/** Requests per minute and bytes per minute of what the app asked during `minutes` of app time. */
async function measure(minutes: number, during?: () => Promise<void>): Promise<Cost> {
  pbx.clearRequests();
  if (during) await during();
  else await fixture.pump(minutes * 60_000, 250);
  // The wire count of the last exchange lands when its answer has left.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return costOf(
    pbx.requests.filter((entry) => entry.authorized),
    minutes,
  );
}

function costOf(entries: readonly RecordedRequest[], minutes: number): Cost {
  const byEndpoint = new Map<string, { count: number; wire: number }>();
  for (const entry of entries) {
    const key = `${entry.method} ${entry.path.replace(/\/$/, '')}`;
    const sum = byEndpoint.get(key) ?? { count: 0, wire: 0 };
    sum.count += 1 / minutes;
    sum.wire += entry.wireBytes / minutes;
    byEndpoint.set(key, sum);
  }
  return {
    requests: entries.length / minutes,
    wire: entries.reduce((sum, entry) => sum + entry.wireBytes, 0) / minutes,
    body: entries.reduce((sum, entry) => sum + entry.responseBytes, 0) / minutes,
    byEndpoint,
  };
}

fixture.companion.panelVisibility(false);
await fixture.pump(5000, 250);
const idleHidden = await measure(10);
fixture.companion.panelVisibility(true);
await fixture.pump(5000, 250);
const idleShown = await measure(5);
fixture.companion.panelVisibility(false);
await fixture.pump(5000, 250);

const ringing = await measure(1, async () => {
  const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555123', to: 'tsander' });
  await fixture.pump(60_000, 250);
  pbx.sim.hangup(phonecallId);
});
await fixture.pump(10_000, 250);
let inCall: Cost | null = null;
{
  const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555124', to: 'tsander' });
  await fixture.pump(3000, 250);
  pbx.sim.answer(phonecallId);
  await fixture.pump(3000, 250);
  inCall = await measure(10);
  pbx.sim.hangup(phonecallId);
}
await fixture.companion.dispose();

// Naive: the whole live list every second, on one keep-alive connection like the app's.
const naive = await naiveCost(pbx);
await pbx.close();
await network.close();

async function naiveCost(demo: DemoPbx): Promise<Cost> {
  const authorization = `Basic ${Buffer.from(`${demo.apiUser}:${password}`).toString('base64')}`;
  demo.clearRequests();
  for (let i = 0; i < 60; i++) {
    const response = await network.fetch(`${demo.baseUrl}/services/cdr/live`, {
      method: 'GET',
      headers: { authorization, accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
      redirect: 'manual',
    });
    await response.arrayBuffer();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return costOf(demo.requests, 1);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (name: string, cost: Cost) =>
  `${name.padEnd(34)} ${cost.requests.toFixed(1).padStart(6)} req/min ${kib(cost.wire).padStart(11)}/min on the wire ` +
  `${kib(cost.body).padStart(10)}/min bodies   naive/app ${(naive.wire / cost.wire).toFixed(1)}x on the wire`;
const presenceMs = fixture.companion.state.settings.presencePollIntervalMs;
console.log(
  `PBX with ${backgroundCalls} concurrent calls of other users; own-state poll every ${presenceMs} ms; wire bytes as counted by the PBX`,
);
console.log(line('naive /cdr/live every second', naive));
console.log(line('app idle, panel hidden (headline)', idleHidden));
console.log(line('app idle, panel on screen', idleShown));
console.log(line('app ringing (a minute, unanswered)', ringing));
console.log(line('app in a 10-minute call', inCall));
console.log('idle, panel hidden, per endpoint:');
for (const [endpoint, sum] of [...idleHidden.byEndpoint.entries()].sort((a, b) => b[1].wire - a[1].wire)) {
  console.log(
    `  ${endpoint}: ${sum.count.toFixed(2)} req/min, ${kib(sum.wire)}/min (${Math.round(sum.wire / sum.count)} bytes each)`,
  );
}
console.log('in a call, per endpoint:');
for (const [endpoint, sum] of [...inCall.byEndpoint.entries()].sort((a, b) => b[1].wire - a[1].wire)) {
  console.log(`  ${endpoint}: ${sum.count.toFixed(2)} req/min, ${kib(sum.wire)}/min`);
}
const agents = [1, 10, 50, 200];
console.log(
  `N agents on one PBX, all idle with the panel hidden (naive: each its own /cdr/live every second): ${agents
    .map(
      (n) =>
        `${n}: ${(n * idleHidden.requests) / 60 < 10 ? ((n * idleHidden.requests) / 60).toFixed(1) : Math.round((n * idleHidden.requests) / 60)} req/s, ${kib((n * idleHidden.wire) / 60)}/s (naive ${kib((n * naive.wire) / 60)}/s)`,
    )
    .join('; ')}`,
);
console.log('goal: idle with the panel hidden at least 50x fewer wire bytes than naive');
