/**
 * The tray menu's icons drawn from the very Lucide glyphs the panel shows: each glyph's shapes are
 * read from the installed `@lucide/svelte` (the renderer's version, so a glyph changes in both
 * places at once), put into an SVG with Lucide's own defaults (24 px box, stroke 2, round caps)
 * and rasterised by resvg. Electron's nativeImage cannot load SVG, so the PNGs are drawn ahead
 * and committed (assets/generate-menu-icons.ts writes them; a unit test checks they are current).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { TRAY_MENU_ICONS, type TrayMenuIcon } from '../electron/core/tray/tray-menu-icons';

/**
 * `on-light`: black, for light menus on Windows and Linux and as the macOS template image (a
 * template must be black and alpha; macOS tints it). `on-dark`: white, for dark menus.
 */
export const GLYPH_TONES = { 'on-light': '#000000', 'on-dark': '#ffffff' } as const;
export type GlyphTone = keyof typeof GLYPH_TONES;

/** 16 px for 1x menus, 32 px as the @2x representation. */
export const GLYPH_SIZES = [16, 32] as const;

/** Where a PNG lives under assets/ (electron/main/tray-menu-images.ts inlines the same paths). */
export const glyphFile = (name: TrayMenuIcon, tone: GlyphTone, sizePx: number): string =>
  `tray-menu/${tone}/${name}${sizePx === 32 ? '@2x' : ''}.png`;

type IconNode = [tag: string, attributes: Record<string, string>][];

const require = createRequire(import.meta.url);

/** The glyph's shapes as the Svelte component holds them (`const iconData = {...}`). */
function lucideNode(name: TrayMenuIcon): IconNode {
  const module = require.resolve(`@lucide/svelte/icons/${name}`);
  const source = readFileSync(module.replace(/\.js$/, '.svelte'), 'utf8');
  const data = /const iconData = (\{.*\});/.exec(source)?.[1];
  if (data === undefined) throw new Error(`no icon data in @lucide/svelte's ${name}`);
  return (JSON.parse(data) as { node: IconNode }).node;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function glyphSvg(name: TrayMenuIcon, color: string): string {
  const shapes = lucideNode(name)
    .map(
      ([tag, attributes]) =>
        `<${tag} ${Object.entries(attributes)
          .map(([key, value]) => `${key}="${escapeAttribute(String(value))}"`)
          .join(' ')}/>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" ` +
    `stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shapes}</svg>`
  );
}

export function drawGlyph(name: TrayMenuIcon, tone: GlyphTone, sizePx: number): Buffer {
  const svg = new Resvg(glyphSvg(name, GLYPH_TONES[tone]), { fitTo: { mode: 'width', value: sizePx } });
  return svg.render().asPng();
}

/** Every PNG the tray menu needs: path under assets/ and its bytes. */
export function* menuGlyphFiles(): Generator<{ file: string; draw: () => Buffer }> {
  for (const name of TRAY_MENU_ICONS)
    for (const tone of Object.keys(GLYPH_TONES) as GlyphTone[])
      for (const sizePx of GLYPH_SIZES)
        yield { file: glyphFile(name, tone, sizePx), draw: () => drawGlyph(name, tone, sizePx) };
}
