import type { DialTexts } from './texts.en';

/** What main and core say about call control, in German. */
export const dialTextsDe: DialTexts = {
  hangUp: (who) => `Auflegen (${who})`,
  hold: 'Halten',
  resume: 'Gespräch fortsetzen',
};
