/**
 * Packs the built app with electron-builder, as `npm run dist` would for Linux, against a stand-in
 * Electron (the real one cannot be downloaded here), and checks what ends up in the archive.
 *
 * Offline flags: `-c.electronDist=<stand-in>` (no Electron zip download) and `-c.npmRebuild=false`
 * (no Electron headers download for keytar). The fuses need no download but do need Electron's
 * fuse sentinel in the binary, so the stand-in carries one, and the test reads the wire back.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appId } from '../../electron/main/app-identity';
import { ensureBuilt, repoRoot } from '../harness/electron-stub/built-app';

const run = promisify(execFile);

/** @electron/fuses looks for this, then a version byte, a length byte and one byte per fuse. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 41's defaults, in wire order: runAsNode ... grantFileProtocolExtraPrivileges. */
const defaultFuses = '10110001';

let workspace: string;
let appDir: string;
let asarPath: string;
let entries: string[];
let packSeconds: number;

beforeAll(async () => {
  ensureBuilt();
  workspace = mkdtempSync(join(tmpdir(), 'pack-test-'));
  const electronDist = join(workspace, 'electron-dist');
  mkdirSync(electronDist);
  // Named `electron` (electron-builder renames it to the executable name); no
  // resources/default_app.asar, which would make the packer fail.
  writeFileSync(
    join(electronDist, 'electron'),
    `#!/bin/sh\necho "stand-in Electron"\nexit 0\n# ${fuseSentinel}\u0001\u0008${defaultFuses}\n`,
    'latin1',
  );
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'version'), '41.7.1');

  const output = join(workspace, 'release');
  const startedAt = performance.now();
  await run(
    process.execPath,
    [
      join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      'dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
      '-c.afterPack=./test/harness/electron-stub/pack-desktop-entry.mjs',
      '--publish',
      'never',
    ],
    { cwd: repoRoot, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 120_000 },
  );
  packSeconds = (performance.now() - startedAt) / 1000;
  appDir = join(output, 'linux-unpacked');
  asarPath = join(appDir, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false });
}, 180_000);

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('is packed quickly enough to run with every test run', () => {
    console.info(`electron-builder --linux dir took ${packSeconds.toFixed(1)} s`);
    expect(packSeconds).toBeLessThan(60);
  });

  it('holds the built main process, preload and every renderer page', () => {
    for (const file of [
      '/package.json',
      '/dist/main/index.js',
      '/dist/preload/index.cjs',
      '/dist/renderer/panel.html',
      '/dist/renderer/popup.html',
      '/dist/renderer/settings.html',
    ]) {
      expect(entries).toContain(file);
    }
    const packagedPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(entries).toContain(`/${packagedPackage.main}`);
  });

  it('holds no sources, tests, assets or source maps', () => {
    const forbidden = entries.filter(
      (entry) =>
        /^\/(electron|renderer|test|assets|\.ci|node_modules\/\.bin)(\/|$)/.test(entry) ||
        entry.startsWith('/dist/renderer/src') ||
        entry.endsWith('.map') ||
        /\.(ts|svelte)$/.test(entry),
    );
    expect(forbidden).toEqual([]);
  });

  it('carries neither the browser preview host nor its Node adapters (only the demo PBX, for demo mode)', () => {
    const code = entries
      .filter((entry) => entry.startsWith('/dist/') && entry.endsWith('.js'))
      .map((entry) => extractFile(asarPath, entry.slice(1)).toString('utf8'))
      .join('\n');
    // The bundle is not minified: the preview's functions would keep their names in it.
    expect(code).toContain('function startDemoPbx');
    for (const previewName of [
      'startPreviewHost',
      'createPreviewCompanion',
      'attachBridge',
      'DeskWindowManager',
      'createNodeTlsTrust',
      'createPinnedAgent',
    ]) {
      expect(code).not.toContain(previewName);
    }
  });

  it('carries no schema library in the renderer: pages take vocabularies from the contract, not schemas', () => {
    const pages = entries.filter((entry) => entry.startsWith('/dist/renderer/') && entry.endsWith('.js'));
    expect(pages.length).toBeGreaterThan(0);
    // zod's issue codes are string literals its bundle cannot lose.
    const withZod = pages.filter((entry) => extractFile(asarPath, entry.slice(1)).includes('invalid_type'));
    expect(withZod).toEqual([]);
  });

  it("carries keytar's native addon outside the archive, where it can be loaded", () => {
    const addon = '/node_modules/keytar/build/Release/keytar.node';
    expect(entries).toContain(addon);
    expect(statFile(asarPath, addon.slice(1))).toMatchObject({ unpacked: true });
    expect(
      existsSync(
        join(
          appDir,
          'resources',
          'app.asar.unpacked',
          'node_modules',
          'keytar',
          'build',
          'Release',
          'keytar.node',
        ),
      ),
    ).toBe(true);
    // keytar's install-time dependencies (prebuild-install and friends) are not shipped.
    const modules = new Set(entries.filter((entry) => /^\/node_modules\/[^/]+$/.test(entry)));
    expect([...modules]).toEqual(['/node_modules/keytar']);
  });

  it('has the fuses flipped as electron-builder.yml says', () => {
    const executable = readFileSync(join(appDir, 'pascom-companion'));
    const wireAt = executable.indexOf(fuseSentinel) + fuseSentinel.length;
    const wire = executable.subarray(wireAt + 2, wireAt + 2 + 8).toString('latin1');
    expect(wire).toBe(
      [
        '0', // runAsNode: false
        '1', // enableCookieEncryption: true
        '0', // enableNodeOptionsEnvironmentVariable: false
        '0', // enableNodeCliInspectArguments: false
        '1', // enableEmbeddedAsarIntegrityValidation: true
        '1', // onlyLoadAppFromAsar: true
        '0', // loadBrowserProcessSpecificV8Snapshot: left as Electron ships it
        '0', // grantFileProtocolExtraPrivileges: false
      ].join(''),
    );
  });

  it('is built under the id the running app gives itself (Windows notifications need both to match)', () => {
    const config = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(new RegExp(`^appId: ${appId.replaceAll('.', '\\.')}$`, 'm'));
  });

  it('installs a .desktop entry that makes it the handler of tel:, callto: and sip: links', () => {
    const entry = readFileSync(join(workspace, 'release', 'desktop-entry.txt'), 'utf8');
    expect(entry).toContain('Name=pascom Companion');
    expect(entry).toMatch(/^Exec=.*\/pascom-companion"? %U$/m);
    expect(entry).toContain('MimeType=x-scheme-handler/tel;x-scheme-handler/callto;x-scheme-handler/sip;');
  });

  it('is signed and notarized from the environment, with hardened-runtime entitlements that are each justified', () => {
    // electron-builder validated this file when it packed above; these are the choices in it.
    const config = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8');
    const mac = config.slice(config.indexOf('\nmac:'), config.indexOf('\ndmg:'));
    expect(mac).toMatch(/^ {2}hardenedRuntime: true$/m);
    expect(mac).toMatch(/^ {2}notarize: true$/m);
    expect(mac).toMatch(/^ {2}entitlements: assets\/entitlements\.mac\.plist$/m);
    expect(mac).toMatch(/^ {2}entitlementsInherit: assets\/entitlements\.mac\.plist$/m);
    // No certificate, identity or password in the repository: those come from CSC_LINK & co.
    expect(config).not.toMatch(/^\s*(cscLink|cscKeyPassword|identity|certificatePassword|certificateFile):/m);
    for (const variable of ['WIN_CSC_LINK', 'CSC_LINK', 'APPLE_API_KEY', 'APPLE_ID', 'APPLE_TEAM_ID']) {
      expect(config).toContain(variable);
    }

    const plist = readFileSync(join(repoRoot, 'assets', 'entitlements.mac.plist'), 'utf8');
    const entitlements = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1] ?? '');
    expect(entitlements).toEqual(['com.apple.security.cs.allow-jit']);
    for (const key of entitlements) {
      // The comment right before each entitlement says why the app needs it.
      expect(plist).toMatch(new RegExp(`-->\\s*<key>${key.replaceAll('.', '\\.')}</key>`));
    }
  });

  it("starts the AppImage with the Chromium sandbox: no --no-sandbox in its desktop entry's Exec", () => {
    const entry = readFileSync(join(workspace, 'release', 'appimage-desktop-entry.txt'), 'utf8');
    expect(entry).toMatch(/^Exec=AppRun %U$/m);
    expect(entry).not.toContain('--no-sandbox');
    expect(entry).toContain('MimeType=x-scheme-handler/tel;x-scheme-handler/callto;x-scheme-handler/sip;');
  });

  it('carries the update configuration electron-updater reads (a generic feed; the app sets the real one)', () => {
    const config = readFileSync(join(appDir, 'resources', 'app-update.yml'), 'utf8');
    expect(config).toMatch(/^provider: generic$/m);
    expect(config).toMatch(/^url: https:\/\/updates\.invalid\/pascom-companion\/?$/m);
    expect(config).toMatch(/^updaterCacheDirName: /m);
  });
});
