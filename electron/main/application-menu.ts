/**
 * A tray app has no menu bar. Electron's default menu would still bring Reload, Toggle DevTools and
 * their accelerators to every window, so the packaged app drops it; on macOS an Edit menu stays,
 * because without one Cmd+C / Cmd+V do nothing in text fields. Development builds keep Electron's
 * default menu (with DevTools).
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';

export interface MenuApi {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
}

export function installApplicationMenu(menu: MenuApi, platform: NodeJS.Platform, packaged: boolean): void {
  if (!packaged) return;
  if (platform === 'darwin') {
    menu.setApplicationMenu(menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }]));
    return;
  }
  menu.setApplicationMenu(null);
}
