/**
 * Each test gets its own preview host (real core, its own demo PBX, its own settings) and its
 * own browser context; the host's log lines are attached to the test report when it fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import {
  type PreviewHost,
  type PreviewHostOptions,
  startPreviewHost,
} from '../../electron/preview/preview-host';

export const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export interface PreviewFixtures {
  /** Options for the preview host; override with `test.use({ previewOptions: ... })`. */
  previewOptions: Omit<PreviewHostOptions, 'rendererDir'>;
  preview: PreviewHost;
  dataDir: string;
}

export const test = base.extend<PreviewFixtures>({
  previewOptions: [{ pbx: { kind: 'demo', options: { lively: false } } }, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'companion-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  preview: async ({ previewOptions }, use, testInfo) => {
    const host = await startPreviewHost({ ...previewOptions, rendererDir });
    try {
      await use(host);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('core-log', { body: host.logLines.join('\n'), contentType: 'text/plain' });
      }
      await host.close();
    }
  },
});

export { expect };
