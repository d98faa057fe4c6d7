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
import { withIds } from './tray-ids';
import { withMenuIcons } from './tray-menu-icons';

export interface TrayView {
  icon: TrayIconState;
  /** A count with the icon (unheard voicemails); 0 shows none. */
  badge: number;
  tooltip: string;
  /** Every entry but the separators has its `id` (tray-ids.ts); the top level's have their `icon` (tray-menu-icons.ts). */
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

  // Ids are given in the order the menu reads, so a repeated one is numbered top to bottom.
  const taken = new Set<string>();
  const top = parts.flatMap((part) => withIds(part.tray.top?.(state, part.texts) ?? [], part.name, taken));
  const groups = new Map<string, TrayMenuEntry[]>();
  for (const part of parts) {
    const entries = withIds(part.tray.entries?.(state, part.texts) ?? [], part.name, taken);
    const group = part.tray.group ?? part.name;
    groups.set(group, [...(groups.get(group) ?? []), ...entries]);
  }
  const foot = parts.flatMap((part) => withIds(part.tray.foot?.(state, part.texts) ?? [], part.name, taken));
  // "Connect…" and "Check connection settings…" already open the settings window.
  const footOpensSettings = foot.some((entry) => entry.type === 'action' && entry.action === 'open-settings');
  const { app } = catalogue;
  const showPanel = withIds(
    [{ type: 'action', action: 'show-panel', label: app.showPanel, enabled: true }],
    'app',
    taken,
  );
  const tail = withIds(
    [
      ...(footOpensSettings
        ? []
        : [{ type: 'action', action: 'open-settings', label: app.settings, enabled: true } as const]),
      { type: 'separator' },
      { type: 'action', action: 'quit', label: app.quit, enabled: true },
    ],
    'app',
    taken,
  );
  const menu: TrayMenuEntry[] = withMenuIcons([
    ...top,
    { type: 'separator' },
    ...[...groups.values()].flatMap((entries) =>
      entries.length > 0 ? [...entries, { type: 'separator' } as const] : [],
    ),
    ...showPanel,
    ...foot,
    ...tail,
  ]);
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
