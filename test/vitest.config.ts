import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// One config for unit, integration and Svelte component tests. Component tests opt into jsdom
// with a `// @vitest-environment jsdom` docblock; everything else runs in plain Node.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  plugins: [svelte()],
  // Without the browser condition, mount() resolves to Svelte's server build.
  resolve: { conditions: ['browser'] },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
