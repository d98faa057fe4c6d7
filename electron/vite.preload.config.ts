/**
 * The preload bundle: ONE CommonJS file, `dist/preload/index.cjs`. A sandboxed preload cannot
 * load ES modules or any file of its own (its `require` knows only `electron` and a few Node
 * shims), so everything is inlined and code splitting is off. `.cjs` because package.json says
 * "type": "module".
 */
import { defineConfig } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  ssr: {
    noExternal: true,
    external: ['electron'],
    target: 'node',
  },
  build: {
    ssr: 'electron/preload/index.ts',
    outDir: 'dist/preload',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: ['electron'],
      output: {
        format: 'cjs',
        entryFileNames: 'index.cjs',
        codeSplitting: false,
      },
    },
  },
});
