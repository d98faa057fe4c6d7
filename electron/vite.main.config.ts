/**
 * The main-process bundle: one ES module, `dist/main/index.js` (package.json has "type": "module"),
 * for Electron 41's Node 24 but kept to the Node 20 syntax level the boot test runs it with. Built
 * as an SSR bundle so Node's resolve conditions and built-ins apply; every dependency is bundled
 * (zod, the core, the demo PBX, electron-store and conf) except `electron`, which the runtime
 * provides, and `keytar`, a native module that must stay a real file in `app.asar.unpacked`.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  ssr: {
    noExternal: true,
    external: ['electron', 'keytar'],
    target: 'node',
  },
  build: {
    ssr: 'electron/main/index.ts',
    outDir: 'dist/main',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: ['electron', 'keytar', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: {
        format: 'es',
        entryFileNames: 'index.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
