/**
 * The renderer's JavaScript, gzipped: every page's own chunks and the chunks they share, as built
 * by `npm run build:renderer` (issue 12: stay under 120 KB for all pages with the icons). Counts
 * what a page loads (its entry and what its HTML links as modulepreload), and all JS once.
 * Run: `npx tsx test/bench/renderer-size.bench.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
if (!existsSync(`${rendererDir}panel.html`))
  throw new Error('build the renderer first: npm run build:renderer');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(`${rendererDir}${file}`), { level: 9 }).length;

const scripts = readdirSync(`${rendererDir}assets`).filter((name) => name.endsWith('.js'));
const all = scripts.reduce((sum, name) => sum + gzipped(`assets/${name}`), 0);
const raw = scripts.reduce((sum, name) => sum + readFileSync(`${rendererDir}assets/${name}`).length, 0);
console.log(`renderer JS, all pages together: ${kb(all)} gzip (${kb(raw)} raw, ${scripts.length} files)`);

for (const page of readdirSync(rendererDir).filter((name) => name.endsWith('.html'))) {
  const html = readFileSync(`${rendererDir}${page}`, 'utf8');
  const loaded = [...html.matchAll(/(?:src|href)="\/?(?:\.\/)?(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  const size = loaded.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`  ${page}: ${kb(size)} gzip (${loaded.length} files)`);
}
console.log('goal: under 120 KB gzip for all pages');
