/** The dial feature's sentences built from state: the last attempt, and how the PBX reads a number. */
import type { DialAttemptView, DialCheck } from '../../../electron/shared/features/dial';
import type { Translator } from '../lib/i18n';

export function attemptText(attempt: DialAttemptView, i18n: Translator): string {
  const target = attempt.name ? `${attempt.name} (${attempt.display})` : attempt.display;
  if (attempt.status === 'dialing') {
    return attempt.device
      ? i18n.t('dial.attempt.dialing', { target, device: attempt.device })
      : i18n.t('dial.attempt.dialingDefault', { target });
  }
  const reason = i18n.errorText(attempt.error ?? { kind: 'internal' });
  return target === ''
    ? i18n.t('dial.attempt.failedNoTarget', { reason })
    : i18n.t('dial.attempt.failed', { target, reason });
}

/** "089 1234567: external number", "200: queue Zentrale"; null for text that is no number. */
export function readingText(check: DialCheck, i18n: Translator): string | null {
  if (!check.input.ok) return null;
  const number = check.input.display;
  const reading = check.reading;
  if (check.input.kind === 'service') return i18n.t('dial.reading.service', { number });
  if (reading?.internal && reading.kind !== 'external') {
    return i18n.t(`dial.reading.${reading.kind}`, { number, name: reading.name ?? reading.extension ?? '' });
  }
  if (check.contact) return i18n.t('dial.reading.contact', { number, name: check.contact });
  if (reading && !reading.internal) return i18n.t('dial.reading.external', { number });
  return i18n.t('dial.reading.unknown', { number });
}
