import type { CallLeg } from './call-types';
import type { PbxWorld } from './world';

/** The caller of an unanswered call speaks to the called user's mailbox (or the queue's). */
export function leaveVoicemailForMissedCall(
  world: PbxWorld,
  root: CallLeg,
  durationSeconds: number | undefined,
): void {
  const mailbox = root.kind === 'queue' ? root.queue?.mailbox : root.dst.user?.mailbox;
  if (!mailbox) return;
  world.voicemail.add({
    mailbox,
    origTimeSeconds: Math.floor(world.now() / 1000),
    durationSeconds: durationSeconds ?? world.random.int(4, 18),
    callerName: root.src.name,
    callerNumber: root.src.number,
    audioSeed: world.random.int(1, 2 ** 31),
  });
}
