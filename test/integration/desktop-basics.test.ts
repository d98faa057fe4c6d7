/**
 * The desktop basics in a real Companion with fake host ports: start at login follows the setting,
 * updates are looked for on the schedule and only with a feed (never in the preview), a downloaded
 * version is told once, and the exported support log carries no secret of the connection.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import type {
  AutostartPort,
  DesktopBasicsPorts,
  SupportLogPort,
  UpdaterEvent,
  UpdaterPort,
} from '../../electron/core/desktop/ports';
import { checkIntervalMs, firstCheckDelayMs } from '../../electron/core/desktop/update-checks';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import { currentSettingsVersion } from '../../electron/core/settings/schema';
import type { CommandName } from '../../electron/shared/contract';
import { type CompanionFixture, createCompanionFixture } from '../harness/companion-fixture';

class FakeAutostart implements AutostartPort {
  enabled = false;
  writes: boolean[] = [];
  failWith: string | null = null;
  async isEnabled() {
    return this.enabled;
  }
  async setEnabled(enabled: boolean) {
    if (this.failWith) throw new Error(this.failWith);
    this.writes.push(enabled);
    this.enabled = enabled;
  }
}

class FakeUpdater implements UpdaterPort {
  checks: string[] = [];
  disabled = 0;
  /** What the next check answers with. */
  answer: UpdaterEvent[] = [{ kind: 'not-available' }];
  #listeners = new Set<(event: UpdaterEvent) => void>();
  async check(feedUrl: string) {
    this.checks.push(feedUrl);
    for (const event of this.answer) this.emit(event);
  }
  disable() {
    this.disabled += 1;
  }
  onEvent(listener: (event: UpdaterEvent) => void) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  emit(event: UpdaterEvent) {
    for (const listener of this.#listeners) listener(event);
  }
}

class FakeSupportLog implements SupportLogPort {
  logLines: string[] = [];
  chosen: string | null = '/home/agent/support.log';
  suggested: string[] = [];
  written = new Map<string, string>();
  lines() {
    return this.logLines;
  }
  async chooseFile(suggestedName: string) {
    this.suggested.push(suggestedName);
    return this.chosen;
  }
  async write(path: string, content: string) {
    this.written.set(path, content);
  }
}

const feed = 'https://updates.example.com/companion/';
const password = 'Kaffee&Kuchen"42';
const serverAddress = 'https://pbx.example.com/acme';
let fixture: CompanionFixture;
let ports: { autostart: FakeAutostart; updater: FakeUpdater; supportLog: FakeSupportLog };

async function start(
  document: Record<string, unknown> = {},
  app: { preview?: boolean } = {},
  autostartEntry = false,
): Promise<CompanionFixture> {
  ports = { autostart: new FakeAutostart(), updater: new FakeUpdater(), supportLog: new FakeSupportLog() };
  ports.autostart.enabled = autostartEntry;
  const secrets = new MemorySecretStore(null);
  await secrets.set(`pascom-companion:${serverAddress} api`, password);
  fixture = await createCompanionFixture({
    basics: ports satisfies DesktopBasicsPorts,
    app,
    secrets,
    // No PBX in these tests: the stored connection stays offline.
    fetch: () => Promise.reject(new TypeError('fetch failed')),
    settingsFile: new MemorySettingsFile({
      version: currentSettingsVersion,
      connection: { serverAddress, authKind: 'password', apiUser: 'api', username: 'tsander' },
      ...document,
    }),
  });
  await fixture.companion.start();
  return fixture;
}

const run = <K extends CommandName>(name: K, input: unknown) =>
  dispatchCommand(fixture.companion, name, input, { window: 'settings' });
const desktop = () => fixture.companion.state.desktop;

afterEach(async () => {
  await fixture?.companion.dispose();
});

describe('start at login', () => {
  it('is off by default; switching it on writes the entry, off removes it', async () => {
    await start();
    expect(desktop().autostart).toEqual({ available: true, active: false, problem: null });
    expect(ports.autostart.writes).toEqual([]);
    expect((await run('desktop/update-settings', { startAtLogin: true })).ok).toBe(true);
    expect(ports.autostart.writes).toEqual([true]);
    expect(desktop().autostart.active).toBe(true);
    await run('desktop/update-settings', { startAtLogin: false });
    expect(ports.autostart.writes).toEqual([true, false]);
    expect(desktop()).toMatchObject({ autostart: { active: false }, settings: { startAtLogin: false } });
  });

  it('the entry follows the setting at start (rewritten with the current path), and says when the OS refused', async () => {
    // An entry already there is written again: it names the app's path, which may have moved.
    await start({ desktop: { startAtLogin: true } }, {}, true);
    expect(ports.autostart.writes).toEqual([true]);
    await fixture.companion.dispose();
    // An entry left over while the setting is off is removed.
    await start({}, {}, true);
    expect(ports.autostart.writes).toEqual([false]);
    expect(desktop().autostart).toEqual({ available: true, active: false, problem: null });
    await run('desktop/update-settings', { startAtLogin: true });
    ports.autostart.failWith = 'EACCES: permission denied';
    await run('desktop/update-settings', { startAtLogin: false });
    expect(desktop().autostart).toEqual({
      available: true,
      active: true,
      problem: 'EACCES: permission denied',
    });
  });
});

describe('updates', () => {
  it('with a feed: a check a minute after the start, then every six hours', async () => {
    await start({ desktop: { updateFeedUrl: feed } });
    expect(desktop().updates.status).toBe('idle');
    await fixture.clock.advance(firstCheckDelayMs - 1);
    expect(ports.updater.checks).toEqual([]);
    await fixture.clock.advance(1);
    expect(ports.updater.checks).toEqual([feed]);
    expect(desktop().updates).toMatchObject({ status: 'up-to-date', checkedAtMs: fixture.clock.now() });
    await fixture.clock.advance(checkIntervalMs);
    expect(ports.updater.checks).toEqual([feed, feed]);
  });

  it('without a feed, switched off, or in the preview: never a check', async () => {
    await start();
    await fixture.clock.advance(checkIntervalMs * 2);
    expect(ports.updater.checks).toEqual([]);
    expect(desktop().updates.status).toBe('off');
    await fixture.companion.dispose();

    await start({ desktop: { updateFeedUrl: feed, updates: false } });
    await fixture.clock.advance(checkIntervalMs * 2);
    expect(ports.updater.checks).toEqual([]);
    expect(ports.updater.disabled).toBeGreaterThan(0);
    await fixture.companion.dispose();

    await start({ desktop: { updateFeedUrl: feed } }, { preview: true });
    await fixture.clock.advance(checkIntervalMs * 2);
    expect(ports.updater.checks).toEqual([]);
    expect(desktop().updates).toMatchObject({ available: false, status: 'off' });
    expect(desktop().autostart.available).toBe(false);
    expect(desktop().supportLog.available).toBe(false);
  });

  it('setting a feed checks at once; a downloaded version is told once and waits for the quit', async () => {
    await start();
    ports.updater.answer = [
      { kind: 'available', version: '0.2.0' },
      { kind: 'downloaded', version: '0.2.0' },
    ];
    expect((await run('desktop/update-settings', { updateFeedUrl: feed })).ok).toBe(true);
    await fixture.clock.advance(0);
    expect(ports.updater.checks).toEqual([feed]);
    expect(desktop().updates).toMatchObject({ status: 'ready', version: '0.2.0' });
    const told = () =>
      fixture.companion.state.notices.filter((notice) => notice.key === 'notice.desktop.updateReady');
    expect(told()).toHaveLength(1);
    expect(told()[0]?.params).toEqual({ version: '0.2.0' });
    // A ready update is not downloaded again by the next scheduled check or a manual one.
    await fixture.clock.advance(checkIntervalMs);
    await run('desktop/check-updates', {});
    expect(ports.updater.checks).toEqual([feed]);
    expect(told()).toHaveLength(1);
  });

  it('a failed check says why in one line; a feed that is not https is refused', async () => {
    await start({ desktop: { updateFeedUrl: feed } });
    ports.updater.answer = [{ kind: 'error', message: 'HttpError: 404 Not Found\n<html>…</html>' }];
    await run('desktop/check-updates', {});
    expect(desktop().updates).toMatchObject({ status: 'failed', problem: 'HttpError: 404 Not Found' });
    for (const address of [
      'http://updates.example.com/',
      'https://user:pw@updates.example.com/',
      'updates',
    ]) {
      const result = await run('desktop/update-settings', { updateFeedUrl: address });
      expect(result, address).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    }
    expect(desktop().settings.updateFeedUrl).toBe(feed);
  });
});

describe('export support log', () => {
  it('writes the lines to the chosen file with the stored password, Basic strings and numbers taken out', async () => {
    await start();
    const basic = Buffer.from(`api:${password}`).toString('base64');
    ports.supportLog.logLines = [
      JSON.stringify({ level: 'warn', message: 'refused', error: `password ${password} refused` }),
      JSON.stringify({ level: 'debug', message: 'header', value: `Basic ${basic}` }),
      JSON.stringify({ level: 'info', message: 'dial', destination: '+49 89 1234567' }),
    ];
    const result = await run('desktop/export-log', {});
    expect(result).toEqual({ ok: true, value: { outcome: 'saved', lines: 3, redactions: 3 } });
    expect(ports.supportLog.suggested).toEqual(['pascom-companion-support-2026-11-29-0900.log']);
    const file = ports.supportLog.written.get('/home/agent/support.log') ?? '';
    expect(file).not.toContain(password);
    expect(file).not.toContain(basic);
    expect(file).not.toContain('1234567');
    // German UI (the fixture's system locale): the header says what was removed.
    expect(file).toContain('Passwörter, Zugangsschlüssel und Telefonnummern wurden entfernt.');
    expect(desktop().supportLog.last).toMatchObject({ outcome: 'saved', lines: 3, redactions: 3 });
  });

  it('keeps numbers when the user says so; a cancelled dialog writes nothing', async () => {
    await start({ desktop: { redactNumbers: false } });
    ports.supportLog.logLines = [JSON.stringify({ message: 'dial', destination: '+49 89 1234567' })];
    await run('desktop/export-log', {});
    expect(ports.supportLog.written.get('/home/agent/support.log')).toContain('+49 89 1234567');
    ports.supportLog.written.clear();
    ports.supportLog.chosen = null;
    expect(await run('desktop/export-log', {})).toMatchObject({ value: { outcome: 'cancelled' } });
    expect(ports.supportLog.written.size).toBe(0);
  });
});
