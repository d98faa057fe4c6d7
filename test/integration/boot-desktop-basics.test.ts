/**
 * The desktop basics in the BUILT main bundle (stand-in electron, Linux): start at login writes and
 * removes the XDG autostart entry (in the temp XDG_CONFIG_HOME boot-process.ts sets), started with
 * `--hidden` the app opens no window even when not set up, and "Export support log" writes the
 * redacted log to the file the save dialog gave. The login items of Windows/macOS and the updater
 * itself (packaged builds only) are for real Electron to show.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../electron/shared/contract';
import { BootedApp } from '../harness/electron-stub/boot-process';
import { type BootSnapshot, pageOf } from '../harness/electron-stub/boot-snapshot';
import { ensureBuilt } from '../harness/electron-stub/built-app';

let app: BootedApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function boot(argv: string[] = []): Promise<BootedApp> {
  ensureBuilt();
  app = await BootedApp.load({ ELECTRON_STUB_ARGV: JSON.stringify(argv) });
  await app.probe('ready');
  return app;
}

function settingsCommand<K extends 'desktop/update-settings' | 'desktop/export-log' | 'app/get-state'>(
  booted: BootedApp,
  command: K,
  input: unknown,
) {
  return booted.probe<CommandResult<K>>('invoke', { command, input, page: 'settings' });
}

const visiblePages = async (booted: BootedApp) =>
  (await booted.probe<BootSnapshot>('snapshot')).windows
    .filter((window) => window.visible && !window.destroyed)
    .map(pageOf);

describe('the built app: desktop basics', () => {
  it('writes the autostart entry when switched on and removes it when switched off', async () => {
    const booted = await boot();
    const entry = join(booted.root, 'config', 'autostart', 'pascom-companion.desktop');
    expect(existsSync(entry)).toBe(false);
    const on = await settingsCommand(booted, 'desktop/update-settings', { startAtLogin: true });
    expect(on).toMatchObject({
      ok: true,
      value: { autostart: { available: true, active: true, problem: null } },
    });
    const text = readFileSync(entry, 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
    // Unpackaged, the app is `<node> <folder>`: the entry starts exactly that, hidden.
    expect(text).toMatch(/^Exec=\S+ --hidden$/m);
    const off = await settingsCommand(booted, 'desktop/update-settings', { startAtLogin: false });
    expect(off).toMatchObject({ ok: true, value: { autostart: { active: false } } });
    expect(existsSync(entry)).toBe(false);
  }, 60_000);

  it('started with --hidden it stays in the tray, even before it is set up', async () => {
    const hidden = await boot(['--hidden']);
    expect(await visiblePages(hidden)).toEqual([]);
    await hidden.stop();
    const shown = await boot();
    expect(await visiblePages(shown)).toContain('settings.html');
  }, 60_000);

  it('exports the log, redacted, to the file the save dialog gave, readable by its owner only', async () => {
    const booted = await boot();
    const result = await settingsCommand(booted, 'desktop/export-log', {});
    expect(result).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    const folder = join(booted.root, 'saved');
    const [name] = readdirSync(folder);
    expect(name).toMatch(/^pascom-companion-support-\d{4}-\d{2}-\d{2}-\d{4}\.log$/);
    const file = join(folder, name ?? '');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const [title, about, removed, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(title).toBe('# pascom Companion support log');
    expect(about).toMatch(/^# 0\.1\.0 linux \d{4}-/);
    expect(removed).toBe('# Passwords, access keys and phone numbers have been removed.');
    // The main log's own lines, as JSON, the start among them.
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((line) => JSON.parse(line).message)).toContain('starting');
  }, 60_000);
});
