/**
 * The connection's part of the tray: the status line at the top (and in the tooltip), the offline
 * icon, and the one entry the user needs when the connection needs them (connect, retry, fix).
 */
import type { CompanionState } from '../../shared/contract';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { ConnectionTexts } from './texts.en';

function statusLine(state: CompanionState, text: ConnectionTexts): string {
  const { status, agent } = state.connection;
  const words = text.status[status];
  if (status !== 'online' || !agent) return words;
  const who = agent.extension ? `${agent.displayName} (${agent.extension})` : agent.displayName;
  return `${words} · ${who}`;
}

function connectionEntry(state: CompanionState, text: ConnectionTexts): TrayMenuEntry | null {
  switch (state.connection.status) {
    case 'setup':
      return { type: 'action', action: 'open-settings', label: text.connect, enabled: true };
    case 'offline':
      return { type: 'action', action: 'retry', label: text.retryNow, enabled: true };
    case 'auth-failed':
    case 'cert-untrusted':
      return { type: 'action', action: 'open-settings', label: text.fixConnection, enabled: true };
    default:
      return null;
  }
}

export const connectionTray: FeatureTray<ConnectionTexts> = {
  icon: (state) => (state.connection.status === 'online' ? null : 'offline'),
  status: statusLine,
  top: (state, text) => [{ type: 'info', label: statusLine(state, text) }],
  foot: (state, text) => {
    const entry = connectionEntry(state, text);
    return entry ? [entry] : [];
  },
};
