import { EventEmitter } from 'node:events';
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import { describe, expect, test } from 'vitest';
import type { TrayMenuIcon } from '../../../electron/core/tray/tray-menu-icons';
import { TrayController } from '../../../electron/main/tray';
import type { CompanionState } from '../../../electron/shared/contract';
import { makeCall, makeState } from '../renderer/fake-companion';

/** A menu image named by what it shows: `on-dark/phone`. */
type FakeImage = { name: string };

class FakeTheme extends EventEmitter {
  shouldUseDarkColors = false;
  switchTo(dark: boolean): void {
    this.shouldUseDarkColors = dark;
    this.emit('updated');
  }
}

function rig(platform: NodeJS.Platform) {
  const theme = new FakeTheme();
  const menus: MenuItemConstructorOptions[][] = [];
  const tray = Object.assign(new EventEmitter(), {
    setImage() {},
    setToolTip() {},
    setTitle() {},
    setContextMenu() {},
    popUpContextMenu() {},
    getBounds: () => ({ x: 0, y: 0, width: 0, height: 0 }),
    isDestroyed: () => false,
    destroy() {},
  });
  const menuImages = {
    followTheme: platform !== 'darwin',
    image: (icon: TrayMenuIcon, dark: boolean) =>
      ({ name: `${dark ? 'on-dark' : 'on-light'}/${icon}` }) as unknown as NativeImage,
  };
  const state = makeState({ calls: { live: [makeCall({ id: '7', phase: 'ringing' })] } });
  const controller = new TrayController(
    {
      createTray: () => tray as unknown as Tray,
      buildMenu: (template) => {
        menus.push(template);
        return {} as Menu;
      },
      icons: {} as never,
      platform,
      onAction() {},
      onCommand() {},
      onClick() {},
      menuImages,
      theme,
      log: { log() {}, child: () => ({}) } as never,
    },
    state,
  );
  /** The last menu as `id: image`, submenus indented, `-` where there is no image. */
  const shown = (items = menus.at(-1) ?? [], indent = ''): string[] =>
    items.flatMap((item) => [
      ...(item.type === 'separator'
        ? []
        : [`${indent}${item.id}: ${(item.icon as FakeImage | undefined)?.name ?? '-'}`]),
      ...shown((item.submenu as MenuItemConstructorOptions[] | undefined) ?? [], `${indent}  `),
    ]);
  return { controller, theme, menus, shown, state };
}

describe('the tray menu icons in main', () => {
  test('each entry the core marked carries its image; info lines and submenu entries none', () => {
    const { shown } = rig('linux');
    const lines = shown();
    expect(lines).toContain('calls/answer?callId=7: on-light/phone');
    expect(lines).toContain('show-panel: on-light/app-window');
    expect(lines).toContain('open-settings: on-light/settings');
    expect(lines).toContain('quit: on-light/power');
    const infoLines = lines.filter((line) => line.includes('/info-'));
    expect(infoLines.length).toBeGreaterThan(0);
    for (const line of infoLines) expect(line).toMatch(/: -$/);
  });

  test('Windows and Linux: a change to dark menus rebuilds the menu with light glyphs, and back', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { theme, menus, shown } = rig(platform);
      expect(menus).toHaveLength(1);
      theme.switchTo(true);
      expect(menus).toHaveLength(2);
      expect(shown()).toContain('quit: on-dark/power');
      expect(shown().filter((line) => line.includes('on-light/'))).toEqual([]);
      // 'updated' also comes for high contrast and the like: no rebuild when the menus' colours stay.
      theme.switchTo(true);
      expect(menus).toHaveLength(2);
      theme.switchTo(false);
      expect(menus).toHaveLength(3);
      expect(shown()).toContain('quit: on-light/power');
    }
  });

  test('macOS: template images follow the menu by themselves, so a theme change rebuilds nothing', () => {
    const { theme, menus, shown } = rig('darwin');
    theme.switchTo(true);
    expect(menus).toHaveLength(1);
    expect(shown()).toContain('quit: on-light/power');
  });

  test('a state that changes nothing in the menu rebuilds nothing; destroy stops following the theme', () => {
    const { controller, theme, menus, state } = rig('linux');
    controller.update({ ...state } as CompanionState);
    expect(menus).toHaveLength(1);
    controller.destroy();
    expect(theme.listenerCount('updated')).toBe(0);
    theme.switchTo(true);
    expect(menus).toHaveLength(1);
  });
});
