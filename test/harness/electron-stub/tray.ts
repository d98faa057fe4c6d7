/** Tray, Menu and nativeImage stand-ins: they keep the icon, tooltip and menu the app set. */
import { EventEmitter } from 'node:events';
import { record } from './recorder';

export class FakeNativeImage {
  readonly dataUrl: string;
  readonly representations: { scaleFactor: number; dataURL?: string }[] = [];
  template = false;

  constructor(dataUrl: string) {
    this.dataUrl = dataUrl;
  }
  static isPng(dataUrl: string): boolean {
    if (!dataUrl.startsWith('data:image/png;base64,')) return false;
    const bytes = Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64');
    return bytes.subarray(1, 4).toString('latin1') === 'PNG';
  }
  addRepresentation(options: { scaleFactor: number; dataURL?: string }): void {
    this.representations.push(options);
  }
  isEmpty(): boolean {
    return !FakeNativeImage.isPng(this.dataUrl);
  }
  getSize(): { width: number; height: number } {
    return { width: 16, height: 16 };
  }
  setTemplateImage(template: boolean): void {
    this.template = template;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

export const nativeImage = {
  createFromDataURL: (dataUrl: string) => new FakeNativeImage(dataUrl),
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  checked?: boolean;
  icon?: FakeNativeImage | string;
  click?: (...args: unknown[]) => void;
  submenu?: FakeMenuItem[];
}

export class FakeMenu {
  readonly items: FakeMenuItem[];
  constructor(items: FakeMenuItem[]) {
    this.items = items;
  }
  static buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    const menu = new FakeMenu(template);
    record.menus.push(menu);
    return menu;
  }
  static setApplicationMenu(): void {}
}

export class FakeTray extends EventEmitter {
  image: FakeNativeImage;
  tooltip = '';
  contextMenu: FakeMenu | null = null;
  destroyed = false;

  constructor(image: FakeNativeImage) {
    super();
    this.image = image;
    record.trays.push(this);
  }
  setImage(image: FakeNativeImage): void {
    this.image = image;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  /** What Linux's AppIndicator tray reports: no position. */
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 0, y: 0, width: 0, height: 0 };
  }
  popUpContextMenu(): void {}
  setTitle(): void {}
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}
