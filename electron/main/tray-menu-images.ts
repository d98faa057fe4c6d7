/**
 * The tray menu's icons as images (the core names them, core/tray/tray-menu-icons.ts), inlined into
 * the main bundle as `data:` URLs like the tray icons (tray-icons.ts): 16 px with a 32 px
 * representation for 2x screens, drawn by assets/generate-menu-icons.ts.
 *
 * Each platform's menus want their own kind of glyph:
 * - macOS: a template image (black and alpha), which macOS tints for light and dark menus itself;
 * - Windows and Linux: a plain image, so a dark glyph on light menus and a light one on dark menus,
 *   chosen by the system theme (`nativeTheme.shouldUseDarkColors`); the tray rebuilds its menu
 *   when the theme changes (tray.ts).
 * Electron-free: the nativeImage factory is handed in, so the choice is tested without Electron.
 */
import type { NativeImage } from 'electron';
import type { TrayMenuIcon } from '../core/tray/tray-menu-icons';
import type { NativeImageFactory } from './tray-icons';

/** `../../assets/tray-menu/<tone>/<glyph>[@2x].png` → its `data:` URL. */
const files = import.meta.glob<string>('../../assets/tray-menu/*/*.png', {
  query: '?inline',
  import: 'default',
  eager: true,
});

export type GlyphTone = 'on-light' | 'on-dark';

/** The glyph a menu needs: black for a light menu (and every macOS template), white for a dark one. */
export function glyphTone(platform: NodeJS.Platform, darkMenus: boolean): GlyphTone {
  return platform !== 'darwin' && darkMenus ? 'on-dark' : 'on-light';
}

function dataUrl(icon: TrayMenuIcon, tone: GlyphTone, suffix: '' | '@2x'): string {
  const url = files[`../../assets/tray-menu/${tone}/${icon}${suffix}.png`];
  // A glyph listed in the core but never drawn: run assets/generate-menu-icons.ts.
  if (url === undefined) throw new Error(`tray menu icon ${tone}/${icon}${suffix}.png is missing`);
  return url;
}

export class TrayMenuImages {
  readonly #nativeImage: NativeImageFactory;
  readonly #platform: NodeJS.Platform;
  readonly #made = new Map<string, NativeImage>();

  constructor(nativeImage: NativeImageFactory, platform: NodeJS.Platform) {
    this.#nativeImage = nativeImage;
    this.#platform = platform;
  }

  /** Whether the images depend on the menu's colours (the menu must be rebuilt when they change). */
  get followTheme(): boolean {
    return this.#platform !== 'darwin';
  }

  /** The image for `icon` in a menu drawn dark (`darkMenus`) or light; made once, then reused. */
  image(icon: TrayMenuIcon, darkMenus: boolean): NativeImage {
    const tone = glyphTone(this.#platform, darkMenus);
    const key = `${tone}/${icon}`;
    const made = this.#made.get(key);
    if (made) return made;
    const image = this.#nativeImage.createFromDataURL(dataUrl(icon, tone, ''));
    image.addRepresentation({ scaleFactor: 2, dataURL: dataUrl(icon, tone, '@2x') });
    if (this.#platform === 'darwin') image.setTemplateImage(true);
    this.#made.set(key, image);
    return image;
  }
}
