/**
 * The core's `SettingsFile` port on electron-store: `settings.json` in the user-data folder,
 * written atomically (temporary file + rename). Reading, setting aside and the document rules are
 * the core's `ConfSettingsFile`, shared with the preview host (which uses electron-store's base
 * package `conf`); this only supplies the Electron flavour of the store.
 */
import type { IpcMain } from 'electron';
import ElectronStore from 'electron-store';
import type { SettingsFile } from '../core/ports';
import { ConfSettingsFile } from '../core/settings/conf-settings-file';

/**
 * electron-store registers a synchronous IPC channel that lets a renderer-side store ask for the
 * user-data path. No renderer of ours has a store (or raw IPC), so the channel is removed again and
 * the app's IPC surface stays the contract's commands only.
 */
const electronStoreChannel = 'electron-store-get-data';

export function createElectronSettingsFile(options: {
  directory: string;
  ipcMain: Pick<IpcMain, 'removeAllListeners'>;
}): SettingsFile {
  return new ConfSettingsFile({
    directory: options.directory,
    createStore: (storeOptions) => {
      const store = new ElectronStore<Record<string, unknown>>({ ...storeOptions, configFileMode: 0o600 });
      options.ipcMain.removeAllListeners(electronStoreChannel);
      return store;
    },
  });
}
