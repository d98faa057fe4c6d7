/**
 * The BUILT main bundle (with the stand-in `electron`, see boot.test.ts) on the in-process demo
 * PBX: the availability entries of the tray menu are clicked by their ids as a user would, and the
 * OS session ending runs the quit automation before the app goes.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, CompanionState } from '../../electron/shared/contract';
import { BootedApp } from '../harness/electron-stub/boot-process';
import { ensureBuilt } from '../harness/electron-stub/built-app';

interface TrayItem {
  id: string | null;
  label: string | null;
  type: string;
  checked: boolean | null;
  submenu?: TrayItem[];
}
interface TrayNow {
  tooltip: string;
  menu: TrayItem[];
}

describe('the built app: availability in the tray', () => {
  let app: BootedApp;
  let origin = '';
  const simToken = randomBytes(12).toString('base64url');

  const invoke = async <T>(command: string, input: unknown, page = 'panel'): Promise<T> => {
    const result = await app.probe<CommandResult<'app/get-state'>>('invoke', { command, input, page });
    if (!result.ok) throw new Error(`${command} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const state = () => invoke<CompanionState>('app/get-state', {});
  const until = async <T>(check: () => Promise<T | null | undefined | false>, what: string): Promise<T> => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const value = await check();
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${what} did not happen within 10 s\n${app.output.slice(-2000)}`);
  };
  const sim = async (operation: string, args: Record<string, unknown>) => {
    const response = await fetch(`${origin}/_sim/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sim-token': simToken },
      body: JSON.stringify(args),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const tray = () => app.probe<TrayNow>('trayNow');
  const logLines = () =>
    readFileSync(join(app.root, 'logs', 'main.log'), 'utf8')
      .split('\n')
      .filter(Boolean);

  beforeAll(async () => {
    ensureBuilt();
    app = await BootedApp.load({ COMPANION_DEMO_SIM_TOKEN: simToken });
    await app.probe('ready');
    await invoke('connection/start-demo', {}, 'settings');
    const online = await until(async () => {
      const current = await state();
      return current.availability.status === 'ready' && current.availability.forward.quickTargets.length > 0
        ? current
        : null;
    }, 'the first availability read');
    origin = new URL(online.connection.serverAddress ?? '').origin;
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('lists the profiles under stable ids and activates the one clicked', async () => {
    const profiles = (await tray()).menu.find((item) => item.id === 'availability-profiles');
    expect(profiles?.label).toBe('Profile: Im Büro');
    expect(profiles?.submenu?.map((item) => [item.label, item.type, item.checked])).toEqual(
      expect.arrayContaining([
        ['Im Büro', 'radio', true],
        ['Homeoffice', 'radio', false],
      ]),
    );
    const home = profiles?.submenu?.find((item) => item.label === 'Homeoffice');
    await app.probe('clickTray', { id: home?.id });
    const wanted = Number(home?.id?.replace('availability-profile-', ''));
    await until(
      async () => (await sim('availability', { username: 'tsander' })).activeProfileId === wanted,
      'the PBX activating Homeoffice',
    );
    await until(
      async () => (await tray()).menu.some((item) => item.label === 'Profile: Homeoffice'),
      'the tray showing it',
    );
  });

  it('forwards to the agent’s mobile, shows it in the tooltip, and stops it again', async () => {
    await app.probe('clickTray', { id: 'availability-forward-mobile' });
    await until(
      async () => (await sim('availability', { username: 'tsander' })).redirectTarget === '01605550221',
      'the forward',
    );
    const forwarded = await until(async () => {
      const now = await tray();
      return now.tooltip.includes('Forwarded to') ? now : null;
    }, 'the tooltip');
    expect(forwarded.tooltip).toContain('Forwarded to my mobile (0160 5550221)');
    await app.probe('clickTray', { id: 'availability-forward-clear' });
    await until(
      async () => (await sim('availability', { username: 'tsander' })).redirectTarget === null,
      'the forward ending',
    );
    await until(
      async () => (await tray()).menu.some((item) => item.id === 'availability-forward-mobile'),
      'the tray offering it again',
    );
  });

  it('the OS session ending holds the shutdown back, runs the quit automation, then quits', async () => {
    const current = await state();
    const away = current.availability.profiles.list.find((profile) => profile.name === 'Abwesend');
    await invoke('availability/update-settings', { quitProfileId: away?.id }, 'settings');
    expect(await app.probe('power', { event: 'shutdown' })).toEqual({ prevented: true });
    await until(
      async () => (await app.probe<{ quitCompleted: boolean }>('snapshot')).quitCompleted,
      'the quit',
    );
    const lines = logLines();
    expect(lines.some((line) => line.includes('"message":"the OS session ends; quitting"'))).toBe(true);
    expect(lines.find((line) => line.includes('profile automation activated its profile'))).toContain(
      '"cause":"session-end"',
    );
    expect(lines.find((line) => line.includes('"message":"quit steps finished"'))).toContain(
      '"outcome":"done"',
    );
  });
});
