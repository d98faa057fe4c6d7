import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import type { CommandOrigin, CommandRunner } from '../../../electron/core/commands/dispatch';
import { silentLogger } from '../../../electron/core/log';
import {
  checkSender,
  type EventSource,
  forwardEvents,
  registerCommandHandlers,
} from '../../../electron/main/ipc';
import type { WindowIdentity } from '../../../electron/main/windows';
import { commandChannel, eventChannel } from '../../../electron/shared/channels';
import {
  type CommandName,
  type CompanionEvents,
  commandAccess,
  commandInputs,
  commandNames,
  type EventName,
  eventNames,
} from '../../../electron/shared/contract';

const panelId = 11;
const popupId = 12;
const identities = new Map<number, WindowIdentity>([
  [panelId, { kind: 'panel' }],
  [popupId, { kind: 'popup', popupCallId: '4711' }],
]);
const identify = (id: number) => identities.get(id) ?? null;

function senderEvent(
  webContentsId: number,
  url: string,
  options: { subFrame?: boolean; noFrame?: boolean } = {},
) {
  const top = { url, parent: null };
  return {
    sender: { id: webContentsId },
    senderFrame: options.noFrame ? null : options.subFrame ? { url, parent: top } : top,
  };
}

describe('who may send commands', () => {
  it('accepts the top-level frame of our own window on the app origin, and says which window it is', () => {
    expect(checkSender(senderEvent(panelId, 'app://companion/panel.html'), identify)).toEqual({
      ok: true,
      origin: { window: 'panel' },
    });
    expect(checkSender(senderEvent(popupId, 'app://companion/popup.html?call=4711'), identify)).toEqual({
      ok: true,
      origin: { window: 'popup', popupCallId: '4711' },
    });
  });

  it('refuses a page that is not the app, even inside our window', () => {
    expect(checkSender(senderEvent(panelId, 'https://evil.example/'), identify)).toEqual({
      ok: false,
      reason: 'foreign-origin',
    });
    expect(checkSender(senderEvent(panelId, 'file:///tmp/panel.html'), identify)).toMatchObject({
      ok: false,
    });
    expect(checkSender(senderEvent(panelId, 'app://other/panel.html'), identify)).toMatchObject({
      ok: false,
    });
  });

  it('refuses sub-frames, vanished frames and webContents that are not ours', () => {
    expect(
      checkSender(senderEvent(panelId, 'app://companion/panel.html', { subFrame: true }), identify),
    ).toEqual({
      ok: false,
      reason: 'sub-frame',
    });
    expect(
      checkSender(senderEvent(panelId, 'app://companion/panel.html', { noFrame: true }), identify),
    ).toEqual({
      ok: false,
      reason: 'frame-gone',
    });
    expect(checkSender(senderEvent(99, 'app://companion/panel.html'), identify)).toEqual({
      ok: false,
      reason: 'unknown-window',
    });
  });

  it('the popup id comes from our own records, not from the URL the page shows', () => {
    const check = checkSender(senderEvent(popupId, 'app://companion/popup.html?call=someone-else'), identify);
    expect(check).toEqual({ ok: true, origin: { window: 'popup', popupCallId: '4711' } });
  });
});

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function registerWithFakes() {
  const handlers = new Map<string, Handler>();
  const ran: { name: CommandName; input: unknown; origin: CommandOrigin }[] = [];
  const runner: CommandRunner = {
    commandInputs,
    commandAccess,
    popupCalls: () => [],
    commandLog: silentLogger,
    runCommand: async (name, input, origin) => {
      ran.push({ name, input, origin });
      return null;
    },
  };
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
  } as unknown as Pick<IpcMain, 'handle'>;
  registerCommandHandlers({ ipcMain, runner, identify, log: silentLogger });
  return { handlers, ran };
}

describe('the IPC command handlers', () => {
  it('registers one channel per command of the contract', () => {
    const { handlers } = registerWithFakes();
    expect([...handlers.keys()].sort()).toEqual(commandNames.map(commandChannel).sort());
  });

  it('runs a command from our window with its origin and parsed input', async () => {
    const { handlers, ran } = registerWithFakes();
    const dismiss = handlers.get(commandChannel('popup/dismiss'));
    const result = await dismiss?.(senderEvent(popupId, 'app://companion/popup.html?call=4711'), {
      callId: '4711',
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(ran).toEqual([
      { name: 'popup/dismiss', input: { callId: '4711' }, origin: { window: 'popup', popupCallId: '4711' } },
    ]);
  });

  it('answers forbidden to a forged sender and never reaches the core', async () => {
    const { handlers, ran } = registerWithFakes();
    const getState = handlers.get(commandChannel('app/get-state'));
    expect(await getState?.(senderEvent(panelId, 'https://evil.example/'), {})).toEqual({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(
      await getState?.(senderEvent(panelId, 'app://companion/panel.html', { subFrame: true }), {}),
    ).toEqual({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(ran).toEqual([]);
  });

  it('refuses a command the sending window may not run: a popup acts on its own call only', async () => {
    const { handlers, ran } = registerWithFakes();
    const popup = senderEvent(popupId, 'app://companion/popup.html?call=4711');
    const dismiss = handlers.get(commandChannel('popup/dismiss'));
    const forget = handlers.get(commandChannel('secret/forget'));
    const trust = handlers.get(commandChannel('connection/trust-certificate'));
    const refused = { ok: false, error: { kind: 'forbidden', detail: 'window-not-allowed' } };
    expect(await dismiss?.(popup, { callId: '4712' })).toEqual(refused);
    expect(await forget?.(popup, {})).toEqual(refused);
    expect(await trust?.(popup, { host: 'pbx.example', fingerprint256: `${'AB:'.repeat(31)}AB` })).toEqual(
      refused,
    );
    // The panel has no business with the stored secret either: that is the settings window's.
    expect(await forget?.(senderEvent(panelId, 'app://companion/panel.html'), {})).toEqual(refused);
    expect(ran).toEqual([]);
  });

  it('refuses bad input from our own window as invalid-input, before the core', async () => {
    const { handlers, ran } = registerWithFakes();
    const dismiss = handlers.get(commandChannel('popup/dismiss'));
    const result = await dismiss?.(senderEvent(panelId, 'app://companion/panel.html'), {
      callId: 42,
      extra: true,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    expect(ran).toEqual([]);
  });
});

describe('events pushed to the windows', () => {
  it('sends every core event to every live window and stops when unsubscribed', () => {
    const listeners = new Map<EventName, (payload: unknown) => void>();
    const source: EventSource = {
      on(event, listener) {
        listeners.set(event, listener as (payload: unknown) => void);
        return () => listeners.delete(event);
      },
    };
    const sent: { target: string; channel: string; payload: unknown }[] = [];
    const target = (name: string) => ({
      send: (channel: string, payload: unknown) => sent.push({ target: name, channel, payload }),
    });
    const closing = {
      send: () => {
        throw new Error('Render frame was disposed');
      },
    };
    const stop = forwardEvents(source, () => [target('panel'), closing, target('popup')], silentLogger);

    const notice: CompanionEvents['notice'] = { id: 'n1', level: 'info', key: 'notice.test' };
    listeners.get('notice')?.(notice);
    expect(sent).toEqual([
      { target: 'panel', channel: eventChannel('notice'), payload: notice },
      { target: 'popup', channel: eventChannel('notice'), payload: notice },
    ]);
    // Every event of the contract, features' included.
    expect([...listeners.keys()].sort()).toEqual([...eventNames].sort());
    stop();
    expect(listeners.size).toBe(0);
  });
});
