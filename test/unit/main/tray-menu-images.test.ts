import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { drawGlyph, GLYPH_SIZES, type GlyphTone, glyphFile } from '../../../assets/menu-glyphs';
import { TRAY_MENU_ICONS } from '../../../electron/core/tray/tray-menu-icons';
import { glyphTone, TrayMenuImages } from '../../../electron/main/tray-menu-images';

/** A nativeImage stand-in that keeps what it was made from. */
class Image {
  readonly representations: { scaleFactor: number; dataURL?: string }[] = [];
  template = false;
  constructor(readonly dataURL: string) {}
  addRepresentation(representation: { scaleFactor: number; dataURL?: string }): void {
    this.representations.push(representation);
  }
  setTemplateImage(template: boolean): void {
    this.template = template;
  }
}

function images(platform: NodeJS.Platform) {
  const made: Image[] = [];
  const factory = {
    createFromDataURL: (url: string) => {
      const image = new Image(url);
      made.push(image);
      return image as unknown as Electron.NativeImage;
    },
  };
  return { menuImages: new TrayMenuImages(factory, platform), made };
}

const png = (dataUrl: string) => Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
const assetBytes = (tone: GlyphTone, name: string, sizePx: number) =>
  readFileSync(new URL(`../../../assets/${glyphFile(name as never, tone, sizePx)}`, import.meta.url));
/** A PNG's width and height, from its header. */
const sizeOf = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

describe('tray menu images', () => {
  test('Windows and Linux: a white glyph for dark menus, a black one for light menus', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { menuImages } = images(platform);
      const dark = menuImages.image('phone', true) as unknown as Image;
      const light = menuImages.image('phone', false) as unknown as Image;
      expect(png(dark.dataURL)).toEqual(assetBytes('on-dark', 'phone', 16));
      expect(png(light.dataURL)).toEqual(assetBytes('on-light', 'phone', 16));
      expect(dark.template || light.template).toBe(false);
      expect(menuImages.followTheme).toBe(true);
    }
    expect(glyphTone('linux', true)).toBe('on-dark');
    expect(glyphTone('win32', false)).toBe('on-light');
  });

  test('macOS: one black template image whatever the theme; macOS tints it', () => {
    const { menuImages, made } = images('darwin');
    const dark = menuImages.image('settings', true) as unknown as Image;
    expect(menuImages.image('settings', false)).toBe(dark);
    expect(made).toHaveLength(1);
    expect(dark.template).toBe(true);
    expect(png(dark.dataURL)).toEqual(assetBytes('on-light', 'settings', 16));
    expect(menuImages.followTheme).toBe(false);
  });

  test('every glyph the core names exists in both tones, 16 px with a 32 px @2x representation', () => {
    for (const darkMenus of [false, true]) {
      const { menuImages } = images('win32');
      for (const icon of TRAY_MENU_ICONS) {
        const image = menuImages.image(icon, darkMenus) as unknown as Image;
        expect(sizeOf(png(image.dataURL)), icon).toEqual([16, 16]);
        expect(image.representations.map((r) => r.scaleFactor)).toEqual([2]);
        expect(sizeOf(png(image.representations[0]?.dataURL ?? '')), icon).toEqual([32, 32]);
      }
    }
  });

  test('each image is made once and reused across menu rebuilds', () => {
    const { menuImages, made } = images('linux');
    expect(menuImages.image('power', false)).toBe(menuImages.image('power', false));
    expect(menuImages.image('power', true)).not.toBe(menuImages.image('power', false));
    expect(made).toHaveLength(2);
  });

  // Drawing needs resvg's native module, a devDependency: this runs where the tests run.
  test('the committed PNGs are what assets/generate-menu-icons.ts draws now', () => {
    const stale: string[] = [];
    for (const name of TRAY_MENU_ICONS)
      for (const tone of ['on-light', 'on-dark'] as const)
        for (const sizePx of GLYPH_SIZES)
          if (!drawGlyph(name, tone, sizePx).equals(assetBytes(tone, name, sizePx)))
            stale.push(glyphFile(name, tone, sizePx));
    expect(stale, 'run: npx tsx assets/generate-menu-icons.ts').toEqual([]);
  });
});
