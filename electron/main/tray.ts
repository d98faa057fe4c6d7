/**
 * The tray icon and its menu, as the core's tray view says (core/tray/tray-view.ts). The menu holds every main action, because on Linux the
 * AppIndicator/StatusNotifier tray ignores clicks on the icon: there the menu is all there is.
 * Elsewhere a click on the icon toggles the panel.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage, Rectangle, Tray } from 'electron';
import type { Logger } from '../core/ports';
import type { TrayAction, TrayCommand, TrayIconState, TrayMenuEntry } from '../core/tray/tray-entry';
import type { TrayMenuIcon } from '../core/tray/tray-menu-icons';
import { trayView } from '../core/tray/tray-view';
import type { CompanionState } from '../shared/contract';

export interface TrayControllerOptions {
  createTray: (image: NativeImage) => Tray;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  icons: Record<TrayIconState, NativeImage>;
  platform: NodeJS.Platform;
  onAction: (action: TrayAction) => void;
  /** Runs a contract command (pause with a reason, resume, ...); `id` is the entry's (tray-ids.ts). */
  onCommand: (command: TrayCommand, id: string) => void;
  onClick: () => void;
  /** The menu's icons (tray-menu-images.ts); `followTheme`: they differ for dark and light menus. */
  menuImages: { image(icon: TrayMenuIcon, darkMenus: boolean): NativeImage; readonly followTheme: boolean };
  /** Electron's nativeTheme: whether menus are dark, and 'updated' when that may have changed. */
  theme: MenuTheme;
  log: Logger;
}

export interface MenuTheme {
  readonly shouldUseDarkColors: boolean;
  on(event: 'updated', listener: () => void): unknown;
  removeListener(event: 'updated', listener: () => void): unknown;
}

export class TrayController {
  readonly #tray: Tray;
  readonly #options: TrayControllerOptions;
  #menu: Menu | null = null;
  #menuEntries: TrayMenuEntry[] = [];
  #shownMenuKey = '';
  /** The icons are drawn for the theme; a new one rebuilds the menu with the other glyphs. */
  readonly #onTheme = () => this.#showMenu();
  #shownIcon: TrayIconState | null = null;
  #shownTooltip = '';
  #shownBadge = 0;

  constructor(options: TrayControllerOptions, initialState: CompanionState) {
    this.#options = options;
    this.#tray = options.createTray(options.icons.offline);
    this.#tray.on('click', () => options.onClick());
    // macOS opens a context menu set with setContextMenu on a left click too, which would hide the
    // panel toggle; there the menu opens on right click only.
    if (options.platform === 'darwin') {
      this.#tray.on('right-click', () => {
        if (this.#menu) this.#tray.popUpContextMenu(this.#menu);
      });
    }
    options.theme.on('updated', this.#onTheme);
    this.update(initialState);
  }

  update(state: CompanionState): void {
    const view = trayView(state);
    if (view.icon !== this.#shownIcon) {
      this.#tray.setImage(this.#options.icons[view.icon]);
      this.#shownIcon = view.icon;
    }
    // macOS shows a title next to the icon; elsewhere the count is in the tooltip and the menu.
    if (view.badge !== this.#shownBadge && this.#options.platform === 'darwin') {
      this.#tray.setTitle(view.badge > 0 ? String(view.badge) : '');
    }
    this.#shownBadge = view.badge;
    if (view.tooltip !== this.#shownTooltip) {
      this.#tray.setToolTip(view.tooltip);
      this.#shownTooltip = view.tooltip;
    }
    this.#menuEntries = view.menu;
    this.#showMenu();
  }

  /** Where the icon is, for placing the panel; null where the platform does not say (Linux). */
  bounds(): Rectangle | null {
    const bounds = this.#tray.getBounds();
    return bounds.width > 0 && bounds.height > 0 ? bounds : null;
  }

  destroy(): void {
    this.#options.theme.removeListener('updated', this.#onTheme);
    if (!this.#tray.isDestroyed()) this.#tray.destroy();
  }

  /** Builds the menu only when what it shows changed: on Linux each build is re-sent over D-Bus. */
  #showMenu(): void {
    const dark = this.#options.menuImages.followTheme && this.#options.theme.shouldUseDarkColors;
    const menuKey = `${dark ? 'dark' : 'light'} ${JSON.stringify(this.#menuEntries)}`;
    if (menuKey === this.#shownMenuKey) return;
    this.#menu = this.#options.buildMenu(this.#menuEntries.map((entry) => this.#menuItem(entry, dark)));
    if (this.#options.platform !== 'darwin') this.#tray.setContextMenu(this.#menu);
    this.#shownMenuKey = menuKey;
  }

  #menuItem(entry: TrayMenuEntry, dark: boolean): MenuItemConstructorOptions {
    const icon =
      entry.type !== 'separator' && entry.type !== 'info' && entry.icon
        ? { icon: this.#options.menuImages.image(entry.icon, dark) }
        : {};
    switch (entry.type) {
      case 'separator':
        return { type: 'separator' };
      case 'info':
        return { ...this.#id(entry), label: entry.label, enabled: false };
      case 'action':
        return {
          id: entry.id ?? entry.action,
          ...icon,
          label: entry.label,
          enabled: entry.enabled,
          click: () => {
            this.#options.log.log('debug', 'tray action', { action: entry.action });
            this.#options.onAction(entry.action);
          },
        };
      case 'command': {
        const id = entry.id ?? entry.command.name;
        return {
          id,
          ...icon,
          ...(entry.checked === undefined ? {} : { type: 'radio' as const, checked: entry.checked }),
          label: entry.label,
          enabled: entry.enabled,
          click: () => {
            this.#options.log.log('debug', 'tray command', { id, command: entry.command.name });
            this.#options.onCommand(entry.command, id);
          },
        };
      }
      case 'submenu':
        return {
          ...this.#id(entry),
          ...icon,
          label: entry.label,
          submenu: entry.entries.map((inner) => this.#menuItem(inner, dark)),
        };
    }
  }

  #id(entry: { id?: string }): { id?: string } {
    return entry.id === undefined ? {} : { id: entry.id };
  }
}
