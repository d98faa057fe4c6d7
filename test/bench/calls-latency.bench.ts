/**
 * Ring -> caller's name on screen, at 0, 50, 100 and 150 ms PBX round trip, with the scheduling of
 * the tree before issue 16 (a 1 s own-state poll counted from the end of each run, states and live
 * list one after the other) beside the current one (a fixed rate, by default every 750 ms). Both
 * run the same measurement (latency-run.ts: preview host, desk in Chromium) against the same demo
 * PBX (the current one, whose round-trip option the old tree lacks); the old tree is taken from git
 * into a temporary folder. Needs the built renderer (`npm run build:renderer`).
 * `CALLS` per round trip (default 24), `ROUND_TRIPS`, `BASELINE` (a commit; default the tree before).
 * Run: `npx tsx test/bench/calls-latency.bench.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The last commit before issue 16 changed how the calls are polled. */
const baseline = process.env.BASELINE ?? '0cab7ee6c91dfc2e4e471706f6f92934f09a5cb7';
const root = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = join(root, 'dist/renderer');
if (!existsSync(join(rendererDir, 'popup.html')))
  throw new Error('build the renderer first: npm run build:renderer');

function baselineTree(): string {
  const dir = join(tmpdir(), `pascom-bench-baseline-${baseline.slice(0, 12)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', baseline, 'electron', 'package.json'], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  // The same demo PBX and measurement on both sides.
  rmSync(join(dir, 'electron/demo-pbx'), { recursive: true, force: true });
  cpSync(join(root, 'electron/demo-pbx'), join(dir, 'electron/demo-pbx'), { recursive: true });
  mkdirSync(join(dir, 'test/bench'), { recursive: true });
  cpSync(join(root, 'test/bench/latency-run.ts'), join(dir, 'test/bench/latency-run.ts'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

interface Run {
  pollMs: number;
  results: Record<string, number[]>;
}

function measure(tree: string): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(tree, 'test/bench/latency-run.ts')], {
    cwd: tree,
    env: { ...process.env, RENDERER_DIR: rendererDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`latency run in ${tree} failed`);
  return JSON.parse(line) as Run;
}

const percentile = (samples: number[], q: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

const oldTree = baselineTree();
const before = measure(oldTree);
const after = measure(root);
rmSync(oldTree, { recursive: true, force: true });

const calls = Object.values(after.results)[0]?.length ?? 0;
console.log(
  `ring -> caller's name in the popup (Chromium, preview desk), ${calls} calls per round trip, rung at random moments of the poll cycle`,
);
console.log(
  `before issue 16: ${before.pollMs} ms poll counted from the end of each run, live list after the states answer`,
);
console.log(`now:             ${after.pollMs} ms poll at a fixed rate`);
console.log('round trip   before p50 / p95        now p50 / p95          p95 now/before');
for (const roundTrip of Object.keys(after.results)) {
  const a = before.results[roundTrip] ?? [];
  const b = after.results[roundTrip] ?? [];
  console.log(
    `${`${roundTrip} ms`.padEnd(12)} ${s(percentile(a, 0.5))} / ${s(percentile(a, 0.95))}    ${s(percentile(b, 0.5))} / ${s(percentile(b, 0.95))}    ${(percentile(b, 0.95) / percentile(a, 0.95)).toFixed(2)}`,
  );
}
console.log('goal: p95 under 1.0 s at 100 ms round trip');
