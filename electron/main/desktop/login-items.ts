/**
 * Start at login on Windows and macOS: Electron's login items. Windows starts the app with
 * `--hidden` (the Run key keeps the arguments); macOS cannot pass arguments to a login item, so
 * main asks `wasOpenedAtLogin` instead (hidden-start.ts). `openAsHidden` keeps the app hidden on the
 * macOS versions that still honour it.
 */
import type { App } from 'electron';
import type { AutostartPort } from '../../core/desktop/ports';
import { hiddenFlag } from './xdg-autostart';

export function createLoginItems(
  app: Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings'>,
  execPath: string,
): AutostartPort {
  const args = [hiddenFlag];
  return {
    isEnabled: async () => app.getLoginItemSettings({ path: execPath, args }).openAtLogin,
    setEnabled: async (enabled) =>
      app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, path: execPath, args }),
  };
}
