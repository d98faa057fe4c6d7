/**
 * Click-to-dial end to end: the built renderer in Chromium, the real core in the preview host, the
 * demo PBX over real HTTP. Every check of "what was sent" is made on the PBX side.
 */
import type { FrameLocator, Page } from '@playwright/test';
import type { DemoPbx } from '../../electron/demo-pbx/index';
import type { PreviewHost } from '../../electron/preview/preview-host';
import { expect, test } from './fixtures';

async function openPanel(page: Page, preview: PreviewHost): Promise<{ panel: FrameLocator; demo: DemoPbx }> {
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  return { panel, demo };
}

/** Requests that act on the PBX (every POST), since `from`. Other features only read (GET). */
const postsSince = (demo: DemoPbx, from: number) =>
  demo.requests.slice(from).filter((request) => request.method === 'POST');

test('dial from the dial box by name search, with the arrow keys and Enter', async ({ page, preview }) => {
  const { panel, demo } = await openPanel(page, preview);
  const input = panel.getByTestId('dial-input');
  await input.click();
  await input.pressSequentially('Lukas Müller');
  const option = panel.locator('[data-testid="dial-option"][data-target="+49 89 1234567"]');
  // One row per contact: the name heads the row, each number is an option named with it.
  await expect(option).toHaveAttribute('aria-label', /Lukas Müller/);
  await expect(option).toContainText('089 1234567');
  const targets = await panel
    .getByTestId('dial-option')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-target')));
  // The first suggestion is highlighted already; the arrows move from there.
  await expect(panel.getByTestId('dial-option').first()).toHaveAttribute('aria-selected', 'true');
  for (let step = 0; step < targets.indexOf('+49 89 1234567'); step++) await input.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');

  await expect(panel.getByTestId('dial-attempt')).toContainText('Lukas Müller');
  await expect.poll(() => demo.sim.deviceActions().length).toBe(1);
  expect(demo.sim.deviceActions()[0]).toMatchObject({
    user: 'tsander',
    viaDefaultDevice: true,
    body: { action: 'dial', destination: '+49891234567', prefix: 'auto' },
    status: 200,
  });
  await expect(input).toHaveValue('');
});

test('a pasted +49 (0)89 number reaches the PBX as exactly the documented body', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  const before = demo.requests.length;
  const input = panel.getByTestId('dial-input');
  await input.fill('+49 (0)89 12 34-56');
  await expect(panel.getByTestId('dial-reading')).toContainText('external number');
  await input.press('Enter');
  await expect.poll(() => postsSince(demo, before).length).toBe(1);
  const [post] = postsSince(demo, before);
  expect(post?.path).toBe('/services/identity/tsander/defaultdevice/action');
  expect(post?.body).toEqual({ action: 'dial', destination: '+4989123456', prefix: 'auto' });
  expect(post?.status).toBe(200);
});

test('no default device: the agent is told, picks a device, and the call goes out on it', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  demo.sim.setDefaultDevice('tsander', null);
  const input = panel.getByTestId('dial-input');
  await input.fill('089 1234567');
  await input.press('Enter');

  const dialog = panel.getByRole('alertdialog', { name: 'No default device' });
  await expect(dialog).toContainText('you are not logged in to a pascom client');
  await dialog.getByRole('radio', { name: /Yealink T54W \[Tina Sander\]/ }).check();
  await dialog.getByTestId('dial-pending-remember').check();
  await dialog.getByRole('button', { name: 'Call' }).click();

  await expect(dialog).toHaveCount(0);
  await expect.poll(() => demo.sim.deviceActions().filter((action) => action.status === 200).length).toBe(1);
  expect(demo.sim.deviceActions().find((action) => action.status === 200)).toMatchObject({
    device: 'Yealink T54W [Tina Sander]',
    viaDefaultDevice: false,
    body: { action: 'dial', destination: '0891234567', prefix: 'auto' },
  });
  await expect(panel.getByTestId('dial-attempt')).toContainText('Yealink T54W [Tina Sander]');
});

test('hang up, hold, DTMF and transfer from the call row reach the PBX as documented', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  const first = demo.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
  demo.sim.answer(first.phonecallId, { by: 'tsander' });
  const row = panel.getByTestId('call').filter({ has: panel.getByTestId('call-controls') });
  const controls = row.getByTestId('call-controls');
  await expect(row.getByTestId('call-phase')).toHaveText('Connected');

  await controls.getByRole('button', { name: 'Hold' }).click();
  await expect(row.getByTestId('call-phase')).toHaveText('On hold');
  await controls.getByRole('button', { name: 'Resume' }).click();
  await expect(row.getByTestId('call-phase')).toHaveText('Connected');
  await controls.getByTestId('control-keypad').click();
  for (const key of ['1', '2', '#']) await controls.getByRole('button', { name: key, exact: true }).click();
  await expect.poll(() => demo.sim.deviceActions().length).toBe(5);
  await controls.getByRole('button', { name: 'Hang up' }).click();
  await expect(panel.getByTestId('call-controls')).toHaveCount(0);

  const second = demo.sim.startInboundCall({ from: '0172 1234567', to: 'tsander' });
  demo.sim.answer(second.phonecallId, { by: 'tsander' });
  await expect(panel.getByTestId('call-controls')).toHaveCount(1);
  await panel.getByTestId('control-transfer').click();
  await panel.getByLabel('Transfer to').fill('222');
  await panel.getByTestId('control-transfer-submit').click();
  await expect(panel.getByTestId('call-controls')).toHaveCount(0);

  expect(demo.sim.deviceActions().map((action) => [action.body, action.status])).toEqual([
    [{ action: 'hold' }, 200],
    [{ action: 'hold' }, 200],
    [{ action: 'dtmf', destination: '1' }, 200],
    [{ action: 'dtmf', destination: '2' }, 200],
    [{ action: 'dtmf', destination: '#' }, 200],
    [{ action: 'hangup' }, 200],
    [{ action: 'transfer', destination: '222' }, 200],
  ]);
});

test('input that is no number sends nothing: the PBX sees no request, the panel says why', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  const before = demo.requests.length;
  const input = panel.getByTestId('dial-input');
  for (const [text, reason] of [
    ['hello world', 'This is not a phone number.'],
    ['0800-FLOWERS', 'The number contains letters.'],
    ['089 1234567, 089 7654321', 'more than one number'],
  ] as const) {
    await input.fill(text);
    await input.press('Enter');
    await expect(panel.getByTestId('dial-attempt')).toContainText(reason);
  }
  // Give a wrongly sent request time to arrive before checking that none did.
  await page.waitForTimeout(500);
  expect(postsSince(demo, before)).toEqual([]);
  expect(demo.requests.slice(before).filter((request) => request.path.includes('/extension'))).toEqual([]);
  expect(demo.sim.deviceActions()).toEqual([]);
});

test('a tel: link from another app asks in the panel, and dials once confirmed', async ({
  page,
  preview,
}) => {
  const { panel, demo } = await openPanel(page, preview);
  const outcome = await preview.companion.handleLaunchRequest({
    kind: 'link',
    url: 'tel:+49-89-1234567;ext=12',
  });
  expect(outcome.kind).toBe('pending');
  const dialog = panel.getByRole('alertdialog', { name: 'Call this number?' });
  await expect(dialog).toContainText('089 123456712');
  // Inside the panel the keyboard waits on Cancel, not on Call. (That the panel window does not
  // take the focus from the browser is Electron's `showInactive`: windows.test.ts, dial-handover.)
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // A click on Call right away (the agent's next click, meant for the browser) does nothing.
  const call = dialog.getByRole('button', { name: 'Call' });
  await expect(call).toBeDisabled();
  await call.click({ force: true });
  await page.waitForTimeout(200);
  expect(demo.sim.deviceActions()).toEqual([]);
  await expect(dialog).toBeVisible();
  // A moment later the agent can confirm it.
  await expect(call).toBeEnabled();
  await call.click();
  await expect.poll(() => demo.sim.deviceActions().length).toBe(1);
  expect(demo.sim.deviceActions()[0]?.body).toEqual({
    action: 'dial',
    destination: '+4989123456712',
    prefix: 'auto',
  });
});
