import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import {
  createDesktopPorts,
  enableGlobalShortcutsPortal,
  isWaylandSession,
} from '../../../electron/main/hotkeys';

function clipboard(texts: { selection?: string; clipboard?: string; throws?: boolean }) {
  const asked: string[] = [];
  return {
    asked,
    readText(type?: 'selection' | 'clipboard') {
      asked.push(type ?? 'clipboard');
      if (texts.throws) throw new Error('no display');
      return (type === 'selection' ? texts.selection : texts.clipboard) ?? '';
    },
  };
}

const noShortcuts = { register: () => true, unregister: () => {}, isRegistered: () => true };

describe('the Electron side of the hotkeys', () => {
  test('Wayland is recognised from the session, and only then gets the GlobalShortcutsPortal switch', () => {
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(isWaylandSession('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(isWaylandSession('darwin', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
    const switches: [string, string | undefined][] = [];
    const app = {
      commandLine: { appendSwitch: (name: string, value?: string) => switches.push([name, value]) },
    };
    expect(enableGlobalShortcutsPortal(app as never, 'linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(enableGlobalShortcutsPortal(app as never, 'linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(switches).toEqual([['enable-features', 'GlobalShortcutsPortal']]);
  });

  test('"dial the selection" reads the primary selection on Linux, else the clipboard', () => {
    const linux = clipboard({ selection: '089 1234567', clipboard: 'old' });
    const ports = createDesktopPorts({
      globalShortcut: noShortcuts,
      clipboard: linux,
      platform: 'linux',
      env: {},
      log: silentLogger,
    });
    expect(ports.readSelection()).toBe('089 1234567');
    const nothingSelected = clipboard({ selection: '  ', clipboard: '+49 89 1234567' });
    expect(
      createDesktopPorts({
        globalShortcut: noShortcuts,
        clipboard: nothingSelected,
        platform: 'linux',
        env: {},
        log: silentLogger,
      }).readSelection(),
    ).toBe('+49 89 1234567');
    const windows = clipboard({ selection: 'never asked', clipboard: '221' });
    expect(
      createDesktopPorts({
        globalShortcut: noShortcuts,
        clipboard: windows,
        platform: 'win32',
        env: {},
        log: silentLogger,
      }).readSelection(),
    ).toBe('221');
    expect(windows.asked).toEqual(['clipboard']);
    const broken = clipboard({ throws: true });
    expect(
      createDesktopPorts({
        globalShortcut: noShortcuts,
        clipboard: broken,
        platform: 'linux',
        env: {},
        log: silentLogger,
      }).readSelection(),
    ).toBe('');
  });

  test('passes registrations straight to globalShortcut and says whether this is Wayland', () => {
    const calls: string[] = [];
    const globalShortcut = {
      register: (accelerator: string) => {
        calls.push(`register ${accelerator}`);
        return false;
      },
      unregister: (accelerator: string) => void calls.push(`unregister ${accelerator}`),
      isRegistered: () => false,
    };
    const ports = createDesktopPorts({
      globalShortcut,
      clipboard: clipboard({}),
      platform: 'linux',
      env: { XDG_SESSION_TYPE: 'wayland' },
      log: silentLogger,
    });
    expect(ports.wayland).toBe(true);
    expect(ports.shortcuts?.register('Control+Alt+Shift+D', () => {})).toBe(false);
    ports.shortcuts?.unregister('Control+Alt+Shift+D');
    expect(calls).toEqual(['register Control+Alt+Shift+D', 'unregister Control+Alt+Shift+D']);
  });
});
