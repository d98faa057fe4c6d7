/**
 * What the agent does with a message: move it (heard / unheard), delete it once the undo time is
 * over, call the caller back, forward it by mail. Each change is shown at once and then
 * confirmed by listing the mailbox again (the PBX is the truth; it may also rename files).
 */
import { CommandFailure, type CommandOrigin } from '../commands/dispatch';
import { isPbxError } from '../pbx/errors';
import type { VoicemailDeps } from './deps';
import { folderKind, pbxAddress } from './mailbox-model';
import { forwardMail } from './message-texts';
import { callerNumberOf } from './message-view';
import type { VoicemailSession } from './voicemail-session';

export type MoveTarget = 'INBOX' | 'Old';

export async function moveMessage(session: VoicemailSession, key: string, target: MoveTarget): Promise<void> {
  const stored = session.require(key);
  if (folderKind(stored.folder) === folderKind(target)) return;
  const { folder, id } = pbxAddress(stored);
  await session.context.api.voicemail.move(session.mailbox, folder, id, target);
  session.model.moveLocally(key, target);
  session.publish(true);
  session.watcher.refresh();
}

/** Runs when a delete's undo time is over; its failure is told as a notice (the command returned long ago). */
export async function deleteOnPbx(
  session: VoicemailSession,
  deps: VoicemailDeps,
  key: string,
): Promise<void> {
  const stored = session.model.find(key);
  if (!stored) return;
  const { folder, id } = pbxAddress(stored);
  try {
    await session.context.api.voicemail.remove(session.mailbox, folder, id);
    session.model.removeLocally(key);
    session.audio.forget(key);
  } catch (error) {
    const view = session.view(stored);
    deps.log.log('warn', 'voicemail delete failed', { kind: isPbxError(error) ? error.kind : 'internal' });
    deps.notice({
      level: 'error',
      key: 'voicemail.notice.deleteFailed',
      params: { caller: view.callerName ?? view.callerNumber ?? '' },
    });
  }
  session.publish(true);
  session.watcher.refresh();
}

/**
 * Dials through the dial feature's command, so a call back is dialed like any other call: the
 * number read the same way, the agent's chosen device, the "no default device" question, the
 * recent dials. A pending question (which device?) is the dial feature's to ask.
 */
export async function callBack(
  session: VoicemailSession,
  deps: VoicemailDeps,
  key: string,
  origin: CommandOrigin,
): Promise<void> {
  const number = callerNumberOf(session.require(key));
  if (number === null) throw new CommandFailure({ kind: 'invalid-input', detail: 'no-number' });
  await deps.run('dial/number', { target: number, source: 'voicemail' }, origin);
}

export async function forwardByMail(
  session: VoicemailSession,
  deps: VoicemailDeps,
  key: string,
  address: string,
): Promise<void> {
  const stored = session.require(key);
  const { subject, body } = forwardMail(session.view(stored), deps.texts(), deps.state().app.language);
  const { folder, id } = pbxAddress(stored);
  try {
    await session.context.api.voicemail.mailto(session.mailbox, folder, id, { address, subject, body });
  } catch (error) {
    // The address passed the schema, so a 400 means this PBX does not do `mailto`.
    if (isPbxError(error) && error.kind === 'bad-request') {
      deps.slice.update({ forwardSupported: false });
      throw new CommandFailure({ kind: 'bad-request', detail: 'forward-unsupported' });
    }
    throw error;
  }
}
