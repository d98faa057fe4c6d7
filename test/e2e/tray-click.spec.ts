/**
 * The desk's "Tray click" hides and shows the panel the way a click on the tray icon does in
 * Electron, and the core hears it the same way: with the panel hidden the queue figures are read
 * only as often as the tray needs them, shown they are read at once and then every 2 s.
 */
import type { DemoPbx } from '../../electron/demo-pbx/index';
import { expect, test } from './fixtures';

/** Reads of the queue list since the request log had `mark` entries. */
const queueListReads = (demo: DemoPbx, mark: number) =>
  demo.requests.slice(mark).filter((r) => r.method === 'GET' && /^\/services\/queue\/?$/.test(r.path)).length;

test('Tray click hides and shows the panel, and the queue polling follows it', async ({ page, preview }) => {
  test.setTimeout(90_000);
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online', {
    timeout: 60_000,
  });
  const trayClick = page.getByRole('button', { name: 'Tray click' });
  await expect(trayClick).toHaveAttribute('aria-pressed', 'true');
  expect(preview.windows.panelShown).toBe(true);

  await trayClick.click();
  await expect(trayClick).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#panel-window')).toBeHidden();
  expect(preview.windows.panelShown).toBe(false);
  // Hidden: within 6 s at most the one read the tray's once-a-minute look may happen to fall on.
  const hiddenFrom = demo.requests.length;
  await page.waitForTimeout(6000);
  expect(queueListReads(demo, hiddenFrom)).toBeLessThanOrEqual(1);

  const shownFrom = demo.requests.length;
  await trayClick.click();
  await expect(trayClick).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#panel-window')).toBeVisible();
  expect(preview.windows.panelShown).toBe(true);
  // Shown: read at once, then every 2 s.
  await expect.poll(() => queueListReads(demo, shownFrom), { timeout: 3000 }).toBeGreaterThanOrEqual(1);
  await page.waitForTimeout(5000);
  expect(queueListReads(demo, shownFrom)).toBeGreaterThanOrEqual(3);
});
