/**
 * The tray as plain data: the icon states, the menu entries and what a feature contributes to
 * them. The core decides what the tray shows (tray-view.ts); main only renders it with Electron's
 * Tray and Menu (electron/main/tray.ts).
 */
import type { CommandInput, CommandName, CompanionState } from '../../shared/contract';
import type { TrayMenuIcon } from './tray-menu-icons';

/** One icon per state, in assets/tray (main inlines them). */
export type TrayIconState = 'idle' | 'ringing' | 'in-call' | 'paused' | 'forwarded' | 'offline';

/** What the app's own entries do (main carries them out). */
export type TrayAction = 'show-panel' | 'open-settings' | 'retry' | 'quit';

/** A contract command a menu entry runs (e.g. `queues/pause` with a reason). */
export type TrayCommand = { [K in CommandName]: { name: K; input: CommandInput<K> } }[CommandName];

/**
 * `id`: what main and the tests know the entry by; the tray view fills it in (tray-ids.ts), so a
 * feature states one only where the derived one would not do. `icon` likewise
 * (tray-menu-icons.ts): a feature states one only where the command alone does not say it.
 */
export type TrayMenuEntry =
  | { type: 'action'; action: TrayAction; label: string; enabled: boolean; id?: string; icon?: TrayMenuIcon }
  | {
      type: 'command';
      command: TrayCommand;
      label: string;
      enabled: boolean;
      id?: string;
      checked?: boolean;
      icon?: TrayMenuIcon;
    }
  | { type: 'submenu'; label: string; entries: TrayMenuEntry[]; id?: string; icon?: TrayMenuIcon }
  | { type: 'info'; label: string; id?: string }
  | { type: 'separator' };

/**
 * A feature's part of the tray, each part optional. The menu reads, top to bottom: every
 * feature's `top` entries, a separator, the features' `entries` (features naming the same `group`
 * share one group; a separator follows each group), "Show panel", every feature's `foot`
 * entries, "Settings…", a separator and "Quit". The tooltip is the app's name, then every
 * feature's `status` (the connection, the agent's pause), then every feature's `tooltip` part
 * (counts: calls, voicemails), joined by ` · `.
 */
export interface FeatureTray<T> {
  /** The icon this feature asks for, or null; the first feature in the list that asks wins. */
  icon?(state: CompanionState): TrayIconState | null;
  /** A count shown with the icon (macOS: as its title). */
  badge?(state: CompanionState): number;
  /** The agent's state as this feature knows it, early in the tooltip (`Online · Tina`, `Paused`). */
  status?(state: CompanionState, texts: T): string | null;
  /** Anything else worth a glance, after the states (`1 call`, `2 new voicemails`). */
  tooltip?(state: CompanionState, texts: T): string | null;
  top?(state: CompanionState, texts: T): TrayMenuEntry[];
  /** Features with the same group share one block of the menu; the feature's name by default. */
  readonly group?: string;
  entries?(state: CompanionState, texts: T): TrayMenuEntry[];
  foot?(state: CompanionState, texts: T): TrayMenuEntry[];
}
