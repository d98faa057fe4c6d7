/**
 * What the tray shows for a state, as plain data: the icon, the tooltip and the menu entries. Kept
 * apart from Electron's Tray so it is tested without one, and so the menu is rebuilt only when what
 * it shows changes (on Linux every `setContextMenu` re-exports the menu over D-Bus).
 */
import type { CommandInput, CommandName, CompanionState } from '../shared/contract';
import { callMenuEntries } from './tray-calls';
import { dialMenuEntries } from './tray-dial';
import { pausedEverywhere, queueMenuEntries, queueTooltip } from './tray-queues';
import { type TrayText, trayTexts } from './tray-text';

export type TrayIconState = 'idle' | 'ringing' | 'in-call' | 'paused' | 'offline';

export type TrayAction = 'show-panel' | 'open-settings' | 'retry' | 'quit';

/** A contract command a menu entry runs (e.g. `queues/pause` with a reason). */
export type TrayCommand = { [K in CommandName]: { name: K; input: CommandInput<K> } }[CommandName];

export type TrayMenuEntry =
  | { type: 'action'; action: TrayAction; label: string; enabled: boolean }
  | { type: 'command'; command: TrayCommand; label: string; enabled: boolean }
  | { type: 'submenu'; label: string; entries: TrayMenuEntry[] }
  | { type: 'info'; label: string }
  | { type: 'separator' };

export interface TrayView {
  icon: TrayIconState;
  /** Unheard voicemails; 0 shows no badge. */
  badge: number;
  tooltip: string;
  menu: TrayMenuEntry[];
}

export function trayIconState(state: CompanionState): TrayIconState {
  if (state.connection.status !== 'online') return 'offline';
  if (state.calls.some((call) => call.phase === 'ringing')) return 'ringing';
  if (state.calls.length > 0) return 'in-call';
  if (pausedEverywhere(state)) return 'paused';
  return 'idle';
}

function connectionEntry(state: CompanionState, text: TrayText): TrayMenuEntry | null {
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

function statusLine(state: CompanionState, text: TrayText): string {
  const status = text.status[state.connection.status];
  const agent = state.agent;
  if (state.connection.status !== 'online' || !agent) return status;
  const who = agent.extension ? `${agent.displayName} (${agent.extension})` : agent.displayName;
  return `${status} · ${who}`;
}

export function trayView(state: CompanionState): TrayView {
  const text = trayTexts[state.app.language];
  const status = statusLine(state, text);
  const calls = state.calls.length > 0 ? ` · ${text.calls(state.calls.length)}` : '';
  const badge = state.connection.status === 'online' ? state.voicemail.unread : 0;
  const voicemails = badge > 0 ? ` · ${text.voicemails(badge)}` : '';
  const connection = connectionEntry(state, text);
  const menu: TrayMenuEntry[] = [
    { type: 'info', label: status },
    ...(badge > 0
      ? [
          {
            type: 'command',
            command: { name: 'voicemail/show', input: {} },
            label: text.voicemails(badge),
            enabled: true,
          } as const,
        ]
      : []),
    { type: 'separator' },
    ...callMenuEntries(state),
    ...dialMenuEntries(state),
    ...queueMenuEntries(state),
    { type: 'action', action: 'show-panel', label: text.showPanel, enabled: true },
    ...(connection ? [connection] : []),
    // "Connect…" and "Check connection settings…" already open the settings window.
    ...(connection?.type === 'action' && connection.action === 'open-settings'
      ? []
      : [{ type: 'action', action: 'open-settings', label: text.settings, enabled: true } as const]),
    { type: 'separator' },
    { type: 'action', action: 'quit', label: text.quit, enabled: true },
  ];
  return {
    icon: trayIconState(state),
    badge,
    tooltip: `${text.appName}: ${status}${queueTooltip(state)}${calls}${voicemails}`,
    menu,
  };
}
