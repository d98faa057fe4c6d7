/**
 * The few words the core itself writes about voicemail: the desktop notification and the mail the
 * PBX sends when a message is forwarded. Everything in the windows is worded by the renderer's
 * i18n; these leave the app (OS notification centre, someone's inbox), so the core words them in
 * the language the UI shows.
 */
import type { VoicemailMessageView } from '../../shared/features/voicemail';

export type TextLanguage = 'en' | 'de';

const locales: Record<TextLanguage, string> = { en: 'en-GB', de: 'de-DE' };

function duration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function caller(message: VoicemailMessageView, unknown: string): string {
  return message.callerName ?? message.callerNumber ?? unknown;
}

function receivedAt(message: VoicemailMessageView, language: TextLanguage): string {
  if (message.receivedAtMs === null) return '';
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    message.receivedAtMs,
  );
}

const words = {
  en: {
    unknown: 'an unknown caller',
    title: (who: string) => `New voicemail from ${who}`,
    subject: (who: string) => `Voicemail from ${who}`,
    mailBody: (who: string, number: string, when: string, length: string) =>
      `Voicemail from ${who}${number ? ` (${number})` : ''}${when ? `, received ${when}` : ''}, ${length} long.\n\nForwarded with pascom Companion.`,
  },
  de: {
    unknown: 'unbekannt',
    title: (who: string) => `Neue Sprachnachricht von ${who}`,
    subject: (who: string) => `Sprachnachricht von ${who}`,
    mailBody: (who: string, number: string, when: string, length: string) =>
      `Sprachnachricht von ${who}${number ? ` (${number})` : ''}${when ? `, empfangen ${when}` : ''}, Länge ${length}.\n\nWeitergeleitet mit pascom Companion.`,
  },
} as const;

export function arrivalNotification(
  message: VoicemailMessageView,
  language: TextLanguage,
): { title: string; body: string } {
  const text = words[language];
  const who = caller(message, text.unknown);
  const number = message.callerName !== null && message.callerNumber ? `${message.callerNumber} · ` : '';
  return { title: text.title(who), body: `${number}${duration(message.durationSeconds)}` };
}

export function forwardMail(
  message: VoicemailMessageView,
  language: TextLanguage,
): { subject: string; body: string } {
  const text = words[language];
  const who = caller(message, text.unknown);
  const number = message.callerName !== null ? (message.callerNumber ?? '') : '';
  return {
    subject: text.subject(who),
    body: text.mailBody(who, number, receivedAt(message, language), duration(message.durationSeconds)),
  };
}
