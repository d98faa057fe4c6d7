/**
 * The global hotkeys through the real core against the demo PBX, with Electron's globalShortcut and
 * clipboard faked at the DesktopPorts interface: pressing a shortcut does what the settings say.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { FakeShortcuts } from '../unit/hotkeys/fake-shortcuts';
import { type DialRig, startDialRig, value } from './dial-kit';

let rig: DialRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function rigWithDesktop(options: { wayland?: boolean } = {}) {
  const shortcuts = new FakeShortcuts();
  const desktop = { selection: '' };
  rig = await startDialRig({
    desktop: { shortcuts, readSelection: () => desktop.selection, wayland: options.wayland ?? false },
  });
  return { rig, shortcuts, desktop };
}

const settle = (target: DialRig) => target.fixture.pump(300, 50);

describe('global hotkeys', () => {
  test('dial the selection: a selected signature line is dialed on the default device', async () => {
    const { rig, shortcuts, desktop } = await rigWithDesktop();
    expect(rig.fixture.companion.state.hotkeys).toMatchObject({ available: true, suspended: false });
    desktop.selection = 'Mobil: +49 (0)172 123 45 67';
    shortcuts.press('Control+Alt+Shift+D');
    await rig.fixture.until(() => rig.actions().length > 0);
    expect(rig.actions()).toEqual([
      expect.objectContaining({ body: { action: 'dial', destination: '+491721234567', prefix: 'auto' } }),
    ]);
    // Garbage under the selection: the panel comes up with the reason, the PBX hears nothing.
    rig.mark();
    desktop.selection = 'see you tomorrow';
    shortcuts.press('Control+Alt+Shift+D');
    await rig.fixture.until(() => rig.fixture.companion.state.dial.lastAttempt?.status === 'failed');
    expect(rig.dialRequestsSinceMark()).toEqual([]);
    expect(rig.fixture.companion.state.dial.lastAttempt).toMatchObject({
      status: 'failed',
      source: 'hotkey',
      error: { detail: 'dial-not-a-number' },
    });
    expect(rig.fixture.windows.events.at(-1)).toBe('panel');
  });

  test('answer, hang up and pause run the commands of the calls and queues features', async () => {
    const { rig, shortcuts } = await rigWithDesktop();
    const { phonecallId } = rig.pbx.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
    await rig.fixture.until(() =>
      rig.fixture.companion.state.calls.live.some((call) => call.phase === 'ringing'),
    );
    shortcuts.press('Control+Alt+Shift+A');
    await rig.fixture.until(() =>
      rig.fixture.companion.state.calls.live.some((call) => call.phase === 'connected'),
    );
    // The calls feature answers with pickup or offhook, whichever the device offers.
    expect(rig.actions().at(-1)).toMatchObject({
      action: expect.stringMatching(/^(pickup|offhook)$/),
      status: 200,
    });
    shortcuts.press('Control+Alt+Shift+H');
    await rig.fixture.until(() => rig.fixture.companion.state.calls.live.length === 0);
    expect(rig.actions().at(-1)).toMatchObject({ action: 'hangup', status: 200 });
    expect(rig.pbx.sim.liveCalls().some((call) => call.phonecallId === phonecallId)).toBe(false);
    shortcuts.press('Control+Alt+Shift+P');
    await rig.fixture.until(() => rig.pbx.sim.queueActions().length > 0);
    expect(rig.pbx.sim.queueActions().at(-1)).toMatchObject({ action: 'pause', identity: 'tsander' });
    // Nothing to hang up: a notice says so.
    shortcuts.press('Control+Alt+Shift+H');
    await rig.fixture.until(() => rig.fixture.companion.state.notices.length > 0);
    expect(rig.fixture.companion.state.notices.at(-1)).toMatchObject({ key: 'notice.dial.noCallToHangUp' });
  });

  test('a changed shortcut is registered at once, the old one let go; suspended, nothing fires', async () => {
    const { rig, shortcuts } = await rigWithDesktop();
    const view = value(
      await rig.run('hotkeys/set', { action: 'show-panel', accelerator: 'ctrl+alt+k' }, 'settings'),
    );
    expect(view.bindings.find((binding) => binding.action === 'show-panel')).toMatchObject({
      accelerator: 'Control+Alt+K',
      status: 'active',
    });
    expect(shortcuts.press('Control+Alt+Shift+C')).toBe(false);
    shortcuts.press('Control+Alt+K');
    expect(rig.fixture.windows.events.at(-1)).toBe('panel');
    expect(JSON.stringify(rig.fixture.settingsFile.read())).toContain('Control+Alt+K');

    const conflict = value(
      await rig.run('hotkeys/set', { action: 'hang-up', accelerator: 'Control+Alt+K' }, 'settings'),
    );
    expect(conflict.bindings.find((binding) => binding.action === 'hang-up')).toMatchObject({
      status: 'conflict',
      conflictWith: 'show-panel',
    });

    value(await rig.run('hotkeys/suspend', { suspended: true }));
    expect(shortcuts.registered.size).toBe(0);
    expect(rig.fixture.companion.state.hotkeys.suspended).toBe(true);
    value(await rig.run('hotkeys/suspend', { suspended: false }));
    value(await rig.run('hotkeys/reset', {}, 'settings'));
    expect([...shortcuts.registered.keys()]).toContain('Control+Alt+Shift+C');
    expect(rig.fixture.companion.state.hotkeys.bindings.every((binding) => binding.status === 'active')).toBe(
      true,
    );
  });

  test('on Wayland the settings show each shortcut unverified until it fired once', async () => {
    const { rig, shortcuts } = await rigWithDesktop({ wayland: true });
    const statusOf = () =>
      rig.fixture.companion.state.hotkeys.bindings.find((binding) => binding.action === 'show-panel')?.status;
    expect(rig.fixture.companion.state.hotkeys.wayland).toBe(true);
    expect(statusOf()).toBe('unverified');
    shortcuts.press('Control+Alt+Shift+C');
    await settle(rig);
    expect(statusOf()).toBe('active');
  });
});
