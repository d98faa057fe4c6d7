import { type QueuesTexts, withReason } from './texts.en';

/** What main and core say about queues, in German. */
export const queuesTextsDe: QueuesTexts = {
  pause: (reason) => withReason('Pause', reason),
  pauseAll: (reason) => withReason('Alle Warteschlangen pausieren', reason),
  pauseWith: 'Pause mit Grund',
  changeReason: 'Pausengrund ändern',
  resume: 'Fortsetzen',
  resumeAll: 'Alle Warteschlangen fortsetzen',
  logInAll: 'In allen Warteschlangen anmelden',
  paused: (reason) => (reason ? `In Pause: ${reason}` : 'In Pause'),
  partlyPaused: (paused, total) => `In ${paused} von ${total} Warteschlangen pausiert`,
  loggedOut: 'Von allen Warteschlangen abgemeldet',
  reminderTitle: 'Noch in Pause',
  reminderBody: (minutes, reason) =>
    `Sie sind seit ${minutes} Min. in Ihren Warteschlangen pausiert${reason ? ` (${reason})` : ''}. Fortsetzen über das Tray-Menü oder das Panel.`,
};
