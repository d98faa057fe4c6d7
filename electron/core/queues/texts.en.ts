/**
 * What main and core say about queues (English; the shape every language follows): the tray's
 * pause entries and tooltip, and the reminder that a pause lasts long.
 */
/** `Pause (Lunch)`; the words alone without a reason. Both languages put the reason this way. */
export const withReason = (words: string, reason: string | null) => (reason ? `${words} (${reason})` : words);

export const queuesTextsEn = {
  pause: (reason: string | null) => withReason('Pause', reason),
  pauseAll: (reason: string | null) => withReason('Pause all queues', reason),
  pauseWith: 'Pause with reason',
  changeReason: 'Change pause reason',
  resume: 'Resume',
  resumeAll: 'Resume all queues',
  logInAll: 'Log in to all queues',
  paused: (reason: string | null) => (reason ? `Paused: ${reason}` : 'Paused'),
  partlyPaused: (paused: number, total: number) => `Paused in ${paused} of ${total} queues`,
  loggedOut: 'Logged out of all queues',
  reminderTitle: 'Still paused',
  reminderBody: (minutes: number, reason: string | null) =>
    `You have been paused in your queues for ${minutes} min${reason ? ` (${reason})` : ''}. Resume from the tray or the panel.`,
};

export type QueuesTexts = typeof queuesTextsEn;
