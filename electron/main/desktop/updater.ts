/**
 * The core's UpdaterPort on electron-updater, with a generic provider whose address comes from the
 * settings (the company's own server holding latest.yml / latest-linux.yml / latest-mac.yml next to
 * the NSIS installer, the AppImage and the macOS zip). A newer version downloads by itself and
 * installs when the app quits; nothing restarts the app under the agent's call.
 *
 * Only real Electron shows this working: electron-updater refuses to run unpackaged, and an AppImage
 * updates only when started as one (`$APPIMAGE`). The library loads on the first check, so a user
 * with updates off never loads it.
 */
import type { AppUpdater } from 'electron-updater';
import type { UpdaterEvent, UpdaterPort } from '../../core/desktop/ports';
import type { Logger } from '../../core/ports';

export function createUpdater(log: Logger): UpdaterPort {
  const listeners = new Set<(event: UpdaterEvent) => void>();
  const emit = (event: UpdaterEvent) => {
    for (const listener of listeners) listener(event);
  };
  let loaded: Promise<AppUpdater> | null = null;
  const load = (): Promise<AppUpdater> => {
    loaded ??= import('electron-updater').then(({ autoUpdater }) => {
      autoUpdater.autoDownload = true;
      autoUpdater.autoInstallOnAppQuit = true;
      // Its own logger would print the feed's answers to the console; ours keeps warnings only.
      autoUpdater.logger = {
        info: () => {},
        debug: () => {},
        warn: (message?: unknown) => log.log('warn', 'updater', { message: String(message) }),
        error: (message?: unknown) => log.log('warn', 'updater error', { message: String(message) }),
      };
      autoUpdater.on('checking-for-update', () => emit({ kind: 'checking' }));
      autoUpdater.on('update-available', (info) => emit({ kind: 'available', version: info.version }));
      autoUpdater.on('update-not-available', () => emit({ kind: 'not-available' }));
      autoUpdater.on('update-downloaded', (info) => emit({ kind: 'downloaded', version: info.version }));
      autoUpdater.on('error', (error) => emit({ kind: 'error', message: String(error?.message ?? error) }));
      return autoUpdater;
    });
    return loaded;
  };
  return {
    async check(feedUrl) {
      const updater = await load();
      updater.setFeedURL({ provider: 'generic', url: feedUrl });
      updater.autoInstallOnAppQuit = true;
      await updater.checkForUpdates();
    },
    disable() {
      void loaded?.then((updater) => {
        updater.autoInstallOnAppQuit = false;
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
