/**
 * Screenshot baselines of what the agent sees, at the Electron window sizes (the desk's frames are
 * those sizes: panel 360x520, popups 360 wide and as tall as windows.ts makes them, settings as
 * windows.ts opens it), in English and German, light and dark. Fonts pinned to DejaVu, the clock
 * started at a fixed moment, animations off, running timers masked; a small tolerance, so a layout
 * change fails. Update on purpose with `npx playwright test --config test/playwright.config.ts
 * screenshots --update-snapshots`, and look at every changed PNG before committing it.
 */
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { DEMO_CALLERS, type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';
import {
  type PreviewHost,
  type PreviewHostOptions,
  startPreviewHost,
} from '../../electron/preview/preview-host';
import { expect, rendererDir, test } from './fixtures';
import { frozenStartMs, screenshotTimeZone, shiftClock } from './screenshots/frozen-clock';

const stylePath = fileURLToPath(new URL('./screenshots/fonts.css', import.meta.url));

/**
 * Each test starts its own preview host after the clock is shifted (the shared `preview` fixture
 * would start before it), so every test's demo PBX and core begin at the same moment.
 */
async function withFrozenPreview(
  options: Omit<PreviewHostOptions, 'rendererDir'>,
  body: (preview: PreviewHost) => Promise<void>,
): Promise<void> {
  const restoreClock = shiftClock();
  const preview = await startPreviewHost({ ...options, rendererDir });
  try {
    await body(preview);
  } finally {
    await preview.close();
    restoreClock();
  }
}

async function expectShot(target: Locator, name: string, mask: Locator[] = []): Promise<void> {
  await expect(target).toHaveScreenshot(name, {
    stylePath,
    mask,
    animations: 'disabled',
    caret: 'hide',
    maxDiffPixelRatio: 0.003,
  });
}

async function openDesk(page: Page, preview: PreviewHost): Promise<DemoPbx> {
  await page.clock.install({ time: frozenStartMs });
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await expect(panel.getByTestId('phonebook-status')).toHaveAttribute('data-status', 'ready');
  // News toasts go by themselves: wait them out so they are in no picture.
  await expect(panel.locator('.toast')).toHaveCount(0, { timeout: 15_000 });
  return preview.demo as DemoPbx;
}

const variants = [
  { lang: 'en', locale: 'en-US', scheme: 'light' },
  { lang: 'en', locale: 'en-US', scheme: 'dark' },
  { lang: 'de', locale: 'de-DE', scheme: 'light' },
  { lang: 'de', locale: 'de-DE', scheme: 'dark' },
] as const;

for (const { lang, locale, scheme } of variants) {
  const suffix = `${lang}-${scheme}`;

  test.describe(`${lang}, ${scheme}`, () => {
    test.describe.configure({ timeout: 120_000 });
    test.use({
      colorScheme: scheme,
      timezoneId: screenshotTimeZone,
      locale,
    });

    test('panel tabs, a ringing and a connected popup, the missed-calls summary', async ({ page }) => {
      await withFrozenPreview(
        { pbx: { kind: 'demo', options: { lively: false } }, systemLocale: locale },
        async (preview) => {
          const demo = await openDesk(page, preview);
          const panelFrame = page.locator('#panel-frame');
          const panel = page.frameLocator('#panel-frame');
          const tabs = panel.getByRole('tab');
          for (let index = 0; index < (await tabs.count()); index++) {
            const tab = tabs.nth(index);
            await tab.click();
            const id = ((await tab.getAttribute('data-testid')) ?? '').replace(/^tab-/, '');
            await expectShot(panelFrame, `panel-${id}-${suffix}.png`);
          }

          // A queue call from the longest real name, ringing, then connected.
          const { phonecallId } = demo.sim.startInboundCall({
            from: DEMO_CALLERS.lukasMueller.callsFrom,
            fromName: '',
            to: 'Support',
          });
          const frame = page.getByTestId('popup-frame');
          await expect(frame).toHaveCount(1);
          const popup = page.frameLocator('[data-testid="popup-frame"]');
          await expect(popup.getByTestId('popup-previous')).toBeVisible();
          await expectShot(frame, `popup-ringing-${suffix}.png`);
          demo.sim.answer(phonecallId, { by: demo.agent });
          await expect(popup.getByTestId('popup-status')).toBeVisible();
          await expectShot(frame, `popup-connected-${suffix}.png`, [
            popup.getByTestId('popup-status'),
            popup.locator('time, [data-testid="call-timer"]'),
          ]);
          demo.sim.hangup(phonecallId);
          await expect(frame).toHaveCount(0);

          for (const caller of [DEMO_CALLERS.franzHofer, DEMO_CALLERS.sabineWeiss, DEMO_CALLERS.franzHofer]) {
            const missed = demo.sim.startInboundCall({
              from: caller.callsFrom,
              fromName: '',
              to: demo.agent,
            });
            await expect(page.locator(`[data-call-id="${missed.phonecallId}"]`)).toHaveCount(1);
            demo.sim.hangup(missed.phonecallId);
            await expect(page.locator(`[data-call-id="${missed.phonecallId}"]`)).toHaveCount(0);
          }
          await expect(frame).toHaveAttribute('data-call-id', 'missed');
          await expect(popup.getByTestId('missed-row')).toHaveCount(2);
          // The rows' times are when the demo hung up: seconds after the frozen start, masked.
          await expectShot(frame, `missed-summary-${suffix}.png`, [popup.locator('time')]);
        },
      );
    });
  });

  test.describe(`first run, ${lang}, ${scheme}`, () => {
    let pbx: DemoPbx;
    test.beforeEach(async () => {
      pbx = await startDemoPbx({ apiPassword: 'Richtig-2026' });
    });
    test.afterEach(async () => {
      await pbx.close();
    });
    test.use({
      colorScheme: scheme,
      timezoneId: screenshotTimeZone,
      locale,
    });

    test('the first-run settings, and with a refused password', async ({ page }) => {
      await withFrozenPreview({ pbx: { kind: 'external' }, systemLocale: locale }, async (preview) => {
        await page.clock.install({ time: frozenStartMs });
        await page.goto(preview.url);
        const settingsFrame = page.locator('#settings-frame');
        const settings = page.frameLocator('#settings-frame');
        await expect(settings.locator('#connect-serverAddress')).toBeVisible();
        await expectShot(settingsFrame, `settings-first-run-${suffix}.png`);
        // A refused password: one error, beside its field. (The demo's address has a random port: masked.)
        await settings.locator('#connect-serverAddress').fill(pbx.baseUrl);
        await settings.locator('#connect-apiUser').fill('api');
        await settings.locator('#connect-apiPassword').fill('Falsch-2026');
        await settings.locator('#connect-username').fill('tsander');
        await settings.getByTestId('connect').click();
        await expect(settings.getByTestId('connect-apiPassword-error')).toBeVisible();
        await expectShot(settingsFrame, `settings-first-run-refused-${suffix}.png`, [
          settings.locator('#connect-serverAddress'),
        ]);
      });
    });
  });
}
