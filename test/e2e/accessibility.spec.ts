/**
 * axe on every window the app shows, in English and German, light and dark: the panel (every
 * tab, the open reason menu, a paused state, the voicemail player and a message's menu), the settings window (first run
 * and connected, every tab), the caller popup (ringing, connected, its open menu) and the missed
 * calls summary. Any violation of any impact fails. The app's pages run in the preview desk's
 * frames, so each scan is limited to that frame (the desk itself is not the app).
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { DEMO_CALLERS, type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';
import type { PreviewHost } from '../../electron/preview/preview-host';
import { expect, test } from './fixtures';

/** Fails with each violation's rule, impact and the elements it names. */
async function expectNoViolations(page: Page, frameSelector: string, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(frameSelector).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map(
          (node) =>
            `${node.target.join(' > ')} ${node.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`,
        )
        .join(' | ')}`,
  );
  expect.soft(found, `axe on ${what}`).toEqual([]);
}

async function openDesk(page: Page, preview: PreviewHost): Promise<FrameLocator> {
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await expect(panel.getByTestId('phonebook-status')).toHaveAttribute('data-status', 'ready');
  return panel;
}

const variants = [
  { locale: 'en-US', scheme: 'light' },
  { locale: 'en-US', scheme: 'dark' },
  { locale: 'de-DE', scheme: 'light' },
  { locale: 'de-DE', scheme: 'dark' },
] as const;

for (const { locale, scheme } of variants) {
  test.describe(`${locale}, ${scheme}`, () => {
    test.use({
      colorScheme: scheme,
      previewOptions: { pbx: { kind: 'demo', options: { lively: false } }, systemLocale: locale },
    });

    // axe walks every frame of the desk: a scan takes seconds on a busy machine.
    test.describe.configure({ timeout: 120_000 });

    test('the panel: every tab, the reason menu, paused, the voicemail player', async ({ page, preview }) => {
      const panel = await openDesk(page, preview);
      // Every tab.
      const tabs = panel.getByRole('tab');
      const count = await tabs.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let index = 0; index < count; index++) {
        await tabs.nth(index).click();
        await expectNoViolations(page, '#panel-frame', `panel tab ${index + 1}`);
      }
      // The reason menu open, then paused.
      await panel.getByTestId('pause-reason-menu').click();
      await expect(panel.getByRole('menu')).toBeVisible();
      await expectNoViolations(page, '#panel-frame', 'panel with the reason menu open');
      await panel.getByTestId('pause-reason').first().click();
      await expect(panel.getByTestId('pause-bar')).toHaveAttribute('data-agent-state', 'paused');
      await expectNoViolations(page, '#panel-frame', 'panel paused');
      // The voicemail player.
      await panel.getByTestId('tab-voicemail').click();
      await panel.getByTestId('voicemail-play').first().click();
      await expect(panel.getByTestId('voicemail-player')).toBeVisible();
      await expectNoViolations(page, '#panel-frame', 'panel with the voicemail player');
      // A message's menu (mark heard, forward, delete) open.
      await panel.getByTestId('voicemail-more').first().click();
      await expect(panel.getByRole('menu')).toBeVisible();
      await expectNoViolations(page, '#panel-frame', 'panel with a voicemail message’s menu open');
    });

    test('the settings window, connected: every tab', async ({ page, preview }) => {
      await openDesk(page, preview);
      await page.locator('#show-settings').click();
      const settings = page.frameLocator('#settings-frame');
      const settingsTabs = settings.getByRole('tab');
      await expect(settingsTabs.first()).toBeVisible();
      for (let index = 0; index < (await settingsTabs.count()); index++) {
        await settingsTabs.nth(index).click();
        await expectNoViolations(page, '#settings-frame', `settings tab ${index + 1}`);
      }
    });

    test('popups: ringing with its menu open, connected, and the missed-calls summary', async ({
      page,
      preview,
    }) => {
      await openDesk(page, preview);
      const demo = preview.demo as DemoPbx;
      // A ringing popup (from a queue, with labels and history), its menu open, then connected.
      const { phonecallId } = demo.sim.startInboundCall({
        from: DEMO_CALLERS.lukasMueller.callsFrom,
        fromName: '',
        to: 'Support',
      });
      const frame = page.getByTestId('popup-frame');
      await expect(frame).toHaveCount(1);
      const popup = page.frameLocator('[data-testid="popup-frame"]');
      await expect(popup.getByTestId('popup-previous')).toBeVisible();
      await expectNoViolations(page, '#popups', 'ringing popup');
      await popup.getByTestId('popup-more').click();
      await expect(popup.getByRole('menu')).toBeVisible();
      await expectNoViolations(page, '#popups', 'ringing popup with its menu open');
      await popup.getByTestId('popup-more').press('Escape');
      demo.sim.answer(phonecallId, { by: demo.agent });
      await expect(popup.getByTestId('popup-status')).toBeVisible();
      await expectNoViolations(page, '#popups', 'connected popup');
      demo.sim.hangup(phonecallId);
      await expect(frame).toHaveCount(0);

      // Missed calls: the summary.
      for (const caller of [DEMO_CALLERS.franzHofer, DEMO_CALLERS.sabineWeiss, DEMO_CALLERS.franzHofer]) {
        const missed = demo.sim.startInboundCall({ from: caller.callsFrom, fromName: '', to: demo.agent });
        await expect(page.locator(`[data-call-id="${missed.phonecallId}"]`)).toHaveCount(1);
        demo.sim.hangup(missed.phonecallId);
        await expect(page.locator(`[data-call-id="${missed.phonecallId}"]`)).toHaveCount(0);
      }
      await expect(frame).toHaveAttribute('data-call-id', 'missed');
      await expect(popup.getByTestId('missed-row')).toHaveCount(2);
      await expectNoViolations(page, '#popups', 'missed-calls summary');
    });
  });

  test.describe(`first run, ${locale}, ${scheme}`, () => {
    let pbx: DemoPbx;
    test.beforeEach(async () => {
      pbx = await startDemoPbx({ apiPassword: 'Richtig-2026' });
    });
    test.afterEach(async () => {
      await pbx.close();
    });
    test.use({ colorScheme: scheme, previewOptions: { pbx: { kind: 'external' }, systemLocale: locale } });
    test.describe.configure({ timeout: 120_000 });

    test('the first-run settings, a failed attempt and the done step: no axe violations', async ({
      page,
      preview,
    }) => {
      await page.goto(preview.url);
      const settings = page.frameLocator('#settings-frame');
      await expect(settings.locator('#connect-serverAddress')).toBeVisible();
      await expectNoViolations(page, '#settings-frame', 'first-run settings');
      await expectNoViolations(page, '#panel-frame', 'panel before connecting');
      await settings.locator('#connect-serverAddress').fill(pbx.baseUrl);
      await settings.locator('#connect-apiUser').fill('api');
      await settings.locator('#connect-apiPassword').fill('Falsch-2026');
      await settings.locator('#connect-username').fill('tsander');
      await settings.getByTestId('connect').click();
      await expect(settings.getByTestId('connect-apiPassword-error')).toBeVisible();
      await expectNoViolations(page, '#settings-frame', 'first-run settings with an error');
      await settings.locator('#connect-apiPassword').fill('Richtig-2026');
      await settings.getByTestId('connect').click();
      await expect(settings.getByTestId('settings-done')).toBeVisible();
      await expectNoViolations(page, '#settings-frame', 'the done step');
    });
  });
}
