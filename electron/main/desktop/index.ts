/**
 * The desktop basics' ports for Electron's main (core/desktop/ports.ts): login items or an XDG
 * autostart entry, electron-updater (packaged builds only), and the support log's save dialog.
 */
import type { App, Dialog } from 'electron';
import type { DesktopBasicsPorts } from '../../core/desktop/ports';
import type { Logger } from '../../core/ports';
import type { LogRing } from './log-ring';
import { createLoginItems } from './login-items';
import { createSupportLog } from './support-log';
import { createUpdater } from './updater';
import { createXdgAutostart, hiddenFlag } from './xdg-autostart';

export interface DesktopBasicsOptions {
  app: Pick<App, 'getLoginItemSettings' | 'setLoginItemSettings' | 'isPackaged' | 'getPath' | 'getName'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  execPath: string;
  /** The app's folder when run as `electron <folder>` (development); null when packaged. */
  appPath: string | null;
  desktopName: string;
  ring: LogRing;
  log: Logger;
}

export function createDesktopBasics(options: DesktopBasicsOptions): DesktopBasicsPorts {
  const { app, platform, env } = options;
  const linuxCommand = [env.APPIMAGE ?? options.execPath, ...(options.appPath ? [options.appPath] : [])];
  return {
    autostart:
      platform === 'linux'
        ? createXdgAutostart({
            env,
            fileName: options.desktopName,
            name: 'pascom Companion',
            command: linuxCommand,
          })
        : createLoginItems(app, options.execPath),
    updater: app.isPackaged ? createUpdater(options.log.child('updates')) : null,
    supportLog: createSupportLog({
      ring: options.ring,
      dialog: options.dialog,
      directory: app.getPath('documents'),
    }),
  };
}

/** Started at login to stay in the tray: `--hidden` (Windows, Linux) or macOS's login item. */
export function startedHidden(
  argv: readonly string[],
  platform: NodeJS.Platform,
  app: Pick<App, 'getLoginItemSettings'>,
): boolean {
  if (argv.includes(hiddenFlag)) return true;
  if (platform !== 'darwin') return false;
  const settings = app.getLoginItemSettings();
  return settings.wasOpenedAtLogin === true || settings.wasOpenedAsHidden === true;
}
