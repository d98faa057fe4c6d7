/**
 * The BUILT main bundle (with the stand-in `electron`, see boot.test.ts) connected to the in-process
 * demo PBX through its own IPC and network adapters: the whole shell path from "Try the demo PBX"
 * to a caller popup that opens without focus and closes when the call ends.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSettingsVersion } from '../../electron/core/settings/schema';
import type { CommandResult, CompanionState } from '../../electron/shared/contract';
import { BootedApp } from '../harness/electron-stub/boot-process';
import type { BootSnapshot as Snapshot, WindowSummary } from '../harness/electron-stub/boot-snapshot';
import { ensureBuilt } from '../harness/electron-stub/built-app';

describe('the built app with the demo PBX', () => {
  let app: BootedApp;
  // The demo's /_sim/ API wants a token; an unpackaged build takes this one from the environment.
  const simToken = randomBytes(12).toString('base64url');
  const simHeaders = { 'content-type': 'application/json', 'x-sim-token': simToken };

  beforeAll(async () => {
    ensureBuilt();
    app = await BootedApp.load({ COMPANION_DEMO_SIM_TOKEN: simToken });
    await app.probe('ready');
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  const state = async () => {
    const result = await app.probe<CommandResult<'app/get-state'>>('invoke', {
      command: 'app/get-state',
      input: {},
      page: 'panel',
    });
    if (!result.ok) throw new Error(`app/get-state failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };

  it('connects through the shell to the in-process demo PBX and shows a caller popup that closes itself', async () => {
    const started = await app.probe<CommandResult<'connection/start-demo'>>('invoke', {
      command: 'connection/start-demo',
      input: {},
      page: 'settings',
    });
    expect(started, app.output.slice(-2000)).toMatchObject({ ok: true, value: { username: 'tsander' } });
    const online: CompanionState = await state();
    expect(online.connection.status).toBe('online');
    const origin = new URL(online.connection.serverAddress ?? '').origin;

    // The settings went to electron-store's file in the user-data folder, readable by the user only,
    // and hold no password field.
    const settingsPath = join(app.root, 'userData', 'settings.json');
    const settingsText = readFileSync(settingsPath, 'utf8');
    expect(JSON.parse(settingsText)).toMatchObject({
      version: currentSettingsVersion,
      connection: { demo: true },
    });
    expect(statSync(settingsPath).mode & 0o777).toBe(0o600);
    expect(settingsText).not.toMatch(/"(apiPassword|password|basicAuth)"\s*:/i);

    const snapshot = await app.probe<Snapshot>('snapshot');
    expect(snapshot.fetches.length).toBeGreaterThan(0);
    expect(
      // The PBX session lives in memory (no `persist:` partition): no PBX data in a disk cache.
      snapshot.fetches.every((fetch) => fetch.partition === 'pbx' && fetch.verifyProcSetBefore),
    ).toBe(true);

    const call = (await (
      await fetch(`${origin}/_sim/startInboundCall`, {
        method: 'POST',
        headers: simHeaders,
        body: JSON.stringify({ from: '+49 89 1234567', to: 'tsander' }),
      })
    ).json()) as { phonecallId: number };
    // The demo PBX also rings now and then by itself (lively mode): wait for the popup of this call.
    // A spare window gets its call as `popup.html#call=<id>`, a new one as `popup.html?call=<id>`.
    const ofThisCall = `^app://companion/popup\\.html[?#]call=${call.phonecallId}(%2F|&|$)`;
    const popup = await app.probe<WindowSummary | null>('waitForWindow', {
      page: 'popup',
      urlPattern: ofThisCall,
      timeoutMs: 8000,
    });
    expect(popup, app.output.slice(-2000)).not.toBeNull();
    expect(popup?.calls).toContain('showInactive');
    expect(popup?.calls).not.toContain('focus');
    expect(popup?.alwaysOnTopLevel).toBe('screen-saver');
    expect(popup?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });

    // The popup's own page may send commands like any window of ours.
    const fromPopup = await app.probe<CommandResult<'app/get-state'>>('invoke', {
      command: 'app/get-state',
      input: {},
      webContentsId: popup?.webContentsId,
      frameUrl: popup?.loadedUrls.at(-1),
    });
    expect(fromPopup.ok).toBe(true);

    // A colleague takes the call: its popup closes by itself (a call that is missed instead
    // keeps its popup as a missed-call card until dismissed).
    await fetch(`${origin}/_sim/answer`, {
      method: 'POST',
      headers: simHeaders,
      body: JSON.stringify({ phonecallId: call.phonecallId, by: 'ameyer' }),
    });
    const deadline = Date.now() + 8000;
    let closed = false;
    while (!closed && Date.now() < deadline) {
      const now = await app.probe<Snapshot>('snapshot');
      closed = now.windows[popup?.index ?? -1]?.destroyed === true;
      if (!closed) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(closed).toBe(true);
  }, 40_000);
});
