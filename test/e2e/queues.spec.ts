/**
 * Queue pause, login and logout in the preview's real UI against the demo PBX: what the agent
 * clicks, what the PBX receives, what every queue row and the tray show.
 */
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
  await expect(panel.getByTestId('pause-state')).toContainText('Available');
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  return { panel, demo };
}

async function openQueuesTab(panel: FrameLocator) {
  await panel.getByRole('tab', { name: 'Queues' }).click();
  const rows = panel.getByTestId('queue-row');
  await expect(rows).toHaveCount(3);
  return rows;
}

const row = (panel: FrameLocator, queue: string) =>
  panel.locator(`[data-testid="queue-row"][data-queue="${queue}"]`);

/** Every row shows the PBX's answer (nothing pending) with this pause. */
async function expectAllRows(panel: FrameLocator, paused: boolean, words: string) {
  const rows = panel.getByTestId('queue-row');
  for (let index = 0; index < 3; index++) {
    const one = rows.nth(index);
    await expect(one).toHaveAttribute('data-pending', 'false');
    await expect(one).toHaveAttribute('data-paused', String(paused));
    await expect(one.getByTestId('queue-status')).toHaveText(`Logged in · ${words}`);
  }
}

test('pause all with a chosen reason: the PBX gets the documented body, every queue and the tray show it', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  await openQueuesTab(panel);

  await panel.getByRole('button', { name: /Pause with a reason/ }).click();
  await panel.getByRole('menuitem', { name: 'Backoffice' }).click();

  await expectAllRows(panel, true, 'Paused: Backoffice');
  await expect(panel.getByTestId('pause-state')).toContainText('Paused: Backoffice');
  await expect(panel.getByTestId('pause-timer')).toBeVisible();
  await expect(panel.getByTestId('queue-outcome')).toContainText('Paused in all queues (Backoffice).');
  expect(demo.sim.queueActions().map((action) => [action.queue, action.body])).toEqual([
    [null, { action: 'pause', identity: 'tsander', reason: 'Backoffice' }],
  ]);
  expect(demo.sim.memberships('tsander').map((membership) => membership.pauseReason)).toEqual([
    'Backoffice',
    'Backoffice',
    'Backoffice',
  ]);
  await expect.poll(() => trayView(preview.companion.state).icon).toBe('paused');
  expect(trayView(preview.companion.state).tooltip).toContain('Paused: Backoffice');
});

test('resume from the panel header: every queue available again, the tray too', async ({ page, preview }) => {
  const { panel, demo } = await openPanel(page, preview);
  await openQueuesTab(panel);
  await panel.getByTestId('pause-toggle').click();
  await expectAllRows(panel, true, 'Paused: Mittagspause');

  await panel.getByRole('button', { name: 'Resume', exact: true }).click();

  await expectAllRows(panel, false, 'Available');
  await expect(panel.getByTestId('pause-bar')).toHaveAttribute('data-agent-state', 'available');
  expect(demo.sim.queueActions().map((action) => [action.queue, action.body])).toEqual([
    [null, { action: 'pause', identity: 'tsander', reason: 'Mittagspause' }],
    [null, { action: 'unpause', identity: 'tsander' }],
  ]);
  await expect.poll(() => trayView(preview.companion.state).icon).toBe('idle');
});

test('log out of one dynamic queue and back in', async ({ page, preview }) => {
  const { panel, demo } = await openPanel(page, preview);
  await openQueuesTab(panel);
  const zentrale = row(panel, 'Zentrale');

  await zentrale.getByRole('button', { name: 'Log out of Zentrale' }).click();
  await expect(zentrale).toHaveAttribute('data-logged-in', 'false');
  await expect(zentrale).toHaveAttribute('data-pending', 'false');
  await expect(zentrale.getByTestId('queue-status')).toHaveText('Logged out');
  await expect(row(panel, 'Support')).toHaveAttribute('data-logged-in', 'true');

  await zentrale.getByRole('button', { name: 'Log in to Zentrale' }).click();
  await expect(zentrale).toHaveAttribute('data-logged-in', 'true');
  await expect(zentrale.getByTestId('queue-status')).toHaveText('Logged in · Available');
  expect(demo.sim.queueActions().map((action) => [action.queue, action.body])).toEqual([
    ['Zentrale', { action: 'logout', identity: 'tsander', penalty: '0' }],
    ['Zentrale', { action: 'login', identity: 'tsander', penalty: '0' }],
  ]);
});

test('a static membership offers no login or logout and says why', async ({ page, preview }) => {
  const { panel } = await openPanel(page, preview);
  await openQueuesTab(panel);
  const vertrieb = row(panel, 'Vertrieb Inland');
  await expect(vertrieb.getByTestId('queue-membership')).toHaveText(
    'Static member: always logged in, no login or logout',
  );
  await expect(vertrieb.getByTestId('queue-login-toggle')).toHaveCount(0);
  await expect(vertrieb.getByRole('button', { name: /Log (in|out)/ })).toHaveCount(0);
  // The dynamic ones do offer it.
  await expect(row(panel, 'Support').getByRole('button', { name: 'Log out of Support' })).toBeVisible();
});

test('the pause hotkey’s command toggles pause on all queues with the default reason', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  await openQueuesTab(panel);
  // What the global hotkey (and `--toggle-pause`) runs: the same entry point as every window.
  const hotkey = () => dispatchCommand(preview.companion, 'queues/toggle-pause', {}, { window: 'panel' });

  expect(await hotkey()).toMatchObject({ ok: true, value: { action: 'pause', reason: 'Mittagspause' } });
  await expectAllRows(panel, true, 'Paused: Mittagspause');
  expect(await hotkey()).toMatchObject({ ok: true, value: { action: 'unpause' } });
  await expectAllRows(panel, false, 'Available');
  expect(demo.sim.queueActions().map((action) => action.action)).toEqual(['pause', 'unpause']);
});

test('an action the PBX rejects (500) shows the error and the previous state', async ({ page, preview }) => {
  const { panel, demo } = await openPanel(page, preview);
  await openQueuesTab(panel);
  demo.sim.injectFault({ kind: 'status', status: 500, pathPrefix: '/queue/action', count: 1 });

  await panel.getByTestId('pause-toggle').click();

  await expect(panel.getByRole('alert')).toContainText(
    'Pausing in all queues failed: The PBX reported an internal error.',
  );
  await expectAllRows(panel, false, 'Available');
  await expect(panel.getByTestId('pause-bar')).toHaveAttribute('data-agent-state', 'available');
  expect(demo.sim.queueActions()).toEqual([]);
  expect(demo.sim.memberships('tsander').some((membership) => membership.paused)).toBe(false);
  expect(trayView(preview.companion.state).icon).toBe('idle');
});
