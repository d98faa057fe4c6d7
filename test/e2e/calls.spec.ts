/**
 * Incoming calls in the preview: the real core against the demo PBX, caller popups opened on the
 * desk exactly when the app would open them, in Chromium. Calls are started on the simulator as
 * a PBX would ring; the PBX sends no caller name, so every name shown comes from the app's own
 * phonebook lookup.
 */
import type { Page } from '@playwright/test';
import { DEMO_CALLERS, type DemoPbx } from '../../electron/demo-pbx/index';
import type { PreviewHost } from '../../electron/preview/preview-host';
import { expect, test } from './fixtures';

async function openDesk(page: Page, preview: PreviewHost): Promise<DemoPbx> {
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await expect(panel.getByTestId('phonebook-status')).toHaveAttribute('data-status', 'ready');
  return demo;
}

const popupFrames = (page: Page) => page.getByTestId('popup-frame');
const popup = (page: Page, callId: string) =>
  page.frameLocator(`[data-testid="popup-frame"][data-call-id="${callId}"]`);

/** The id of the one popup open on the desk. */
async function onlyPopupId(page: Page): Promise<string> {
  await expect(popupFrames(page)).toHaveCount(1);
  return (await popupFrames(page).getAttribute('data-call-id')) ?? '';
}

test('a direct call opens one popup with the phonebook name, organisation and number for reading', async ({
  page,
  preview,
}) => {
  const demo = await openDesk(page, preview);
  const caller = DEMO_CALLERS.seanOBrien;
  demo.sim.startInboundCall({ from: caller.callsFrom, fromName: '', to: demo.agent });
  const id = await onlyPopupId(page);
  // The person first, the organisation below (the phonebook names the entry "Organisation - Person").
  await expect(popup(page, id).getByTestId('popup-name')).toHaveText("Seán O'Brien");
  await expect(popup(page, id).getByTestId('popup-organisation')).toHaveText('Landratsamt Straubing');
  await expect(popup(page, id).getByTestId('popup-number')).toHaveText('09421 778899');
  await expect(popup(page, id).getByRole('alert')).toHaveText(`Incoming call from ${caller.displayname}`);
  await expect(popupFrames(page)).toHaveCount(1);
});

test('a spare popup page waits loaded and hidden, takes the call without reloading, and a new spare follows', async ({
  page,
  preview,
}) => {
  const demo = await openDesk(page, preview);
  const spares = page.locator('#popups iframe.spare-popup');
  await expect(spares).toHaveCount(1);
  await expect(spares).toBeHidden();
  const spare = await spares.elementHandle();
  // Its app is booted (the app sets the page title) before any call rings.
  const spareFrame = await spare?.contentFrame();
  await expect.poll(() => spareFrame?.title()).toContain('Incoming call');
  await spareFrame?.evaluate('window.bootedBeforeTheCall = true');

  const caller = DEMO_CALLERS.seanOBrien;
  demo.sim.startInboundCall({ from: caller.callsFrom, fromName: '', to: demo.agent });
  const id = await onlyPopupId(page);
  // The same iframe and the same document: it was handed the call, not reloaded.
  expect(await popupFrames(page).evaluate((frame, old) => frame === old, spare)).toBe(true);
  await expect(popup(page, id).getByTestId('popup-name')).toHaveText("Seán O'Brien");
  expect(await spareFrame?.evaluate('window.bootedBeforeTheCall')).toBe(true);
  // The page has the preview's token in its address (no cookie), and the call in its fragment.
  const token = new URL(preview.url).searchParams.get('token');
  expect(await popupFrames(page).getAttribute('src')).toBe(
    `/app/popup.html?token=${token}#call=${encodeURIComponent(id)}`,
  );
  await expect(popupFrames(page)).toBeVisible();
  await expect(spares).toHaveCount(1);
  await expect(spares).toBeHidden();
});

test('a queue call shows the queue it came through', async ({ page, preview }) => {
  const demo = await openDesk(page, preview);
  demo.sim.startInboundCall({ from: DEMO_CALLERS.franzHofer.callsFrom, fromName: '', to: 'Support' });
  const id = await onlyPopupId(page);
  // The queue once, as a chip.
  await expect(popup(page, id).getByTestId('popup-queue')).toHaveText('Queue: Support');
  await expect(popup(page, id).getByTestId('popup-name')).toHaveText('Franz Hofer');
});

test('a number in another format still finds the contact', async ({ page, preview }) => {
  const demo = await openDesk(page, preview);
  const caller = DEMO_CALLERS.lukasMueller;
  demo.sim.startInboundCall({ from: caller.sameInOtherFormat, fromName: '', to: demo.agent });
  const id = await onlyPopupId(page);
  await expect(popup(page, id).getByTestId('popup-name')).toHaveText('Lukas Müller');
  await expect(popup(page, id).getByTestId('popup-organisation')).toHaveText('Müller & Söhne GmbH');
  await expect(popup(page, id).getByTestId('popup-number')).toHaveText('089 1234567');
  await expect(popup(page, id).getByTestId('popup-previous')).toContainText('Called 3× in 30 days');
});

test('two calls at once give two stacked popups, each closing with its own call', async ({
  page,
  preview,
}) => {
  const demo = await openDesk(page, preview);
  const first = demo.sim.startInboundCall({
    from: DEMO_CALLERS.lukasMueller.callsFrom,
    fromName: '',
    to: demo.agent,
  });
  const second = demo.sim.startInboundCall({
    from: DEMO_CALLERS.sabineWeiss.callsFrom,
    fromName: '',
    to: demo.agent,
  });
  await expect(popupFrames(page)).toHaveCount(2);
  const [lower, upper] = await popupFrames(page).all();
  const lowerBox = await lower?.boundingBox();
  const upperBox = await upper?.boundingBox();
  // Stacked: one above the other, not overlapping.
  expect(lowerBox && upperBox && upperBox.y + upperBox.height <= lowerBox.y).toBe(true);
  await expect(popup(page, String(second.phonecallId)).getByTestId('popup-name')).toHaveText(
    DEMO_CALLERS.sabineWeiss.displayname,
  );

  demo.sim.answer(first.phonecallId, { by: 'ameyer' });
  await expect(popupFrames(page)).toHaveCount(1);
  expect(await popupFrames(page).getAttribute('data-call-id')).toBe(String(second.phonecallId));
  demo.sim.answer(second.phonecallId, { by: 'ameyer' });
  await expect(popupFrames(page)).toHaveCount(0);
});

test('a queue call answered by a colleague closes its popup', async ({ page, preview }) => {
  const demo = await openDesk(page, preview);
  const { phonecallId } = demo.sim.startInboundCall({ from: '+49 30 5550100', to: 'Support' });
  await onlyPopupId(page);
  demo.sim.answer(phonecallId, { by: 'soconnor' });
  await expect(popupFrames(page)).toHaveCount(0);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('recent-call').first()).toHaveAttribute(
    'data-outcome',
    'answered-elsewhere',
  );
});

test('an unanswered call leaves a missed-calls summary and a missed entry in the panel', async ({
  page,
  preview,
}) => {
  const demo = await openDesk(page, preview);
  const caller = DEMO_CALLERS.franzHofer;
  const { phonecallId } = demo.sim.startInboundCall({ from: caller.callsFrom, fromName: '', to: demo.agent });
  await onlyPopupId(page);
  demo.sim.hangup(phonecallId);
  // The call's popup gives way to the one missed-calls summary.
  await expect.poll(() => onlyPopupId(page)).toBe('missed');
  const id = 'missed';
  await expect(popup(page, id).getByTestId('missed-card')).toBeVisible();
  await expect(popup(page, id).getByTestId('popup-name')).toHaveText('Franz Hofer');
  await expect(popupFrames(page)).toHaveCount(1);

  const panel = page.frameLocator('#panel-frame');
  const newest = panel.getByTestId('recent-call').first();
  await expect(newest).toHaveAttribute('data-outcome', 'missed');
  await expect(newest.getByTestId('recent-name')).toHaveText(caller.displayname);
  await expect(newest.getByRole('button', { name: `Call back ${caller.displayname}` })).toBeVisible();

  await popup(page, id).getByRole('button', { name: 'Dismiss all' }).click();
  await expect(popupFrames(page)).toHaveCount(0);
});

test('Answer sends the device action to the PBX, and the popup shows the call connected', async ({
  page,
  preview,
}) => {
  const demo = await openDesk(page, preview);
  demo.sim.startInboundCall({ from: '+49 30 5550177', to: demo.agent });
  const id = await onlyPopupId(page);
  await popup(page, id).getByRole('button', { name: 'Answer' }).click();
  await expect(popup(page, id).getByTestId('popup-status')).toContainText('Connected');
  expect(demo.sim.deviceActions()).toMatchObject([
    { user: 'tsander', device: 'pascom Softphone [Tina Sander]', body: { action: 'offhook' } },
  ]);
  expect(demo.sim.userState(demo.agent)).toBe('InUse');
});

test('Open in CRM builds the link from the template set in the settings window (checked, not opened)', async ({
  page,
  preview,
}) => {
  const demo = await openDesk(page, preview);
  await page.locator('#show-settings').click();
  const settings = page.frameLocator('#settings-frame');
  await settings.getByRole('tab', { name: 'Calls' }).click();
  const section = settings.getByRole('region', { name: 'Incoming calls' });
  const field = section.getByRole('textbox', { name: 'CRM link' });
  await field.fill('https://crm.example.com/find?phone={e164}&name={name}');
  // Every setting saves as it changes (here: on leaving the field), with a quiet "Saved".
  await field.press('Tab');
  await expect(settings.getByTestId('settings-saved')).toHaveText('Saved');

  demo.sim.startInboundCall({ from: DEMO_CALLERS.lukasMueller.callsFrom, fromName: '', to: demo.agent });
  const id = await onlyPopupId(page);
  // Secondary actions sit in the popup's overflow menu.
  await popup(page, id).getByRole('button', { name: 'More actions' }).click();
  await popup(page, id).getByRole('menuitem', { name: 'Open in CRM' }).click();
  await expect
    .poll(() => preview.windows.externalUrls)
    .toEqual([
      'https://crm.example.com/find?phone=%2B49891234567&name=M%C3%BCller%20%26%20S%C3%B6hne%20GmbH%20-%20Lukas%20M%C3%BCller',
    ]);
});
