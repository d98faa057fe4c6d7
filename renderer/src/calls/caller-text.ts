/** Words about a caller shared by the popup and the missed-call card. */
import type { CallView, PreviousCallsView } from '../../../electron/shared/features/calls';
import type { MessageKey, Translator } from '../lib/i18n';

/** The name, or the number formatted for reading, or "Unknown number". */
export function callerLabel(call: CallView, i18n: Translator): string {
  return call.remoteName ?? (call.remoteDisplayNumber || call.remoteNumber || i18n.t('calls.unknownNumber'));
}

/**
 * The popup's two lines about who calls: the person first and whole, the company below. pascom
 * phonebooks often name a contact "Company - Person"; when the entry's organisation starts the
 * name like that, the person is the rest. A name without a person part stays as it is.
 */
export function callerLines(call: CallView, i18n: Translator): { name: string; company: string | null } {
  const name = callerLabel(call, i18n);
  const organisation = call.contacts[0]?.organisation?.trim() || null;
  if (!call.remoteName || !organisation) return { name, company: null };
  if (name.startsWith(organisation)) {
    const person = name
      .slice(organisation.length)
      .replace(/^\s*[-–—,:|·/]\s*/u, '')
      .trim();
    const separated = person !== name.slice(organisation.length).trim();
    if (person !== '' && separated) return { name: person, company: organisation };
    return { name, company: null };
  }
  return { name, company: name.includes(organisation) ? null : organisation };
}

/** The number line: formatted for reading; empty when the name line already shows it. */
export function numberLine(call: CallView, i18n: Translator): string {
  const number = call.remoteDisplayNumber || call.remoteNumber || i18n.t('calls.unknownNumber');
  return call.remoteName ? number : '';
}

export function popupTitle(call: CallView): MessageKey {
  if (call.route === 'queue' || call.queueName) return 'popup.queueTitle';
  if (call.route === 'transfer') return 'popup.transferTitle';
  if (call.remoteInternal) return 'popup.internalTitle';
  return 'popup.title';
}

/** "Called 3× in 30 days · last Mon 14:05 · 1 unanswered"; null while unknown. */
export function previousCallsText(previous: PreviousCallsView | null, i18n: Translator): string | null {
  if (!previous) return null;
  const days = previous.days;
  if (previous.count === 0) return i18n.t('popup.previous.none', { days });
  const latest = previous.latestAtMs[0];
  const parts = [
    previous.count === 1
      ? i18n.t('popup.previous.one', { days })
      : i18n.t('popup.previous.some', { count: previous.count, days }),
  ];
  if (latest !== undefined)
    parts.push(i18n.t('popup.previous.last', { when: i18n.formatShortDateTime(latest) }));
  if (previous.missed > 0) parts.push(i18n.t('popup.previous.missed', { missed: previous.missed }));
  return parts.join(' · ');
}
