/**
 * Exposes `window.companion` and nothing else. Sandboxed preloads run as one CommonJS script that
 * can require only `electron` (and a few Node shims), so this imports types from the contract but
 * values only from `../shared/channels`: the bundle stays a few kilobytes and free of zod. Main
 * parses every input; this only forwards.
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { channelNamePattern, commandChannel, eventChannel } from '../shared/channels';
import type {
  CommandName,
  CommandResult,
  CompanionApi,
  CompanionEvents,
  EventName,
} from '../shared/contract';

function refused<K extends CommandName>(
  kind: 'invalid-input' | 'unavailable',
  detail?: string,
): CommandResult<K> {
  return { ok: false, error: detail === undefined ? { kind } : { kind, detail } };
}

const api: CompanionApi = {
  invoke<K extends CommandName>(name: K, input: unknown): Promise<CommandResult<K>> {
    if (typeof name !== 'string' || !channelNamePattern.test(name)) {
      return Promise.resolve(refused<K>('invalid-input', 'unknown-command'));
    }
    // A rejected invoke (no handler, main shutting down) becomes a value like every other error.
    return (ipcRenderer.invoke(commandChannel(name), input) as Promise<CommandResult<K>>).catch(() =>
      refused<K>('unavailable'),
    );
  },
  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void) {
    if (typeof event !== 'string' || !channelNamePattern.test(event) || typeof listener !== 'function') {
      return () => {};
    }
    const channel = eventChannel(event);
    // The page gets the payload only, never the IpcRendererEvent (which carries `sender`).
    const forward = (_event: IpcRendererEvent, payload: CompanionEvents[E]) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('companion', api);
