/**
 * Does the core keep memory while calls come and go? The real Companion (fake clock, no log kept)
 * follows a demo PBX that runs in a child process (so the PBX's own growing call history is not
 * counted) through 10,000 poll cycles: a call to the agent every 20 cycles, answered, missed or
 * taken by a colleague, plus the phonebook checks and today's-calls refreshes that come with them.
 * The global phonebook holds `PHONEBOOK` entries (default 100,000) and is reloaded in full every
 * 2,500 cycles (built aside, swapped in whole), so the old index must be let go each time.
 * Prints the core's heap (after forced GC) after 100 cycles and then every 1,000.
 * `CALL_EVERY=0` gives the idle baseline (connected, no calls), `CYCLES` another length.
 * Run: `npx tsx test/bench/calls-memory.bench.ts`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Companion } from '../../electron/core/companion';
import { silentLogger } from '../../electron/core/log';
import type { FetchLike, WindowManager } from '../../electron/core/ports';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import { FakeClock } from '../harness/fake-clock';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const cycles = Number(process.env.CYCLES ?? 10_000);
/** A call to the agent every this many cycles; 0: none (the idle baseline). */
const callEvery = Number(process.env.CALL_EVERY ?? 20);
const phonebookSize = Number(process.env.PHONEBOOK ?? 100_000);
const reloadEvery = 2500;
const password = 'bench-memory';

async function startPbxProcess(): Promise<{
  child: ChildProcess;
  baseUrl: string;
  origin: string;
  simToken: string;
}> {
  const cli = fileURLToPath(new URL('../../electron/demo-pbx/cli.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, '--port', '0', '--password', password, '--phonebook', String(phonebookSize)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  // The CLI prints the server address and the token its /_sim/ API wants.
  const [baseUrl, simToken] = await new Promise<[string, string]>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /server address: (\S+)/.exec(output)?.[1];
      const token = /sim token: +(\S+)/.exec(output)?.[1];
      if (address && token) resolve([address, token]);
    });
    child.once('exit', (code) => reject(new Error(`demo PBX exited with ${code}`)));
  });
  return { child, baseUrl, origin: new URL(baseUrl).origin, simToken };
}

const pbx = await startPbxProcess();
const sim = async (operation: string, body: object): Promise<{ phonecallId?: number }> => {
  const response = await fetch(`${pbx.origin}/_sim/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sim-token': pbx.simToken },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { phonecallId?: number };
};

let inFlight = 0;
const trackingFetch: FetchLike = async (url, init) => {
  inFlight += 1;
  try {
    return await fetch(url, init);
  } finally {
    inFlight -= 1;
  }
};
const windows: WindowManager = {
  openPopup() {},
  closePopup() {},
  showPanel() {},
  openSettings() {},
  openExternal: () => true,
};
const clock = new FakeClock();
const companion = await Companion.create({
  fetch: trackingFetch,
  clock,
  log: silentLogger,
  settingsFile: new MemorySettingsFile(),
  secrets: new MemorySecretStore(null),
  windows,
  app: { version: 'bench', platform: 'linux', preview: false, systemLocale: 'en-GB' },
});

async function settle(): Promise<void> {
  for (let i = 0; i < 1000 && (inFlight > 0 || i < 2); i++)
    await new Promise((resolve) => setImmediate(resolve));
}

async function cycle(index: number): Promise<void> {
  if (index % reloadEvery === reloadEvery / 2)
    await companion.runCommand('phonebook/reload', {}, { window: 'panel' });
  if (callEvery === 0) {
    await clock.advance(1000);
    await settle();
    return;
  }
  const phase = index % callEvery;
  if (phase === 0) {
    const queue = index % (3 * callEvery) === 0;
    current = (
      await sim('startInboundCall', { from: `+49895550${index % 1000}`, to: queue ? 'Support' : 'tsander' })
    ).phonecallId;
  }
  if (phase === 4 && current !== undefined) {
    const outcome = Math.floor(index / callEvery) % 3;
    if (outcome === 0) await sim('answer', { phonecallId: current, by: 'tsander' });
    if (outcome === 1) await sim('answer', { phonecallId: current, by: 'ameyer' });
  }
  if (phase === 12 && current !== undefined) await sim('hangup', { phonecallId: current }).catch(() => ({}));
  if (phase === 15) {
    for (const card of companion.state.calls.missedCallCards)
      await companion.runCommand('popup/dismiss', { callId: card.call.id }, { window: 'popup' });
  }
  await clock.advance(1000);
  await settle();
}
let current: number | undefined;

function heapMiB(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

await companion.runCommand(
  'connection/connect',
  {
    serverAddress: pbx.baseUrl,
    auth: { kind: 'password', apiUser: 'api', apiPassword: password },
    username: 'tsander',
  },
  { window: 'settings' },
);
// The first load of the whole phonebook, before the heap is first measured.
for (let i = 0; i < 10_000 && companion.state.calls.phonebook.status !== 'ready'; i++) {
  await clock.advance(250);
  await settle();
}
const samples: [number, number][] = [];
const started = Date.now();
for (let index = 1; index <= cycles; index++) {
  await cycle(index);
  if (index === 100 || index % 1000 === 0) samples.push([index, heapMiB()]);
}
const state = companion.state;
await companion.dispose();
pbx.child.kill('SIGTERM');

const [, atHundred] = samples[0] ?? [0, 0];
const [, atEnd] = samples.at(-1) ?? [0, 0];
console.log(
  `${cycles} poll cycles (${((Date.now() - started) / 1000).toFixed(0)} s), ` +
    (callEvery ? `a call every ${callEvery} cycles` : 'no calls (the idle baseline)') +
    `, ${phonebookSize.toLocaleString('en')}-entry phonebook reloaded every ${reloadEvery} cycles`,
);
console.log(`core heap after GC: ${samples.map(([at, mib]) => `${at}: ${mib.toFixed(2)} MiB`).join(', ')}`);
console.log(
  `after 100 cycles ${atHundred.toFixed(2)} MiB, after ${cycles} ${atEnd.toFixed(2)} MiB: ${atEnd - atHundred >= 0 ? '+' : ''}${(atEnd - atHundred).toFixed(2)} MiB`,
);
const settled = samples.filter(([at]) => at >= 2000).map(([, mib]) => mib);
if (settled.length > 1) {
  console.log(
    `from 2,000 cycles on (today's list full at its cap of 100 calls): ${Math.min(...settled).toFixed(2)}` +
      `..${Math.max(...settled).toFixed(2)} MiB, last minus first ${((settled.at(-1) ?? 0) - (settled[0] ?? 0)).toFixed(2)} MiB`,
  );
}
console.log(
  `state at the end: ${state.calls.live.length} calls, ${state.calls.popups.length} popups, ${state.calls.missedCallCards.length} cards, ` +
    `${state.calls.recent.length} recent calls, phonebook ${state.calls.phonebook.status} (${state.calls.phonebook.contacts} contacts)`,
);
console.log('goal: no growth beyond noise');
