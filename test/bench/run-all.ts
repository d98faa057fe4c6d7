/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` one after the other (each is also runnable
 * on its own with `npx tsx test/bench/<name>.bench.ts`) and prints their figures. Benchmarks
 * measure; they do not assert, and they are not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${folder}${name}`], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
  console.log(
    `=== ${name}: ${result.status === 0 ? 'done' : `exit ${result.status}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
process.exit(failed === 0 ? 0 : 1);
