/**
 * The BrowserWindow options of each kind of window. Every window gets the same locked-down
 * `webPreferences` from one place, so a new window cannot be created with weaker ones by accident.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowKind } from '../shared/contract';
import { panelSize, popupSize, settingsSize } from '../shared/window-sizes';
import type { Size } from './window-placement';

export const windowSizes: Record<WindowKind, Size> = {
  panel: panelSize,
  popup: popupSize,
  settings: settingsSize,
};

export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

export interface WindowOptionsContext {
  preloadPath: string;
  devTools: boolean;
  platform: NodeJS.Platform;
  backgroundColor: string;
}

export function panelWindowOptions(context: WindowOptionsContext): BrowserWindowConstructorOptions {
  return {
    ...windowSizes.panel,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    backgroundColor: context.backgroundColor,
    title: 'pascom Companion',
    webPreferences: secureWebPreferences(context.preloadPath, context.devTools),
  };
}

/**
 * A caller popup must never take the keyboard from the app the agent is typing in. `focusable:
 * false` does that on Windows and macOS; on Linux it turns the window into one the window manager
 * no longer manages at all (Electron docs), so there it stays focusable and is only ever shown with
 * `showInactive()`. The window type asks each platform's window manager to treat it as a
 * notification-like surface above normal windows.
 */
export function popupWindowOptions(context: WindowOptionsContext): BrowserWindowConstructorOptions {
  const popupType: Partial<Record<NodeJS.Platform, string>> = {
    darwin: 'panel',
    linux: 'notification',
    win32: 'toolbar',
  };
  return {
    ...windowSizes.popup,
    show: false,
    frame: false,
    resizable: false,
    movable: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    focusable: context.platform === 'linux',
    ...(popupType[context.platform] ? { type: popupType[context.platform] } : {}),
    backgroundColor: context.backgroundColor,
    title: 'pascom Companion',
    // The page reports the height its content needs; windows.ts sizes the popup to it.
    webPreferences: {
      ...secureWebPreferences(context.preloadPath, context.devTools),
      enablePreferredSizeMode: true,
    },
  };
}

export function settingsWindowOptions(context: WindowOptionsContext): BrowserWindowConstructorOptions {
  return {
    ...windowSizes.settings,
    // The size is the page's, as the preview shows it: without this the title bar and frame come
    // out of it, and the first run's Connect ended up under the window's bottom edge.
    useContentSize: true,
    minWidth: 420,
    minHeight: 480,
    show: false,
    resizable: true,
    fullscreenable: false,
    autoHideMenuBar: true,
    backgroundColor: context.backgroundColor,
    title: 'pascom Companion',
    webPreferences: secureWebPreferences(context.preloadPath, context.devTools),
  };
}
