/** A stored message as the UI sees it, with the caller named by the phonebook where possible. */
import type { VoicemailMessageView } from '../../shared/features/voicemail';
import { isUnheardFolder, type StoredMessage } from './mailbox-model';

/**
 * The caller's name for a number, from the phonebook (private entries first), or null. Injected,
 * so the voicemail feature needs no phonebook of its own and works (with the PBX's caller-id
 * name) before one is loaded.
 */
export type CallerNameResolver = (number: string) => string | null;

/** Caller-id placeholders Asterisk writes when the number was withheld. */
const withheld = new Set(['unknown', 'anonymous', 'restricted', 'private', 'unavailable']);

export function callerNumberOf(stored: StoredMessage): string | null {
  const number = stored.message.callerIdNum?.trim() ?? '';
  return number === '' || withheld.has(number.toLowerCase()) ? null : number;
}

/**
 * `formatNumber` writes the number for reading (`089 1234567`); call-back dials the PBX's own
 * digits (`callerNumberOf`), never this text.
 */
export function toMessageView(
  stored: StoredMessage,
  resolveName: CallerNameResolver,
  formatNumber: (number: string) => string = (number) => number,
): VoicemailMessageView {
  const number = callerNumberOf(stored);
  let phonebookName: string | null = null;
  try {
    phonebookName = number === null ? null : resolveName(number);
  } catch {
    // A lookup that fails must not hide the message; the PBX's name stands in.
    phonebookName = null;
  }
  const pbxName = stored.message.callerIdName?.trim() || null;
  return {
    key: stored.key,
    folder: stored.folder,
    unheard: isUnheardFolder(stored.folder),
    callerName: phonebookName ?? pbxName,
    nameSource: phonebookName !== null ? 'phonebook' : pbxName !== null ? 'pbx' : null,
    callerNumber: number === null ? null : formatNumber(number),
    receivedAtMs: stored.message.origTimeMs,
    durationSeconds: stored.message.durationSeconds,
  };
}
