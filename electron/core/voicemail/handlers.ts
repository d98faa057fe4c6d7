/** The voicemail commands of the contract, on the current session's mailbox. */
import type { voicemailContract } from '../../shared/features/voicemail';
import { CommandFailure } from '../commands/dispatch';
import type { FeatureHandlers } from '../commands/handler-types';
import type { VoicemailDeps } from './deps';
import { callBack, forwardByMail, moveMessage } from './message-actions';
import type { VoicemailSession } from './voicemail-session';

export interface VoicemailHandlerContext {
  deps: VoicemailDeps;
  /** The mailbox of the connected agent; null offline. */
  session(): VoicemailSession | null;
  reveal(key: string | null): void;
}

export function createVoicemailHandlers(
  context: VoicemailHandlerContext,
): FeatureHandlers<typeof voicemailContract> {
  const { deps } = context;
  const connected = (): VoicemailSession => {
    const session = context.session();
    if (session) return session;
    if (deps.state().connection.status === 'online')
      throw new CommandFailure({ kind: 'unavailable', detail: 'no-mailbox' });
    throw new CommandFailure({ kind: 'not-connected' });
  };

  return {
    'voicemail/list': () =>
      context.session()?.list() ?? {
        revision: deps.slice.current.revision,
        folders: [],
        messages: [],
      },
    'voicemail/refresh': () => {
      context.session()?.watcher.refresh();
      return null;
    },
    'voicemail/audio': (input) => {
      const session = connected();
      return session.audio.get(session.require(input.key));
    },
    'voicemail/mark-heard': async (input) => {
      await moveMessage(connected(), input.key, 'Old');
      return null;
    },
    'voicemail/mark-unheard': async (input) => {
      await moveMessage(connected(), input.key, 'INBOX');
      return null;
    },
    'voicemail/delete': (input) => {
      const session = connected();
      session.require(input.key);
      return { sendAtMs: session.deletes.schedule(input.key) };
    },
    'voicemail/undo-delete': (input) => ({ restored: context.session()?.deletes.undo(input.key) ?? false }),
    'voicemail/call-back': async (input, origin) => {
      await callBack(connected(), deps, input.key, origin);
      return null;
    },
    'voicemail/forward': async (input) => {
      await forwardByMail(connected(), deps, input.key, input.address);
      return null;
    },
    'voicemail/show': (input) => {
      context.reveal(input.key ?? null);
      return null;
    },
    'voicemail/configure': (input) => {
      const { watchIntervalMs } = input;
      deps.settings.update({ watchIntervalMs });
      // The loop reads the interval when it schedules: ask now so the new one applies at once.
      context.session()?.watcher.loop.pollNow();
      return { watchIntervalMs };
    },
  };
}
