/**
 * Availability in the preview's real UI against the demo PBX: what the agent clicks in the panel,
 * what the PBX receives, what the header, the Status tab and the tray show; and an axe run over
 * the availability parts in both languages and themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { trayView } from '../../electron/core/tray/tray-view';
import type { DemoPbx } from '../../electron/demo-pbx/index';
import type { PreviewHost } from '../../electron/preview/preview-host';
import { expect, test } from './fixtures';

async function openPanel(page: Page, preview: PreviewHost): Promise<{ panel: FrameLocator; demo: DemoPbx }> {
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await expect(panel.getByTestId('active-profile')).toContainText('Im Büro');
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  return { panel, demo };
}

async function openStatusTab(panel: FrameLocator): Promise<void> {
  await panel.getByRole('tab', { name: 'Status' }).click();
  await expect(panel.getByTestId('availability-tab')).toBeVisible();
}

const posts = (demo: DemoPbx) =>
  demo.requests.filter((request) => request.method === 'POST').map((request) => [request.path, request.body]);

test('activate a profile from the panel header: the PBX gets the request, the header shows it', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  await panel.getByTestId('profile-menu').click();
  await panel.getByRole('menuitemradio', { name: 'Homeoffice' }).click();

  await expect(panel.getByTestId('active-profile')).toContainText('Homeoffice');
  const home = preview.companion.state.availability.profiles.list.find(
    (profile) => profile.name === 'Homeoffice',
  );
  expect(posts(demo)).toContainEqual([`/services/identity/tsander/profile/${home?.id}/activate`, undefined]);
  expect(demo.sim.directory.availability('tsander').activeProfileId).toBe(home?.id);
  // The keyboard reaches the menu too, and it marks the active profile.
  await panel.getByTestId('profile-menu').focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('menuitemradio', { name: 'Homeoffice' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(panel.getByRole('menuitemradio', { name: 'Homeoffice' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel.getByTestId('profile-menu')).toBeFocused();
});

test('forward to a typed number and clear it: the header and the tray show "forwarded" meanwhile', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  await openStatusTab(panel);
  await panel.getByLabel('Forward to').fill('Tel.: 089 / 555 12 34');
  await panel.getByTestId('forward-submit').click();

  await expect(panel.getByTestId('forward-banner')).toContainText('089 5551234');
  await expect(panel.getByTestId('forward-state')).toHaveText('Forwarded to 089 5551234');
  expect(posts(demo)).toEqual([['/services/redirect/221', { target: '0895551234' }]]);
  await expect.poll(() => trayView(preview.companion.state).icon).toBe('forwarded');
  expect(trayView(preview.companion.state).tooltip).toContain('Forwarded to 089 5551234');

  await panel.getByTestId('forward-stop').click();
  await expect(panel.getByTestId('forward-banner')).toHaveCount(0);
  await expect(panel.getByTestId('forward-state')).toHaveText('Your calls are not forwarded.');
  expect(posts(demo).at(-1)).toEqual(['/services/redirect/221', { target: '' }]);
  await expect.poll(() => trayView(preview.companion.state).icon).not.toBe('forwarded');
});

test('a name typed as a forward target is refused with the reason, and nothing is sent', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  await openStatusTab(panel);
  await panel.getByLabel('Forward to').fill('0800-FLOWERS');
  await panel.getByTestId('forward-submit').click();
  await expect(panel.getByTestId('forward-problem')).toHaveText(
    'The number contains letters. Type the digits instead. Nothing was sent.',
  );
  await expect(panel.getByLabel('Forward to')).toHaveAttribute('aria-invalid', 'true');
  expect(posts(demo)).toEqual([]);
});

test('relocate to a hot desk and log out again', async ({ page, preview }) => {
  const { panel, demo } = await openPanel(page, preview);
  await openStatusTab(panel);
  await panel.getByRole('button', { name: 'Log in at Empfang' }).click();
  await expect(panel.getByTestId('location-current')).toHaveText('You are logged in at Empfang.');
  expect(demo.sim.directory.availability('tsander').location).toBe('Empfang');

  await panel.getByTestId('location-leave').click();
  await expect(panel.getByTestId('location-current')).toHaveText('You are not logged in at a location.');
  const reception = preview.companion.state.availability.location.list.find(
    (place) => place.name === 'Empfang',
  );
  expect(posts(demo)).toEqual([
    [`/services/location/${reception?.id}`, { action: 'relocate', username: 'tsander' }],
    [`/services/location/${reception?.id}`, { action: 'logout', username: 'tsander' }],
  ]);
});

test('toggle a picked switch: the agent confirms first, then the PBX gets the reference’s body', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  await dispatchCommand(
    preview.companion,
    'availability/update-settings',
    { pickedSwitches: ['500'] },
    {
      window: 'settings',
    },
  );
  await openStatusTab(panel);
  const row = panel.locator('[data-testid="switch-row"][data-extension="500"]');
  await expect(row).toHaveAttribute('data-on', 'false');

  await row.getByTestId('switch-toggle').click();
  await expect(panel.getByTestId('switch-confirm')).toContainText('for everyone who calls through them');
  await expect(panel.getByTestId('switch-confirm-yes')).toBeFocused();
  expect(posts(demo)).toEqual([]);
  await panel.getByTestId('switch-confirm-yes').click();

  await expect(row).toHaveAttribute('data-on', 'true');
  expect(posts(demo)).toEqual([
    ['/services/condition/switch/500', { '039swi_state': true, '003use_id': expect.any(Number) }],
  ]);
  expect(demo.sim.directory.switches().find((item) => item.extension === '500')?.on).toBe(true);
  await expect(row.getByTestId('switch-toggle')).toBeFocused();
});

for (const language of ['en', 'de'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the availability header and the Status tab (${language}, ${theme})`, async ({
      page,
      preview,
    }) => {
      await dispatchCommand(
        preview.companion,
        'settings/update',
        { language, theme },
        { window: 'settings' },
      );
      await dispatchCommand(
        preview.companion,
        'availability/update-settings',
        { pickedSwitches: ['500', '501'] },
        {
          window: 'settings',
        },
      );
      await dispatchCommand(
        preview.companion,
        'availability/forward',
        { target: '0172 5550123' },
        { window: 'panel' },
      );
      // The panel page on its own, at the panel window's size: axe reads a top-level page reliably
      // (into an iframe it sometimes reached nothing, and an empty run passes).
      await page.setViewportSize({ width: 360, height: 520 });
      const desk = new URL(preview.url);
      await page.goto(new URL(`/app/panel.html${desk.search}`, desk).href);
      await expect(page.getByTestId('forward-banner')).toBeVisible();
      await page.getByRole('tab', { name: 'Status' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('switch-row')).toHaveCount(2);
      await page
        .locator('[data-testid="switch-row"][data-extension="500"]')
        .getByTestId('switch-toggle')
        .click();
      await expect(page.getByTestId('switch-confirm')).toBeVisible();
      await page.getByTestId('profile-menu').click();
      await expect(page.getByRole('menu')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('[data-testid="availability-bar"]')
        .include('[data-testid="availability-tab"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      // The run looked at the availability parts (an include that matched nothing would pass).
      expect(results.passes.flatMap((rule) => rule.nodes).length).toBeGreaterThan(20);
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      }));
      expect(violations).toEqual([]);
    });
  }
}
