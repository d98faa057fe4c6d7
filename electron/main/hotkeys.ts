/**
 * Electron's side of the global hotkeys and of "dial the selection": `globalShortcut` and
 * `clipboard` behind the core's DesktopPorts (the registry itself lives in the core).
 *
 * On Wayland, Chromium reaches global shortcuts only through the desktop's GlobalShortcuts portal
 * (https://www.electronjs.org/docs/latest/api/global-shortcut), switched on before `ready`. There
 * `register()` answers true before the desktop agreed, or when it never will (GNOME before 48 has
 * no such portal; under XWayland an X11 grab only sees keys while an X11 window has focus,
 * https://github.com/electron/electron/issues/15863), so the core treats a Wayland registration
 * as unverified until it fires once, and README describes `--dial` as the fallback.
 */
import type { App, Clipboard, GlobalShortcut } from 'electron';
import type { DesktopPorts, Logger } from '../core/ports';

type Environment = Readonly<Record<string, string | undefined>>;

export function isWaylandSession(platform: NodeJS.Platform, env: Environment): boolean {
  return platform === 'linux' && (env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY));
}

/** Must run before `ready`. Returns whether the portal was switched on. */
export function enableGlobalShortcutsPortal(
  app: Pick<App, 'commandLine'>,
  platform: NodeJS.Platform,
  env: Environment,
): boolean {
  if (!isWaylandSession(platform, env)) return false;
  app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
  return true;
}

export interface DesktopPortsOptions {
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister' | 'isRegistered'>;
  clipboard: Pick<Clipboard, 'readText'>;
  platform: NodeJS.Platform;
  env: Environment;
  log: Logger;
}

export function createDesktopPorts(options: DesktopPortsOptions): DesktopPorts {
  const { globalShortcut, clipboard, platform } = options;
  return {
    shortcuts: {
      register: (accelerator, callback) => globalShortcut.register(accelerator, callback),
      unregister: (accelerator) => globalShortcut.unregister(accelerator),
      isRegistered: (accelerator) => globalShortcut.isRegistered(accelerator),
    },
    readSelection: () => {
      // Linux has the primary selection (what is highlighted, no Ctrl+C needed); elsewhere, or
      // when nothing is highlighted, the clipboard is the only text another app can give us.
      const selection = platform === 'linux' ? safeRead(clipboard, 'selection', options.log) : '';
      return selection.trim() !== '' ? selection : safeRead(clipboard, 'clipboard', options.log);
    },
    wayland: isWaylandSession(platform, options.env),
  };
}

function safeRead(
  clipboard: Pick<Clipboard, 'readText'>,
  type: 'selection' | 'clipboard',
  log: Logger,
): string {
  try {
    return clipboard.readText(type);
  } catch (error) {
    log.log('warn', 'clipboard could not be read', { type, error: String(error) });
    return '';
  }
}
