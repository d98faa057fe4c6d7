// Electronegativity (Doyensec's Electron security scanner) over the app's sources, electron/ and
// renderer/, as part of `npm test`: any HIGH or MEDIUM finding fails the run, and so does a file it
// could not parse (a file it cannot read is a file it did not check).
//
// Both folders are scanned as one application (symlinked into a temporary folder with the
// package.json that names the Electron version), so that the global checks see the main process
// (navigation limits, permission handler) and the pages (CSP) together. A false positive is
// suppressed where it occurs, with an `eng-disable <CHECK>` comment that says why.
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const scanned = ['electron', 'renderer'];
const failingSeverities = new Set(['HIGH', 'MEDIUM']);

function countSources(folder) {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) count += countSources(path);
    else if (/\.(ts|js|html)$/.test(entry.name)) count += 1;
  }
  return count;
}

const packageJson = require(join(repoRoot, 'package.json'));
const electronVersion = packageJson.devDependencies.electron.replace(/^[^\d]*/, '');
const workspace = mkdtempSync(join(tmpdir(), 'electronegativity-'));
try {
  for (const folder of scanned) symlinkSync(join(repoRoot, folder), join(workspace, folder), 'dir');
  writeFileSync(
    join(workspace, 'package.json'),
    JSON.stringify({ name: packageJson.name, devDependencies: { electron: electronVersion } }),
  );
  const run = require('@doyensec/electronegativity');
  // Its first lines ("Could not retrieve updated translations", "fetching Electron's releases")
  // come from look-ups on the internet it makes and survives without; they change nothing here.
  const result = await run(
    {
      input: workspace,
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const files = scanned.reduce((sum, folder) => sum + countSources(join(repoRoot, folder)), 0);
  const failing = result.issues.filter((issue) => failingSeverities.has(issue.severity.name));
  const others = result.issues.length - failing.length;
  const unparsed = result.errors.filter((error) => !error.tolerable);
  console.log(
    `electronegativity ${require('@doyensec/electronegativity/package.json').version}: ` +
      `${files} files of ${scanned.join('/, ')}/ with ${result.atomicChecks} checks and ` +
      `${result.globalChecks} global checks (Electron ${electronVersion}): ` +
      `${failing.length} HIGH/MEDIUM, ${others} LOW/INFORMATIONAL, ${unparsed.length} files not parsed`,
  );
  for (const issue of result.issues) {
    const where = issue.file === 'N/A' ? '(global)' : `${issue.file}:${issue.location.line}`;
    console.log(`  ${issue.severity.name} ${issue.id} ${where}: ${issue.description}`);
    if (issue.sample && issue.sample !== 'N/A')
      console.log(`      ${String(issue.sample).trim().slice(0, 160)}`);
  }
  for (const error of unparsed) console.log(`  not parsed: ${error.file}: ${error.message}`);
  process.exitCode = failing.length > 0 || unparsed.length > 0 || files === 0 ? 1 : 0;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
