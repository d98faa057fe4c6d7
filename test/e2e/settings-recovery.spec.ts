import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentSettingsVersion } from '../../electron/core/settings/schema';
import { startPreviewHost } from '../../electron/preview/preview-host';
import { expect, rendererDir, test } from './fixtures';

test('a corrupt settings file is set aside, the app starts on defaults and the user is told', async ({
  page,
  dataDir,
}) => {
  writeFileSync(join(dataDir, 'settings.json'), '{"version": 1, "language": "de", "connection": {');
  const host = await startPreviewHost({ rendererDir, dataDir, pbx: { kind: 'external' } });
  try {
    await page.goto(host.url);
    const panel = page.frameLocator('#panel-frame');
    const notice = panel.getByTestId('notice');
    await expect(notice).toContainText('settings.json.corrupt-');
    const files = readdirSync(dataDir);
    const setAside = files.find((name) => name.startsWith('settings.json.corrupt-'));
    expect(setAside).toBeDefined();
    // The unreadable text is kept, untouched, for the user or support to look at.
    expect(readFileSync(join(dataDir, setAside ?? ''), 'utf8')).toBe(
      '{"version": 1, "language": "de", "connection": {',
    );
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      version: currentSettingsVersion,
      language: 'system',
    });
    await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'setup');
  } finally {
    await host.close();
  }
});
