import type { CallsTexts } from './texts.en';

/** What main and core say about calls, in German. */
export const callsTextsDe: CallsTexts = {
  incomingCall: 'Eingehender Anruf',
  unknownNumber: 'Unbekannte Nummer',
  viaQueue: (queue) => `über Warteschlange ${queue}`,
  answer: (caller) => `${caller} annehmen`,
  answerOnPhone: (ringing) => `Am Telefon annehmen (${ringing} Anrufe klingeln)`,
  unknownCaller: 'Unbekannte Nummer',
  calls: (count) => (count === 1 ? '1 Gespräch' : `${count} Gespräche`),
};
