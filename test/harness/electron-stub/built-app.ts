/**
 * The built app the boot and pack tests check. `npm test` builds before the tests run; a test run
 * on its own builds what is missing or older than its sources, one build at a time (a lock folder
 * keeps parallel test files from emptying each other's output).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export const built = {
  main: join(repoRoot, 'dist', 'main', 'index.js'),
  preload: join(repoRoot, 'dist', 'preload', 'index.cjs'),
  renderer: join(repoRoot, 'dist', 'renderer'),
};

interface Target {
  output: string;
  config: string;
  sources: string[];
}

const targets: Target[] = [
  {
    output: join(built.renderer, 'panel.html'),
    config: 'renderer/vite.config.ts',
    sources: ['renderer', 'electron/shared'],
  },
  {
    output: built.main,
    config: 'electron/vite.main.config.ts',
    sources: ['electron/main', 'electron/core', 'electron/shared', 'electron/demo-pbx', 'assets/tray'],
  },
  {
    output: built.preload,
    config: 'electron/vite.preload.config.ts',
    sources: ['electron/preload', 'electron/shared'],
  },
];

function newestMtimeMs(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  }
  return newest;
}

function isStale(target: Target): boolean {
  const output = statSync(target.output, { throwIfNoEntry: false });
  if (!output) return true;
  return target.sources.some((source) => newestMtimeMs(join(repoRoot, source)) > output.mtimeMs);
}

const staleLockMs = 5 * 60_000;

function withBuildLock<T>(run: () => T): T {
  const lock = join(repoRoot, '.tmp', 'build.lock');
  mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left behind by a killed run is older than any build takes.
      const lockAgeMs = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (lockAgeMs > staleLockMs) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`build lock ${lock} held for too long; remove it if no build runs`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the targets that are missing or stale; returns the configs it built. */
export function ensureBuilt(): string[] {
  return withBuildLock(() => {
    const rebuilt: string[] = [];
    for (const target of targets) {
      if (!isStale(target)) continue;
      execFileSync(
        process.execPath,
        [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', target.config],
        {
          cwd: repoRoot,
          stdio: 'pipe',
        },
      );
      rebuilt.push(target.config);
    }
    return rebuilt;
  });
}

export function isBuilt(): boolean {
  return existsSync(built.main) && existsSync(built.preload) && existsSync(built.renderer);
}
