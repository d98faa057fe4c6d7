/**
 * Which icon a tray menu entry shows, as a Lucide glyph name: the glyph the panel and the popup use
 * for the same meaning (the popup's Answer is `phone`, the panel's hang-up `phone-off`, hold
 * `pause`/`play`, transfer `phone-forwarded`, settings `settings`, retry `refresh-cw`, the voicemail
 * tab `voicemail`, the availability tab `signpost`, the status badge's paused `circle-pause` and
 * available `circle-check`), so the agent recognises them. Main turns a name into an image
 * (electron/main/tray-menu-images.ts); assets/generate-menu-icons.ts draws every glyph listed here.
 *
 * Marked: every entry of the menu's top level that does something, and a submenu by what its
 * entries do. Not marked: info lines, separators and the entries inside a submenu (pause reasons,
 * favourites, profiles): a column of the same glyph says nothing, and a profile's radio check would
 * sit beside it.
 */
import type { CommandInput, CommandName } from '../../shared/contract';
import type { TrayAction, TrayMenuEntry } from './tray-entry';

export const TRAY_MENU_ICONS = [
  'app-window',
  'circle-check',
  'circle-pause',
  'keyboard',
  'keyboard-off',
  'log-in',
  'pause',
  'phone',
  'phone-forwarded',
  'phone-off',
  'play',
  'power',
  'refresh-cw',
  'settings',
  'signpost',
  'smartphone',
  'undo-2',
  'voicemail',
] as const;
export type TrayMenuIcon = (typeof TRAY_MENU_ICONS)[number];

const actionIcons: Record<TrayAction, TrayMenuIcon> = {
  // The panel has no glyph for itself; a window is what the entry brings up.
  'show-panel': 'app-window',
  'open-settings': 'settings',
  retry: 'refresh-cw',
  quit: 'power',
};

type CommandIcons = {
  [K in CommandName]?: TrayMenuIcon | ((input: CommandInput<K>) => TrayMenuIcon);
};

/** The commands the tray offers (the features' tray.ts files), by what they do. */
const commandIcons: CommandIcons = {
  'calls/answer': 'phone',
  'control/hang-up': 'phone-off',
  // "Resume" of a held call states `play` itself (dial/tray.ts): the input does not say which.
  'control/hold': 'pause',
  'team/call': 'phone',
  'team/transfer': 'phone-forwarded',
  'queues/pause': 'circle-pause',
  'queues/unpause': 'circle-check',
  'queues/login': 'log-in',
  'voicemail/show': 'voicemail',
  'availability/activate-profile': 'signpost',
  'availability/forward': 'smartphone',
  // Back to normal: calls ring here again.
  'availability/clear-forward': 'undo-2',
  'hotkeys/suspend': (input) => (input.suspended ? 'keyboard-off' : 'keyboard'),
};

function commandIcon(command: Extract<TrayMenuEntry, { type: 'command' }>['command']): TrayMenuIcon | null {
  const icon = commandIcons[command.name] as
    | TrayMenuIcon
    | ((input: typeof command.input) => TrayMenuIcon)
    | undefined;
  if (icon === undefined) return null;
  return typeof icon === 'function' ? icon(command.input) : icon;
}

/** The icon of one entry at the menu's top level; null for none. An icon the entry states wins. */
export function menuIconOf(entry: TrayMenuEntry): TrayMenuIcon | null {
  switch (entry.type) {
    case 'separator':
    case 'info':
      return null;
    case 'action':
      return entry.icon ?? actionIcons[entry.action] ?? null;
    case 'command':
      return entry.icon ?? commandIcon(entry.command);
    case 'submenu': {
      if (entry.icon) return entry.icon;
      const inner = entry.entries.find((item) => item.type === 'command');
      return inner?.type === 'command' ? commandIcon(inner.command) : null;
    }
  }
}

/** The menu with each top-level entry's icon filled in (tray-view.ts); a submenu's entries are left as they are. */
export function withMenuIcons(menu: readonly TrayMenuEntry[]): TrayMenuEntry[] {
  return menu.map((entry) => {
    if (entry.type === 'separator' || entry.type === 'info') return entry;
    const icon = menuIconOf(entry);
    return icon === null ? entry : { ...entry, icon };
  });
}
