/**
 * IPC channel names, kept apart from the contract so the preload bundle stays free of zod: the
 * preload only forwards, main parses. Every command has its own channel (one `ipcMain.handle`
 * each), events share a prefix.
 */
export const commandChannelPrefix = 'companion:command:';
export const eventChannelPrefix = 'companion:event:';

export function commandChannel(name: string): string {
  return commandChannelPrefix + name;
}

export function eventChannel(name: string): string {
  return eventChannelPrefix + name;
}

/** Command and event names are short `area/verb` words; anything else never reaches IPC. */
export const channelNamePattern = /^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$|^state$|^notice$/;
