import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const page = (name: string): string => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

/**
 * The renderer: one page per window. Loaded from a custom scheme in Electron and over HTTP in the
 * preview, hence relative asset URLs. The CSP allows `script-src 'self'` only: no inline scripts,
 * so the module-preload polyfill (an inline script) is off, and nothing is fetched from elsewhere.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [svelte()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { panel: page('panel'), popup: page('popup'), settings: page('settings') },
    },
  },
});
