import type { VoicemailTexts } from './texts.en';

/** What the core says about voicemail, in German. */
export const voicemailTextsDe: VoicemailTexts = {
  unknown: 'unbekannt',
  title: (who) => `Neue Sprachnachricht von ${who}`,
  subject: (who) => `Sprachnachricht von ${who}`,
  mailBody: (who, number, when, length) =>
    `Sprachnachricht von ${who}${number ? ` (${number})` : ''}${when ? `, empfangen ${when}` : ''}, Länge ${length}.\n\nWeitergeleitet mit pascom Companion.`,
  unheard: (count) => (count === 1 ? '1 neue Sprachnachricht' : `${count} neue Sprachnachrichten`),
};
