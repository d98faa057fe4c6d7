/**
 * The global hotkeys through the real core against the demo PBX, with Electron's globalShortcut and
 * clipboard faked at the DesktopPorts interface: pressing a shortcut does what the settings say.
 */
import { describe, expect, test } from 'vitest';
import { type DemoSession, useDemoSession, value } from '../harness/demo-session';
import { FakeShortcuts } from '../unit/core/hotkeys/fake-shortcuts';

const session = useDemoSession('Dial-2026!', { pbxClock: 'real', waitFor: 'device', window: 'panel' });

async function startWithDesktop(options: { wayland?: boolean } = {}) {
  const shortcuts = new FakeShortcuts();
  const desktop = { selection: '' };
  await session.start({
    fixture: {
      desktop: { shortcuts, readSelection: () => desktop.selection, wayland: options.wayland ?? false },
    },
  });
  return { shortcuts, desktop };
}

const settle = (target: DemoSession) => target.fixture.pump(300, 50);

describe('global hotkeys', () => {
  test('dial the selection: it shows what it read and dials only once the agent confirms, a second later', async () => {
    const { shortcuts, desktop } = await startWithDesktop();
    // A page that wrote a premium number into the clipboard: the hotkey reads it, dials nothing.
    desktop.selection = '0900 5 666 666';
    shortcuts.press('Control+Alt+Shift+D');
    await session.fixture.until(() => session.fixture.companion.state.dial.pending !== null);
    const pending = session.fixture.companion.state.dial.pending;
    expect(pending).toMatchObject({ reason: 'confirm-link', source: 'hotkey', destination: '09005666666' });
    expect(session.dialRequestsSinceMark().filter((request) => request.method === 'POST')).toEqual([]);
    // The agent asked for the app: the panel takes the keyboard, with Cancel focused (PendingDial).
    expect(session.fixture.windows.events.at(-1)).toBe('panel');
    // An Enter right after the keys confirms nothing; the agent reads, then confirms.
    expect(value(await session.run('dial/confirm', { id: pending?.id ?? '' }))).toMatchObject({
      status: 'pending',
    });
    expect(session.actions()).toEqual([]);
    await session.fixture.pump(1000);
    value(await session.run('dial/confirm', { id: pending?.id ?? '' }));
    expect(session.actions()).toEqual([
      expect.objectContaining({ body: { action: 'dial', destination: '09005666666', prefix: 'auto' } }),
    ]);
  });

  test('with the confirmation switched off, a selected signature line is dialed on the default device', async () => {
    const { shortcuts, desktop } = await startWithDesktop();
    expect(session.fixture.companion.state.hotkeys).toMatchObject({ available: true, suspended: false });
    expect(session.fixture.companion.state.dial.settings.confirmHotkeyDials).toBe(true);
    value(await session.run('dial/update-settings', { confirmHotkeyDials: false }, 'settings'));
    desktop.selection = 'Mobil: +49 (0)172 123 45 67';
    shortcuts.press('Control+Alt+Shift+D');
    await session.fixture.until(() => session.actions().length > 0);
    expect(session.actions()).toEqual([
      expect.objectContaining({ body: { action: 'dial', destination: '+491721234567', prefix: 'auto' } }),
    ]);
    // Garbage under the selection: the panel comes up with the reason, the PBX hears nothing.
    session.mark();
    desktop.selection = 'see you tomorrow';
    shortcuts.press('Control+Alt+Shift+D');
    await session.fixture.until(() => session.fixture.companion.state.dial.lastAttempt?.status === 'failed');
    expect(session.dialRequestsSinceMark()).toEqual([]);
    expect(session.fixture.companion.state.dial.lastAttempt).toMatchObject({
      status: 'failed',
      source: 'hotkey',
      error: { detail: 'dial-not-a-number' },
    });
    expect(session.fixture.windows.events.at(-1)).toBe('panel');
  });

  test('answer, hang up and pause run the commands of the calls and queues features', async () => {
    const { shortcuts } = await startWithDesktop();
    const { phonecallId } = session.pbx.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
    await session.fixture.until(() =>
      session.fixture.companion.state.calls.live.some((call) => call.phase === 'ringing'),
    );
    shortcuts.press('Control+Alt+Shift+A');
    await session.fixture.until(() =>
      session.fixture.companion.state.calls.live.some((call) => call.phase === 'connected'),
    );
    // The calls feature answers with pickup or offhook, whichever the device offers.
    expect(session.actions().at(-1)).toMatchObject({
      action: expect.stringMatching(/^(pickup|offhook)$/),
      status: 200,
    });
    shortcuts.press('Control+Alt+Shift+H');
    await session.fixture.until(() => session.fixture.companion.state.calls.live.length === 0);
    expect(session.actions().at(-1)).toMatchObject({ action: 'hangup', status: 200 });
    expect(session.pbx.sim.liveCalls().some((call) => call.phonecallId === phonecallId)).toBe(false);
    shortcuts.press('Control+Alt+Shift+P');
    await session.fixture.until(() => session.pbx.sim.queueActions().length > 0);
    expect(session.pbx.sim.queueActions().at(-1)).toMatchObject({ action: 'pause', identity: 'tsander' });
    // Nothing to hang up: a notice says so.
    shortcuts.press('Control+Alt+Shift+H');
    await session.fixture.until(() => session.fixture.companion.state.notices.length > 0);
    expect(session.fixture.companion.state.notices.at(-1)).toMatchObject({
      key: 'notice.dial.noCallToHangUp',
    });
  });

  test('a changed shortcut is registered at once, the old one let go; suspended, nothing fires', async () => {
    const { shortcuts } = await startWithDesktop();
    const view = value(
      await session.run('hotkeys/set', { action: 'show-panel', accelerator: 'ctrl+alt+k' }, 'settings'),
    );
    expect(view.bindings.find((binding) => binding.action === 'show-panel')).toMatchObject({
      accelerator: 'Control+Alt+K',
      status: 'active',
    });
    expect(shortcuts.press('Control+Alt+Shift+C')).toBe(false);
    shortcuts.press('Control+Alt+K');
    expect(session.fixture.windows.events.at(-1)).toBe('panel');
    expect(JSON.stringify(session.fixture.settingsFile.read())).toContain('Control+Alt+K');

    const conflict = value(
      await session.run('hotkeys/set', { action: 'hang-up', accelerator: 'Control+Alt+K' }, 'settings'),
    );
    expect(conflict.bindings.find((binding) => binding.action === 'hang-up')).toMatchObject({
      status: 'conflict',
      conflictWith: 'show-panel',
    });

    value(await session.run('hotkeys/suspend', { suspended: true }, 'settings'));
    expect(shortcuts.registered.size).toBe(0);
    expect(session.fixture.companion.state.hotkeys.suspended).toBe(true);
    value(await session.run('hotkeys/suspend', { suspended: false }, 'settings'));
    value(await session.run('hotkeys/reset', {}, 'settings'));
    expect([...shortcuts.registered.keys()]).toContain('Control+Alt+Shift+C');
    // Every shortcut with a default is active again; the optional profile hotkey has none (off).
    expect(
      Object.fromEntries(
        session.fixture.companion.state.hotkeys.bindings.map((binding) => [binding.action, binding.status]),
      ),
    ).toEqual({
      'dial-selection': 'active',
      answer: 'active',
      'hang-up': 'active',
      'toggle-pause': 'active',
      'show-panel': 'active',
      'cycle-profile': 'off',
    });
  });

  test('on Wayland the settings show each shortcut unverified until it fired once', async () => {
    const { shortcuts } = await startWithDesktop({ wayland: true });
    const statusOf = () =>
      session.fixture.companion.state.hotkeys.bindings.find((binding) => binding.action === 'show-panel')
        ?.status;
    expect(session.fixture.companion.state.hotkeys.wayland).toBe(true);
    expect(statusOf()).toBe('unverified');
    shortcuts.press('Control+Alt+Shift+C');
    await settle(session);
    expect(statusOf()).toBe('active');
  });
});
