/**
 * Who the app is to the OS. `appId` must equal `appId` in electron-builder.yml (the pack test
 * checks): on Windows it is the AppUserModelID the installer's shortcut carries, and notifications
 * only show under the app's name when the running process says the same.
 */
export const appId = 'io.github.pascom-companion.app';
