/**
 * The tray menu of the BUILT main bundle (stand-in `electron`, see boot.test.ts), connected to the
 * in-process demo PBX with a ringing call, new voicemail and queues: every item has an id, and a
 * click on each one (submenus included) runs what its id says. A command item's click is checked
 * in the main log (main logs each tray command with its id and outcome); an action's by its effect.
 * Items come and go as the state changes (Answer, then Hang up and Hold; Pause, then Resume): the
 * test clicks, top to bottom, every item it has not clicked yet until none is left, Quit last.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, CompanionState } from '../../electron/shared/contract';
import { BootedApp } from '../harness/electron-stub/boot-process';
import {
  type BootSnapshot,
  pageOf,
  type TrayItemSummary,
  type WindowSummary,
} from '../harness/electron-stub/boot-snapshot';
import { ensureBuilt } from '../harness/electron-stub/built-app';

const simToken = randomBytes(12).toString('base64url');
let app: BootedApp;
let sim: (operation: string, body: unknown) => Promise<unknown>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => Promise<T | null | undefined | false>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await sleep(50);
  }
  throw new Error(`not reached: ${what}\n${app.output.slice(-3000)}`);
}

async function state(): Promise<CompanionState> {
  const result = await app.probe<CommandResult<'app/get-state'>>('invoke', {
    command: 'app/get-state',
    input: {},
    page: 'panel',
  });
  if (!result.ok) throw new Error(`app/get-state failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Every item, submenus flattened. */
function flatten(items: readonly TrayItemSummary[]): TrayItemSummary[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

const menu = async () => flatten(await app.probe<TrayItemSummary[]>('trayMenu'));
const windowsOf = async (page: string) =>
  (await app.probe<BootSnapshot>('snapshot')).windows.filter(
    (window: WindowSummary) => pageOf(window) === page && !window.destroyed,
  );

/** A command item's id is `<command>` or `<command>?<input>` (core/tray/tray-ids.ts), `#n` for a repeat. */
const commandOf = (id: string): string => id.split(/[?#]/)[0] ?? id;
const isCommand = (id: string) => id.includes('/') && !/\/(menu|info)-\d+/.test(id);

/**
 * The top level's items that do something (and its submenus) carry a 16 px PNG with a 2x
 * representation, plain images on Linux (the stand-in's platform); info lines and the entries
 * inside submenus carry none. A dark desktop gets other pictures for every one of them, and back.
 */
async function menuIconsFollowTheTheme(): Promise<void> {
  const topLevel = async () => await app.probe<TrayItemSummary[]>('trayMenu');
  const marked = (items: TrayItemSummary[]) => items.filter((item) => item.clickable || item.submenu);
  const light = await topLevel();
  expect(marked(light).length).toBeGreaterThan(8);
  for (const item of marked(light))
    expect(item.image, item.id ?? '').toMatchObject({ png: true, scaleFactors: [2], template: false });
  for (const item of light.filter((item) => item.type !== 'separator' && !marked([item]).length))
    expect(item.image, item.id ?? '').toBeNull();
  for (const inner of light.flatMap((item) => item.submenu ?? []))
    expect(inner.image, inner.id ?? '').toBeNull();

  const digests = (items: TrayItemSummary[]) =>
    marked(items).map((item) => `${item.id} ${item.image?.digest}`);
  await app.probe('setTheme', { dark: true });
  const dark = await topLevel();
  expect(marked(dark).map((item) => item.id)).toEqual(marked(light).map((item) => item.id));
  const unchanged = digests(dark).filter((line) => digests(light).includes(line));
  expect(unchanged).toEqual([]);
  await app.probe('setTheme', { dark: false });
  expect(digests(await topLevel())).toEqual(digests(light));
}

beforeAll(async () => {
  ensureBuilt();
  app = await BootedApp.load({ COMPANION_DEMO_SIM_TOKEN: simToken });
  await app.probe('ready');
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('the tray menu of the built app', () => {
  it('gives every item an id; a click on each one runs what its id names', async () => {
    // Before anything is set up: "Connect…" opens the settings window; the hotkeys can be paused.
    const setup = await menu();
    expect(setup.filter((item) => item.clickable).map((item) => item.id)).toEqual([
      'hotkeys/suspend?suspended=true',
      'show-panel',
      'open-settings',
      'quit',
    ]);

    const started = await app.probe<CommandResult<'connection/start-demo'>>('invoke', {
      command: 'connection/start-demo',
      input: {},
      page: 'settings',
    });
    expect(started.ok, app.output.slice(-2000)).toBe(true);
    const origin = new URL((await state()).connection.serverAddress ?? '').origin;
    sim = async (operation, body) =>
      (
        await fetch(`${origin}/_sim/${operation}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-sim-token': simToken },
          body: JSON.stringify(body),
        })
      ).json();
    // No random calls from the demo's lively mode: the menu shows exactly what the test sets up.
    await sim('setLively', { on: false });
    await sim('reset', {});
    await sim('leaveVoicemail', { mailbox: '221', from: '+49 30 555123', fromName: 'Voicemail Caller' });
    await sim('startInboundCall', { from: '+49 89 1234567', to: 'tsander' });
    await until(async () => {
      const now = await state();
      return (
        now.calls.live.some((call) => call.phase === 'ringing') &&
        now.voicemail.unread > 0 &&
        now.queues.status === 'ready' &&
        now.queues.reasons.length > 0
      );
    }, 'a ringing call, new voicemail and the queues');
    await until(async () => (await menu()).some((item) => item.id?.startsWith('calls/answer?')), 'Answer');
    await menuIconsFollowTheTheme();

    const clicked: string[] = [];
    const seen = new Set<string>();
    for (let round = 0; round < 40; round += 1) {
      const items = await menu();
      for (const item of items) {
        expect(item.type === 'separator' || item.id !== null, JSON.stringify(item)).toBe(true);
        if (item.clickable && item.id) seen.add(item.id);
      }
      // Hanging up and quitting end what other items act on: they come last.
      const next = items
        .filter((item) => item.clickable && item.enabled && item.id && !clicked.includes(item.id))
        .map((item) => item.id as string)
        .sort((a, b) => Number(a.startsWith('control/hang-up')) - Number(b.startsWith('control/hang-up')))
        .find((id) => id !== 'quit');
      if (!next) break;
      await app.probe('clickTray', { id: next });
      clicked.push(next);
      if (isCommand(next)) {
        const line = await until(
          async () =>
            (await app.probe<string[]>('logLines', { contains: '"tray command ran"' })).find((text) =>
              text.includes(`"id":${JSON.stringify(next)}`),
            ),
          `the log line of ${next}`,
        );
        expect(JSON.parse(line), next).toMatchObject({ command: commandOf(next), ok: true });
      } else if (next === 'show-panel') {
        expect((await windowsOf('panel.html')).some((window) => window.visible)).toBe(true);
      } else if (next === 'open-settings') {
        await until(
          async () => (await windowsOf('settings.html')).some((window) => window.visible),
          'settings',
        );
      }
      // Let the state the command changed reach the tray before the next round reads it.
      await sleep(300);
    }

    // Every item the menu showed was clicked; the scenario reached each kind of entry.
    expect([...seen].filter((id) => id !== 'quit' && !clicked.includes(id))).toEqual([]);
    const commands = new Set(clicked.filter(isCommand).map(commandOf));
    expect([...commands].sort()).toEqual(
      expect.arrayContaining([
        'calls/answer',
        'control/hang-up',
        'control/hold',
        'hotkeys/suspend',
        'queues/pause',
        'queues/unpause',
        'voicemail/show',
      ]),
    );
    expect(clicked).toEqual(expect.arrayContaining(['show-panel', 'open-settings']));
    // Hanging up ended the call (the state follows with the next poll of the calls).
    await until(async () => (await state()).calls.live.length === 0, 'the call hung up');

    await app.probe('clickTray', { id: 'quit' });
    const quit = await app.probe<{ quitCompleted: boolean }>('quit');
    expect(quit.quitCompleted).toBe(true);
  }, 120_000);
});
