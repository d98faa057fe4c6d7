/**
 * Draws the tray menu's icons (assets/menu-glyphs.ts says how) into assets/tray-menu/. Run it after
 * adding a glyph to electron/core/tray/tray-menu-icons.ts or updating @lucide/svelte:
 *
 *   npx tsx assets/generate-menu-icons.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { menuGlyphFiles } from './menu-glyphs';

const here = fileURLToPath(new URL('.', import.meta.url));
// A glyph no longer listed must not linger in the bundle.
rmSync(`${here}tray-menu`, { recursive: true, force: true });
for (const { file, draw } of menuGlyphFiles()) {
  mkdirSync(dirname(`${here}${file}`), { recursive: true });
  writeFileSync(`${here}${file}`, draw());
}
