/**
 * The BUILT main bundle starts: Electron cannot run on this machine, so `dist/main/index.js` is
 * loaded in a child Node process with a stand-in `electron` module (test/harness/electron-stub)
 * and made ready. This catches what type checks cannot: an ESM/CommonJS mix-up, a wrong path to the
 * preload or the pages, a handler missing for a command, a window created with weaker settings.
 * The same bundle is driven through the demo PBX in boot-demo.test.ts, and the built preload is
 * loaded in boot-preload.test.ts.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/app-protocol';
import { commandChannel, eventChannel } from '../../electron/shared/channels';
import { type CommandResult, commandNames } from '../../electron/shared/contract';
import { BootedApp } from '../harness/electron-stub/boot-process';
import {
  pageOf,
  type ServedResponse as Served,
  type BootSnapshot as Snapshot,
} from '../harness/electron-stub/boot-snapshot';
import { built, ensureBuilt } from '../harness/electron-stub/built-app';

describe('the built main bundle, started with a stand-in electron', () => {
  let app: BootedApp;
  let snapshot: Snapshot;
  const panel = () => snapshot.windows.find((window) => pageOf(window) === 'panel.html');

  beforeAll(async () => {
    ensureBuilt();
    app = await BootedApp.load();
    const ready = await app.probe<{ outcome: string | null; errors: string[] }>('ready');
    expect(ready.outcome, app.output).toContain('"message":"started"');
    snapshot = await app.probe<Snapshot>('snapshot');
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('does before `ready` what only works before ready: scheme privileges, the sandbox, the lock', () => {
    expect(snapshot.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        beforeReady: true,
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(snapshot.sandboxEnabledBeforeReady).toBe(true);
    expect(snapshot.singleInstanceData).toHaveLength(1);
    expect(snapshot.logErrors).toEqual([]);
  });

  it('registers a handler for every command of the contract, and no other IPC channel', () => {
    expect([...snapshot.ipcChannels].sort()).toEqual(commandNames.map(commandChannel).sort());
    // electron-store's synchronous channel for renderer-side stores is removed again.
    expect(snapshot.ipcListenerChannels).toEqual([]);
  });

  it('puts a tray icon up with every main action in its menu', () => {
    expect(snapshot.trays).toHaveLength(1);
    const [tray] = snapshot.trays;
    expect(tray?.iconIsPng).toBe(true);
    expect(tray?.iconRepresentations).toEqual([2]);
    expect(tray?.tooltip).toBe('pascom Companion: Not set up');
    // Every item but the separators has an id (core/tray/tray-ids.ts); boot-tray.test.ts clicks them.
    expect(tray?.menu.filter((item) => item.type !== 'separator').map((item) => item.id)).toEqual([
      'connection/info-0',
      'hotkeys/suspend?suspended=true',
      'show-panel',
      'open-settings',
      'quit',
    ]);
  });

  it('creates the panel locked down, with a preload that exists in the build', () => {
    const window = panel();
    expect(window?.options).toMatchObject({ frame: false, skipTaskbar: true, show: false });
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    const preload = String(window?.options.webPreferences?.preload);
    expect(preload).toBe(built.preload);
    expect(statSync(preload).isFile()).toBe(true);
  });

  it('opens the settings window at first start, when nothing is configured', () => {
    // The popup is the hidden spare that waits, loaded, for the first call.
    expect(snapshot.windows.map(pageOf)).toEqual(['panel.html', 'popup.html', 'settings.html']);
    for (const window of snapshot.windows) {
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
    }
  });

  it('loads only pages that exist in the build, from the app origin', () => {
    const urls = snapshot.windows.flatMap((window) => window.loadedUrls);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith('app://companion/')).toBe(true);
      expect(statSync(join(built.renderer, new URL(url).pathname)).isFile()).toBe(true);
    }
  });

  it('serves every page with the CSP header, and every script and style the pages ask for', async () => {
    for (const page of ['panel.html', 'popup.html', 'settings.html']) {
      const served = await app.probe<Served>('fetchApp', { url: `app://companion/${page}` });
      expect(served.status).toBe(200);
      expect(served.headers['content-security-policy']).toBe(contentSecurityPolicy);
      // script-src 'self': a script without src (inline) would be blocked in the app.
      const scripts = [...served.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes = '', body = ''] of scripts) {
        expect(attributes).toMatch(/\bsrc=/);
        expect(body.trim()).toBe('');
      }
      const references = [...served.text.matchAll(/\b(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]);
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        const asset = await app.probe<Served>('fetchApp', { url: `app://companion/${reference}` });
        expect(asset.status, reference).toBe(200);
        expect(asset.headers['content-security-policy']).toBe(contentSecurityPolicy);
      }
    }
  });

  it('refuses protocol requests that try to leave dist/renderer', async () => {
    for (const url of [
      'app://companion/..%2f..%2fpackage.json',
      'app://companion/%2e%2e/%2e%2e/package.json',
      'app://companion/assets/..%2f..%2f..%2fpackage.json',
    ]) {
      const served = await app.probe<Served>('fetchApp', { url });
      expect(served.status, url).not.toBe(200);
      expect(served.text).not.toContain('pascom-companion');
    }
  });

  it('denies navigation, redirects, window.open and webviews on every window', async () => {
    for (const window of snapshot.windows) {
      const windowIndex = window.index;
      expect(
        await app.probe('guard', { windowIndex, action: 'will-navigate', url: 'https://evil.example/' }),
      ).toEqual({
        prevented: true,
      });
      expect(
        await app.probe('guard', { windowIndex, action: 'will-redirect', url: 'https://evil.example/' }),
      ).toEqual({
        prevented: true,
      });
      expect(
        await app.probe('guard', { windowIndex, action: 'frame-navigate', url: 'https://evil.example/' }),
      ).toEqual({
        prevented: true,
      });
      expect(
        await app.probe('guard', { windowIndex, action: 'window-open', url: 'file:///etc/passwd' }),
      ).toEqual({
        action: 'deny',
      });
      expect(await app.probe('guard', { windowIndex, action: 'webview' })).toEqual({ prevented: true });
    }
    // A link the user clicks opens in the browser, when it is https.
    expect(
      await app.probe('guard', { windowIndex: 0, action: 'window-open', url: 'https://www.pascom.net/help' }),
    ).toEqual({
      action: 'deny',
    });
    const after = await app.probe<Snapshot>('snapshot');
    expect(after.openedExternally).toContain('https://www.pascom.net/help');
    expect(after.openedExternally.filter((url) => !url.startsWith('https://'))).toEqual([]);
  });

  it('keeps the windows off the network: only main talks to the PBX', async () => {
    for (const url of [
      'https://pbx.example.com/demo/services/identity',
      'http://127.0.0.1:8080/',
      'wss://evil.example/',
    ]) {
      expect(await app.probe('windowRequest', { url }), url).toEqual({ cancelled: true });
    }
    expect(await app.probe('windowRequest', { url: 'app://companion/panel.html' })).toEqual({
      cancelled: false,
    });
  });

  it('grants no permissions to the pages, except writing to the clipboard', async () => {
    expect(await app.probe('permission', { windowIndex: 0, permission: 'media' })).toEqual({
      granted: false,
      checked: false,
    });
    expect(await app.probe('permission', { windowIndex: 0, permission: 'notifications' })).toEqual({
      granted: false,
      checked: false,
    });
    expect(
      await app.probe('permission', { windowIndex: 0, permission: 'clipboard-sanitized-write' }),
    ).toEqual({
      granted: true,
      checked: true,
    });
  });

  it('answers app/get-state from the panel with the core state', async () => {
    const result = await app.probe<CommandResult<'app/get-state'>>('invoke', {
      command: 'app/get-state',
      input: {},
      page: 'panel',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.connection.status).toBe('setup');
      expect(result.value.app).toMatchObject({
        version: '0.1.0',
        platform: process.platform,
        preview: false,
      });
    }
  });

  it('refuses a forged call from a foreign origin, a sub-frame or a webContents that is not ours', async () => {
    const forbidden = { ok: false, error: { kind: 'forbidden' } };
    const getState = (sender: Record<string, unknown>) =>
      app.probe('invoke', { command: 'app/get-state', input: {}, ...sender });
    expect(await getState({ page: 'panel', frameUrl: 'https://evil.example/' })).toEqual(forbidden);
    expect(await getState({ page: 'panel', frameUrl: 'file:///tmp/panel.html' })).toEqual(forbidden);
    expect(await getState({ page: 'panel', subFrame: true })).toEqual(forbidden);
    expect(await getState({ page: 'panel', noFrame: true })).toEqual(forbidden);
    expect(await getState({ webContentsId: 4242, frameUrl: 'app://companion/panel.html' })).toEqual(
      forbidden,
    );
  });

  it('parses input at the IPC edge: bad input never reaches the core', async () => {
    const result = await app.probe<CommandResult<'popup/dismiss'>>('invoke', {
      command: 'popup/dismiss',
      input: { callId: 42, injected: '<script>' },
      page: 'panel',
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
  });

  it('pushes state to the windows over the event channel', () => {
    expect(panel()?.sentChannels).toContain(eventChannel('state'));
  });

  it('pins certificates on the PBX session before the core can make a request', () => {
    expect(snapshot.verifyProcs.pbx).toBeGreaterThanOrEqual(1);
    for (const fetch of snapshot.fetches) {
      // An in-memory partition (no `persist:`): nothing the PBX answers is cached on disk.
      expect(fetch.partition).toBe('pbx');
      expect(fetch.verifyProcSetBefore).toBe(true);
    }
  });

  it('takes over a second start and brings up the panel', async () => {
    await app.probe('secondInstance', {
      argv: ['/usr/bin/pascom-companion', '--dial', '--original-process-start-time=1', '221'],
      additionalData: { launchArgs: ['--dial', '221'] },
    });
    const after = await app.probe<Snapshot>('snapshot');
    const shown = after.windows.find((window) => pageOf(window) === 'panel.html');
    expect(shown?.visible).toBe(true);
    // Placed in the corner of the work area (the stand-in display has its taskbar at the bottom).
    expect(shown?.bounds).toMatchObject({ x: 1920 - 360 - 8, y: 1040 - 520 - 8 });
  });

  it('quits cleanly when asked from the tray menu: windows closed, tray gone', async () => {
    await app.probe('clickTray', { id: 'quit' });
    const quit = await app.probe<{ quitCompleted: boolean; trayDestroyed: boolean }>('quit');
    expect(quit).toMatchObject({ quitCompleted: true, trayDestroyed: true });
    const after = await app.probe<Snapshot>('snapshot');
    expect(after.windows.every((window) => window.destroyed)).toBe(true);
    expect(after.logErrors).toEqual([]);
  });
});

describe('a second start of the built app', () => {
  it('hands over and quits without creating anything', async () => {
    const second = await BootedApp.load({ ELECTRON_STUB_LOCK: 'taken' });
    try {
      const snapshot = await second.probe<Snapshot>('snapshot');
      expect(snapshot.singleInstanceData).toHaveLength(1);
      expect(snapshot.quitCompleted).toBe(true);
      expect(snapshot.windows).toEqual([]);
      expect(snapshot.trays).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 30_000);
});
