/**
 * A message in words that leave the app: the desktop notification when it arrives, and the mail
 * the PBX sends when it is forwarded. Everything in the windows is worded by the renderer.
 */
import type { VoicemailMessageView } from '../../shared/features/voicemail';
import { type Language, localeOf } from '../../shared/vocabulary';
import type { VoicemailTexts } from './texts.en';

function duration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function caller(message: VoicemailMessageView, unknown: string): string {
  return message.callerName ?? message.callerNumber ?? unknown;
}

function receivedAt(message: VoicemailMessageView, language: Language): string {
  if (message.receivedAtMs === null) return '';
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    message.receivedAtMs,
  );
}

export function arrivalNotification(
  message: VoicemailMessageView,
  text: VoicemailTexts,
): { title: string; body: string } {
  const who = caller(message, text.unknown);
  const number = message.callerName !== null && message.callerNumber ? `${message.callerNumber} · ` : '';
  return { title: text.title(who), body: `${number}${duration(message.durationSeconds)}` };
}

export function forwardMail(
  message: VoicemailMessageView,
  text: VoicemailTexts,
  language: Language,
): { subject: string; body: string } {
  const who = caller(message, text.unknown);
  const number = message.callerName !== null ? (message.callerNumber ?? '') : '';
  return {
    subject: text.subject(who),
    body: text.mailBody(who, number, receivedAt(message, language), duration(message.durationSeconds)),
  };
}
