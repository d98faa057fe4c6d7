/**
 * The Electron transport of the contract. Every command has its own `ipcMain.handle` channel,
 * registered here through one `handle()` helper that first checks who is asking: the top-level
 * frame of one of our own windows, showing a page of the app's own origin (as VS Code's
 * `validatedIpcMain` does). Anything else, such as an iframe, a page that got navigated somewhere,
 * or a webContents we did not create, gets `forbidden` and never reaches the core. Input parsing
 * and the call into the core are `dispatchCommand`'s, shared with the preview's WebSocket bridge.
 */
import type { IpcMain, WebContents } from 'electron';
import { type CommandOrigin, type CommandRunner, dispatchCommand } from '../core/commands/dispatch';
import type { Logger } from '../core/ports';
import { commandChannel, eventChannel } from '../shared/channels';
import {
  type CommandName,
  type CommandResult,
  type CompanionEvents,
  commandNames,
  type EventName,
  eventNames,
  type Unsubscribe,
} from '../shared/contract';
import { isAppUrl } from './app-protocol';
import type { WindowIdentity } from './windows';

/** The parts of `IpcMainInvokeEvent` the check reads; a forged event in a test has just these. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export type SenderCheck = { ok: true; origin: CommandOrigin } | { ok: false; reason: string };

export function checkSender(
  event: InvokeEventLike,
  identify: (webContentsId: number) => WindowIdentity | null,
): SenderCheck {
  let frame: InvokeEventLike['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    frame = null;
  }
  if (!frame) return { ok: false, reason: 'frame-gone' };
  if (frame.parent !== null) return { ok: false, reason: 'sub-frame' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: 'foreign-origin' };
  const identity = identify(event.sender.id);
  if (!identity) return { ok: false, reason: 'unknown-window' };
  const origin: CommandOrigin = { window: identity.kind };
  if (identity.popupCallId !== undefined) origin.popupCallId = identity.popupCallId;
  return { ok: true, origin };
}

const forbidden: CommandResult<CommandName> = { ok: false, error: { kind: 'forbidden' } };

export interface CommandHandlerOptions {
  ipcMain: Pick<IpcMain, 'handle'>;
  runner: CommandRunner;
  identify: (webContentsId: number) => WindowIdentity | null;
  log: Logger;
}

export function registerCommandHandlers(options: CommandHandlerOptions): void {
  const { ipcMain, runner, identify, log } = options;
  const handle = (name: CommandName): void => {
    ipcMain.handle(commandChannel(name), async (event, input: unknown) => {
      const check = checkSender(event, identify);
      if (!check.ok) {
        log.log('warn', 'command from a foreign sender refused', { name, reason: check.reason });
        return forbidden;
      }
      return dispatchCommand(runner, name, input, check.origin);
    });
  };
  for (const name of commandNames) handle(name);
}

export interface EventSource {
  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe;
}

/** Pushes every core event to every live window; a window that is going away is skipped. */
export function forwardEvents(
  source: EventSource,
  targets: () => readonly Pick<WebContents, 'send'>[],
  log: Logger,
): Unsubscribe {
  const unsubscribes = eventNames.map((name) =>
    source.on(name, (payload) => {
      for (const webContents of targets()) {
        try {
          webContents.send(eventChannel(name), payload);
        } catch (error) {
          log.log('debug', 'event not delivered to a closing window', { name, error: String(error) });
        }
      }
    }),
  );
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
