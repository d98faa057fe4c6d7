import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|cjs|svelte)$/.test(name) ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

// `import type` is erased at build time, so only value imports (and require/dynamic import) count.
const electronImport =
  /^\s*import\s+(?!type\b)[^;]*?from\s+['"]electron(?:\/[^'"]*)?['"]|^\s*import\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/m;

describe('the Electron-free core', () => {
  test.each(['electron/core', 'electron/demo-pbx', 'electron/preview', 'electron/shared', 'renderer/src'])(
    'nothing under %s imports electron',
    (folder) => {
      const offenders = sourceFiles(join(root, folder)).filter((file) =>
        electronImport.test(readFileSync(file, 'utf8')),
      );
      expect(offenders.map((file) => relative(root, file))).toEqual([]);
    },
  );

  test('the check itself recognises an electron import', () => {
    expect(electronImport.test("import { app } from 'electron';")).toBe(true);
    expect(electronImport.test("const { net } = require('electron');")).toBe(true);
    expect(electronImport.test("import type { Tray } from 'electron';")).toBe(false);
  });

  test('the core and the contract import neither host (Electron main, the browser preview)', () => {
    const offenders = ['electron/core', 'electron/shared'].flatMap((folder) =>
      sourceFiles(join(root, folder)).filter((file) =>
        importsOf(readFileSync(file, 'utf8')).some((path) => /(^|\/)(main|preview)\//.test(path)),
      ),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  test('only the preview and the tests use the preview host', () => {
    const offenders = [
      'electron/core',
      'electron/main',
      'electron/shared',
      'electron/demo-pbx',
      'renderer/src',
    ]
      .flatMap((folder) => sourceFiles(join(root, folder)))
      .filter((file) => importsOf(readFileSync(file, 'utf8')).some((path) => path.includes('/preview/')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  test("a feature reaches another only through the contract, never through the other's folder", () => {
    const list = readFileSync(join(root, 'electron/core/feature-list.ts'), 'utf8');
    const features = [...list.matchAll(/from '\.\/([a-z-]+)\/index'/g)].map((match) => match[1] ?? '');
    expect(features).toContain('calls');
    const offenders = features.flatMap((feature) =>
      sourceFiles(join(root, 'electron/core', feature)).flatMap((file) =>
        importsOf(readFileSync(file, 'utf8'))
          .filter((path) => features.some((other) => other !== feature && path.startsWith(`../${other}/`)))
          .map((path) => `${relative(root, file)} -> ${path}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  test('the renderer reaches the core only through the contract', () => {
    const offenders = sourceFiles(join(root, 'renderer/src')).filter((file) => {
      const imports = importsOf(readFileSync(file, 'utf8'));
      // The contract is contract.ts, the feature fragments it is composed of and its vocabulary.
      // Besides it only name folding, so that the renderer's filters match as the core's searches
      // do (pure functions of a string: no state, nothing of the core).
      return imports.some(
        (path) =>
          path.includes('electron/') &&
          !path.endsWith('electron/shared/contract') &&
          !path.endsWith('electron/shared/vocabulary') &&
          !path.endsWith('electron/shared/name-fold') &&
          !/electron\/shared\/features\/[a-z-]+$/.test(path),
      );
    });
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
