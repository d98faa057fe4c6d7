/**
 * The connection state in words, for the panel header and the settings window: one wording so the
 * two windows never disagree.
 */
import type { ConnectionStatus, ConnectionView } from '../../../electron/shared/contract';
import type { Translator } from '../lib/i18n';

/** `busy`: the app is working on it by itself; `error`: the user has to act. */
export type StatusTone = 'online' | 'busy' | 'off' | 'error';

export const statusTone: Record<ConnectionStatus, StatusTone> = {
  setup: 'off',
  connecting: 'busy',
  online: 'online',
  offline: 'busy',
  'auth-failed': 'error',
  'cert-untrusted': 'error',
};

/** The status alone, stable while a countdown runs (for live regions). */
export function statusWords(connection: Pick<ConnectionView, 'status' | 'demo'>, i18n: Translator): string {
  switch (connection.status) {
    case 'setup':
      return i18n.t('status.setup');
    case 'connecting':
      return i18n.t('status.connecting');
    case 'online':
      return i18n.t(connection.demo ? 'status.onlineDemo' : 'status.online');
    case 'offline':
      return i18n.t('status.offline');
    case 'auth-failed':
      return i18n.t('status.auth-failed');
    case 'cert-untrusted':
      return i18n.t('status.cert-untrusted');
  }
}

/**
 * The status with the retry countdown when offline; when the PBX itself asked for a pause (429 with
 * Retry-After on the agent's own-state poll), until when.
 */
export function statusText(
  connection: Pick<ConnectionView, 'status' | 'demo' | 'nextRetryAtMs' | 'failure'>,
  nowMs: number,
  i18n: Translator,
): string {
  if (connection.status !== 'offline' || connection.nextRetryAtMs === null)
    return statusWords(connection, i18n);
  if (connection.failure?.kind === 'rate-limited' && connection.nextRetryAtMs > nowMs)
    return i18n.t('status.askedToWait', { time: i18n.formatTime(connection.nextRetryAtMs) });
  const seconds = Math.ceil((connection.nextRetryAtMs - nowMs) / 1000);
  return seconds > 0 ? i18n.t('status.offlineRetryIn', { seconds }) : i18n.t('status.offlineRetryNow');
}
