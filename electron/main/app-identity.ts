/**
 * Who the app is to the OS. `appId` must equal `appId` in electron-builder.yml (the pack test
 * checks): on Windows it is the AppUserModelID the installer's shortcut carries, and notifications
 * only show under the app's name when the running process says the same.
 */
export const appId = 'io.github.pascom-companion.app';

/**
 * The name of the app's desktop entry on Linux (package.json `desktopName`, the pack test checks);
 * the start-at-login entry in `~/.config/autostart` takes the same name, as desktops expect.
 */
export const desktopEntryName = 'pascom-companion.desktop';
