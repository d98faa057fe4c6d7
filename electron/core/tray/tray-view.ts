/**
 * What the tray shows for a state, as plain data: the icon, the badge, the tooltip and the menu,
 * put together from the features' tray parts (tray-entry.ts says the order). Kept apart from
 * Electron's Tray so it is tested without one, and so main rebuilds the menu only when what it
 * shows changes (on Linux every `setContextMenu` re-exports the menu over D-Bus).
 */
import type { CompanionState } from '../../shared/contract';
import type { AnyFeature } from '../feature';
import { coreFeatures } from '../feature-list';
import { textCatalogueOf } from '../texts/catalogue';
import type { TrayIconState, TrayMenuEntry } from './tray-entry';

export interface TrayView {
  icon: TrayIconState;
  /** A count with the icon (unheard voicemails); 0 shows none. */
  badge: number;
  tooltip: string;
  menu: TrayMenuEntry[];
}

type TrayFeature = Pick<AnyFeature, 'name' | 'texts' | 'tray'>;

export function trayView(state: CompanionState, features: readonly TrayFeature[] = coreFeatures): TrayView {
  const catalogue = textCatalogueOf(features, state.app.language);
  const parts = features.flatMap((feature) =>
    feature.tray ? [{ name: feature.name, tray: feature.tray, texts: catalogue[feature.name] }] : [],
  );
  const icon = parts.map((part) => part.tray.icon?.(state) ?? null).find((found) => found !== null);
  const badge = parts.reduce((sum, part) => sum + (part.tray.badge?.(state) ?? 0), 0);
  const tooltip = [
    ...parts.flatMap((part) => part.tray.status?.(state, part.texts) ?? []),
    ...parts.flatMap((part) => part.tray.tooltip?.(state, part.texts) ?? []),
  ];

  const groups = new Map<string, TrayMenuEntry[]>();
  for (const part of parts) {
    const entries = part.tray.entries?.(state, part.texts) ?? [];
    const group = part.tray.group ?? part.name;
    groups.set(group, [...(groups.get(group) ?? []), ...entries]);
  }
  const foot = parts.flatMap((part) => part.tray.foot?.(state, part.texts) ?? []);
  // "Connect…" and "Check connection settings…" already open the settings window.
  const footOpensSettings = foot.some((entry) => entry.type === 'action' && entry.action === 'open-settings');
  const { app } = catalogue;
  const menu: TrayMenuEntry[] = [
    ...parts.flatMap((part) => part.tray.top?.(state, part.texts) ?? []),
    { type: 'separator' },
    ...[...groups.values()].flatMap((entries) =>
      entries.length > 0 ? [...entries, { type: 'separator' } as const] : [],
    ),
    { type: 'action', action: 'show-panel', label: app.showPanel, enabled: true },
    ...foot,
    ...(footOpensSettings
      ? []
      : [{ type: 'action', action: 'open-settings', label: app.settings, enabled: true } as const]),
    { type: 'separator' },
    { type: 'action', action: 'quit', label: app.quit, enabled: true },
  ];
  return {
    icon: icon ?? 'idle',
    badge,
    tooltip: [`${app.appName}: ${tooltip[0] ?? ''}`, ...tooltip.slice(1)].join(' · '),
    menu,
  };
}

export function trayIconState(state: CompanionState): TrayIconState {
  return trayView(state).icon;
}
