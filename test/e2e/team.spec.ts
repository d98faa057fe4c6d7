/**
 * The team board end to end: the built renderer in Chromium, the real core in the preview host,
 * the demo PBX over real HTTP. What was sent is checked at the PBX; the favourites' order is checked
 * across a restart of the app with the same settings folder; axe checks the tab.
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import type { DemoPbx } from '../../electron/demo-pbx/index';
import { type PreviewHost, startPreviewHost } from '../../electron/preview/preview-host';
import { expect, rendererDir, test } from './fixtures';

/**
 * Brings the Team tab forward. A click event rather than a pointer click: at 360 px the German tab
 * labels of the current tab bar push the last tab past the window's edge (the panel header and tab
 * bar are being redesigned to hold every feature's short label), and what is tested here is the tab.
 */
async function showTeamTab(panel: FrameLocator): Promise<void> {
  const tab = panel.getByRole('tab', { name: 'Team' });
  await tab.dispatchEvent('click');
  await tab.focus();
}

async function openTeam(page: Page, preview: PreviewHost): Promise<{ panel: FrameLocator; demo: DemoPbx }> {
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await showTeamTab(panel);
  // Colleagues' lines ride along once the panel holds its lease: every row has one within a poll.
  await expect(panel.locator('[data-testid="team-row"][data-username="ameyer"]')).toHaveAttribute(
    'data-line',
    'idle',
  );
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  return { panel, demo };
}

const postsSince = (demo: DemoPbx, from: number) =>
  demo.requests.slice(from).filter((request) => request.method === 'POST');

test('filter the board, then call a colleague with Enter: the dial body with the extension arrives at the PBX', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openTeam(page, preview);
  const filter = panel.getByRole('searchbox', { name: 'Filter colleagues' });
  await page.keyboard.press('Control+K');
  await expect(filter).toBeFocused();
  await filter.pressSequentially('anna mey');
  await expect(panel.getByTestId('team-row')).toHaveCount(1);
  const before = demo.requests.length;
  await filter.press('ArrowDown');
  await expect(panel.getByRole('button', { name: /^Call Anna Meyer/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => postsSince(demo, before).length).toBe(1);
  expect(postsSince(demo, before)[0]).toMatchObject({
    path: '/services/identity/tsander/defaultdevice/action',
    body: { action: 'dial', destination: '230', prefix: 'auto' },
    status: 200,
  });
});

test("a colleague's call shows on their row as it rings", async ({ page, preview }) => {
  const { panel, demo } = await openTeam(page, preview);
  demo.sim.startInboundCall({ from: '+4930123456', to: 'kschaefer' });
  const row = panel.locator('[data-testid="team-row"][data-username="kschaefer"]');
  await expect(row).toHaveAttribute('data-line', 'ringing');
  await expect(row.getByTestId('team-line')).toContainText('Ringing');
});

test('transfer the current call to a colleague with Ctrl+Enter: the documented transfer body arrives at the PBX', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openTeam(page, preview);
  const { phonecallId } = demo.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
  demo.sim.answer(phonecallId, { by: 'tsander' });
  await expect(panel.getByRole('button', { name: 'Transfer the call to Andreas Grassl' })).toBeVisible();
  const before = demo.requests.length;
  const filter = panel.getByRole('searchbox', { name: 'Filter colleagues' });
  await filter.fill('grassl');
  await filter.press('Control+Enter');
  await expect.poll(() => postsSince(demo, before).length).toBe(1);
  expect(postsSince(demo, before)[0]).toMatchObject({
    path: '/services/identity/tsander/defaultdevice/action',
    body: { action: 'transfer', destination: '201' },
    status: 200,
  });
});

test('favourites keep their order across a restart of the app', async ({ page, dataDir }) => {
  const first = await startPreviewHost({
    rendererDir,
    dataDir,
    pbx: { kind: 'demo', options: { lively: false } },
  });
  try {
    const { panel } = await openTeam(page, first);
    // One from outside the agent's roles, found by searching the whole PBX; one from the board.
    await panel.getByRole('searchbox', { name: 'Filter colleagues' }).fill('voss');
    await panel.getByRole('button', { name: 'Add Heike Voß to favourites' }).click();
    await panel.getByRole('searchbox', { name: 'Filter colleagues' }).fill('');
    await panel.getByRole('button', { name: 'Add Anna Meyer to favourites' }).click();
    await page.locator('#show-settings').click();
    await page.frameLocator('#settings-frame').getByRole('tab', { name: 'Team' }).click();
    const settings = page.frameLocator('#settings-frame').getByRole('region', { name: 'Team board' });
    await settings.getByRole('button', { name: 'Move Anna Meyer up' }).click();
    await expect(settings.getByTestId('team-settings-favourites').getByRole('listitem')).toHaveText([
      /Anna Meyer/,
      /Heike Voß/,
    ]);
  } finally {
    await first.close();
  }
  const second = await startPreviewHost({
    rendererDir,
    dataDir,
    pbx: { kind: 'demo', options: { lively: false } },
  });
  try {
    const { panel } = await openTeam(page, second);
    const favourites = panel.locator('[data-testid="team-row"][data-favourite="true"]');
    await expect(favourites).toHaveCount(2);
    expect(
      await favourites.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-username'))),
    ).toEqual(['ameyer', 'hvoss']);
  } finally {
    await second.close();
  }
});

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['en', 'de'] as const) {
    test(`axe finds nothing on the Team tab (${language}, ${theme}), with hostile names and a call to transfer`, async ({
      page,
      preview,
    }) => {
      const demo = preview.demo;
      if (!demo) throw new Error('the preview should run the demo PBX');
      demo.sim.setHostile(true);
      await preview.companion.runCommand('settings/update', { theme, language }, { window: 'settings' });
      // The panel page alone, at the panel window's size (the desk's token in its address lets it in).
      await page.setViewportSize({ width: 360, height: 520 });
      const desk = new URL(preview.url);
      await page.goto(new URL(`/app/panel.html${desk.search}`, desk).href);
      await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
      await page.getByRole('tab', { name: 'Team' }).dispatchEvent('click');
      await expect(page.locator('[data-testid="team-row"][data-username="ameyer"]')).toHaveAttribute(
        'data-line',
        'idle',
      );
      const { phonecallId } = demo.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
      demo.sim.answer(phonecallId, { by: 'tsander' });
      await expect(page.getByTestId('team-transfer').first()).toBeVisible();
      const axe = () => new AxeBuilder({ page }).include('#tabpanel-team').analyze();
      // The whole board, then a filter that leaves it empty and lists others from the whole PBX.
      const board = await axe();
      await page.getByTestId('team-filter').fill('he');
      await expect(page.getByTestId('team-search-hit').first()).toBeVisible();
      const search = await axe();
      for (const results of [board, search]) {
        // The tab was looked at (a selector that matches nothing would pass without looking).
        expect(results.passes.flatMap((rule) => rule.nodes).length).toBeGreaterThan(20);
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual(
          [],
        );
      }
    });
  }
}
