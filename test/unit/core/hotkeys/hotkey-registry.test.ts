import { describe, expect, test } from 'vitest';
import { checkAccelerator } from '../../../../electron/core/hotkeys/accelerator';
import { defaultHotkeys } from '../../../../electron/core/hotkeys/default-hotkeys';
import { type HotkeyBindings, HotkeyRegistry } from '../../../../electron/core/hotkeys/hotkey-registry';
import { silentLogger } from '../../../../electron/core/log';
import type { HotkeyAction, HotkeysView } from '../../../../electron/shared/features/hotkeys';
import { FakeShortcuts } from './fake-shortcuts';

function setup(options: { platform?: string; wayland?: boolean; port?: FakeShortcuts | null } = {}) {
  const platform = options.platform ?? 'linux';
  const port = options.port === undefined ? new FakeShortcuts() : options.port;
  const fired: HotkeyAction[] = [];
  const views: HotkeysView[] = [];
  const defaults = defaultHotkeys(platform);
  const registry = new HotkeyRegistry({
    port,
    platform,
    wayland: options.wayland ?? false,
    defaults,
    log: silentLogger,
    onTrigger: (action) => fired.push(action),
    onChange: (view) => views.push(view),
  });
  const status = () =>
    Object.fromEntries(registry.view().bindings.map((binding) => [binding.action, binding.status]));
  return { registry, port, fired, views, defaults, status };
}

const linuxDefaults: HotkeyBindings = defaultHotkeys('linux');

describe('the hotkey registry', () => {
  test('registers the defaults and runs the action when a shortcut is pressed', () => {
    const { registry, port, fired, status } = setup();
    registry.apply(linuxDefaults);
    expect([...(port?.registered.keys() ?? [])].sort()).toEqual([
      'Control+Alt+Shift+A',
      'Control+Alt+Shift+C',
      'Control+Alt+Shift+D',
      'Control+Alt+Shift+H',
      'Control+Alt+Shift+P',
    ]);
    // The optional profile hotkey has no default: it stays off until the agent sets one.
    const { 'cycle-profile': optional, ...set } = status();
    expect(optional).toBe('off');
    expect(new Set(Object.values(set))).toEqual(new Set(['active']));
    port?.press('Control+Alt+Shift+D');
    port?.press('Control+Alt+Shift+P');
    expect(fired).toEqual(['dial-selection', 'toggle-pause']);
  });

  test('a shortcut another app holds is shown as unavailable, and the others still work', () => {
    const port = new FakeShortcuts();
    port.takenByOthers.add('Control+Alt+Shift+H');
    const { registry, status } = setup({ port });
    registry.apply(linuxDefaults);
    expect(status()).toMatchObject({
      'hang-up': 'unavailable',
      answer: 'active',
      'dial-selection': 'active',
    });
  });

  test('two actions with the same shortcut: the second is a conflict and never reaches the desktop', () => {
    const { registry, port, status } = setup();
    registry.apply({ ...linuxDefaults, 'hang-up': 'ctrl+alt+shift+a' });
    expect(status()).toMatchObject({ answer: 'active', 'hang-up': 'conflict' });
    expect(registry.view().bindings.find((binding) => binding.action === 'hang-up')?.conflictWith).toBe(
      'answer',
    );
    expect(port?.calls.filter((call) => call.endsWith('+A'))).toEqual(['register Control+Alt+Shift+A']);
  });

  test('a shortcut stays with the action that has it: the one just given the same keys is the conflict', () => {
    const { registry, port, fired, status } = setup();
    registry.apply(linuxDefaults);
    registry.apply({ ...linuxDefaults, answer: 'Control+Alt+Shift+P' });
    expect(status()).toMatchObject({ answer: 'conflict', 'toggle-pause': 'active' });
    port?.press('Control+Alt+Shift+P');
    expect(fired).toEqual(['toggle-pause']);
  });

  test('CommandOrControl is Control on Linux and Command on macOS when looking for conflicts', () => {
    const linux = setup();
    linux.registry.apply({ ...linuxDefaults, 'hang-up': 'CommandOrControl+Alt+Shift+A' });
    expect(linux.status()['hang-up']).toBe('conflict');
    const mac = setup({ platform: 'darwin' });
    mac.registry.apply({ ...defaultHotkeys('darwin'), 'hang-up': 'CmdOrCtrl+Option+Shift+A' });
    expect(mac.status()['hang-up']).toBe('conflict');
    mac.registry.apply({ ...defaultHotkeys('darwin'), 'hang-up': 'Control+Alt+Shift+A' });
    expect(mac.status()['hang-up']).toBe('active');
  });

  test('invalid shortcuts and switched-off actions are said as such', () => {
    const { registry, port, status } = setup();
    registry.apply({
      ...linuxDefaults,
      answer: 'Shift+A',
      'hang-up': 'Ctrl+Alt+Banana',
      'toggle-pause': null,
    });
    expect(status()).toMatchObject({ answer: 'invalid', 'hang-up': 'invalid', 'toggle-pause': 'off' });
    expect(port?.registered.has('Control+Alt+Shift+P')).toBe(false);
  });

  test('suspending gives every shortcut back; resuming takes them again', () => {
    const { registry, port, fired, status } = setup();
    registry.apply(linuxDefaults);
    registry.setSuspended(true);
    expect(port?.registered.size).toBe(0);
    const { 'cycle-profile': optional, ...set } = status();
    expect(optional).toBe('off');
    expect(new Set(Object.values(set))).toEqual(new Set(['suspended']));
    expect(port?.press('Control+Alt+Shift+D')).toBe(false);
    registry.setSuspended(false);
    expect(port?.registered.size).toBe(5);
    port?.press('Control+Alt+Shift+D');
    expect(fired).toEqual(['dial-selection']);
    expect(registry.view().suspended).toBe(false);
  });

  test('a settings change re-registers only what changed, and a moved shortcut follows its action', () => {
    const { registry, port, fired } = setup();
    registry.apply(linuxDefaults);
    port?.calls.splice(0);
    // The agent swaps answer and hang-up.
    registry.apply({ ...linuxDefaults, answer: 'Control+Alt+Shift+H', 'hang-up': 'Control+Alt+Shift+A' });
    expect(port?.calls).toEqual([
      'unregister Control+Alt+Shift+A',
      'unregister Control+Alt+Shift+H',
      'register Control+Alt+Shift+H',
      'register Control+Alt+Shift+A',
    ]);
    port?.press('Control+Alt+Shift+H');
    expect(fired).toEqual(['answer']);
    // The same bindings again change nothing at the desktop.
    port?.calls.splice(0);
    registry.apply({ ...linuxDefaults, answer: 'Control+Alt+Shift+H', 'hang-up': 'Control+Alt+Shift+A' });
    expect(port?.calls).toEqual([]);
  });

  test('a shortcut that was taken is tried again after the next settings change', () => {
    const port = new FakeShortcuts();
    port.takenByOthers.add('Control+Alt+Shift+H');
    const { registry, status } = setup({ port });
    registry.apply(linuxDefaults);
    expect(status()['hang-up']).toBe('unavailable');
    port.takenByOthers.clear();
    registry.apply({ ...linuxDefaults, 'toggle-pause': 'Control+Alt+Shift+F12' });
    expect(status()['hang-up']).toBe('active');
  });

  test('on Wayland a registration is unverified until the shortcut fires; a portal refusal is unavailable', () => {
    const port = new FakeShortcuts();
    port.portalRefuses.add('Control+Alt+Shift+P');
    const { registry, status, views } = setup({ port, wayland: true });
    registry.apply(linuxDefaults);
    expect(status()).toMatchObject({ 'dial-selection': 'unverified', 'toggle-pause': 'unavailable' });
    expect(port.registered.has('Control+Alt+Shift+P')).toBe(false);
    port.press('Control+Alt+Shift+D');
    expect(status()['dial-selection']).toBe('active');
    expect(views.at(-1)?.bindings.find((binding) => binding.action === 'dial-selection')?.status).toBe(
      'active',
    );
    // Confirmed once, it stays confirmed across a settings change.
    registry.apply({ ...linuxDefaults, answer: null });
    expect(status()['dial-selection']).toBe('active');
    expect(registry.view().wayland).toBe(true);
  });

  test('a register() that throws on syntax Electron does not accept marks the shortcut invalid', () => {
    const { registry, status } = setup();
    registry.apply({ ...linuxDefaults, answer: 'Control+Alt+Shift+=' });
    expect(status().answer).toBe('invalid');
  });

  test('without global shortcuts (the preview) every set shortcut is unsupported', () => {
    const { registry, status } = setup({ port: null });
    registry.apply(linuxDefaults);
    expect(registry.view().available).toBe(false);
    const { 'cycle-profile': optional, ...set } = status();
    expect(optional).toBe('off');
    expect(new Set(Object.values(set))).toEqual(new Set(['unsupported']));
  });

  test('dispose gives everything back to the desktop', () => {
    const { registry, port } = setup();
    registry.apply(linuxDefaults);
    registry.dispose();
    expect(port?.registered.size).toBe(0);
  });
});

describe('accelerators', () => {
  test.each([
    ['ctrl+alt+shift+d', 'Control+Alt+Shift+D'],
    ['Shift+Alt+CmdOrCtrl+k', 'CommandOrControl+Alt+Shift+K'],
    ['Option+Command+Space', 'Command+Alt+Space'],
    ['Super+F5', 'Super+F5'],
    ['F9', 'F9'],
    ['MediaPlayPause', 'MediaPlayPause'],
    ['Ctrl++', 'Control+Plus'],
    ['Meta+num5', 'Super+num5'],
  ])('%s is %s', (text, normalized) => {
    expect(checkAccelerator(text, 'linux')).toMatchObject({ ok: true, normalized });
  });

  test.each([
    ['', 'syntax'],
    ['Ctrl+', 'syntax'],
    ['Ctrl+Shift', 'syntax'],
    ['Ctrl+Ctrl+A', 'syntax'],
    ['Ctrl+A+B', 'unknown-key'],
    ['Ctrl+Banana', 'unknown-key'],
    ['A', 'no-modifier'],
    ['Shift+A', 'no-modifier'],
  ])('%j is refused (%s)', (text, reason) => {
    expect(checkAccelerator(text, 'linux')).toEqual({ ok: false, reason });
  });

  test('defaults differ per platform', () => {
    expect(defaultHotkeys('win32')['dial-selection']).toBe('Control+Alt+Shift+D');
    expect(defaultHotkeys('linux')['show-panel']).toBe('Control+Alt+Shift+C');
    expect(defaultHotkeys('darwin')['dial-selection']).toBe('Command+Alt+Shift+D');
    expect(defaultHotkeys('linux')['cycle-profile']).toBeNull();
  });
});
