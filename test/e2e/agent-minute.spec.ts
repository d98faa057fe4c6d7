/**
 * The agent's minute (issue 12) end to end: Answer with two callers ringing never shows a caller
 * as answered that the PBX did not connect; a 60-character German name stays inside its box;
 * three missed calls make one card; Enter on a typed name dials that contact. The real core
 * against the demo PBX (whose phone, like many, takes the newest ringing call on `offhook`).
 */
import type { FrameLocator, Page } from '@playwright/test';
import { DEMO_CALLERS, type DemoPbx } from '../../electron/demo-pbx/index';
import type { PreviewHost } from '../../electron/preview/preview-host';
import { expect, test } from './fixtures';

async function openDesk(page: Page, preview: PreviewHost): Promise<{ demo: DemoPbx; panel: FrameLocator }> {
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await expect(panel.getByTestId('phonebook-status')).toHaveAttribute('data-status', 'ready');
  return { demo, panel };
}

const popupFrames = (page: Page) => page.getByTestId('popup-frame');
const popup = (page: Page, callId: string) =>
  page.frameLocator(`[data-testid="popup-frame"][data-call-id="${callId}"]`);

/** The popups that say their call is connected, by call id. */
async function shownConnected(page: Page): Promise<string[]> {
  const ids: string[] = [];
  for (const frame of await popupFrames(page).all()) {
    const id = (await frame.getAttribute('data-call-id')) ?? '';
    if ((await popup(page, id).getByTestId('popup-status').count()) > 0) ids.push(id);
  }
  return ids;
}

for (const clicked of ['older', 'newer'] as const) {
  test(`two callers ring, Answer on the ${clicked} one: only the call the PBX connected is shown connected`, async ({
    page,
    preview,
  }) => {
    const { demo } = await openDesk(page, preview);
    const older = String(
      demo.sim.startInboundCall({ from: DEMO_CALLERS.lukasMueller.callsFrom, fromName: '', to: demo.agent })
        .phonecallId,
    );
    const newer = String(
      demo.sim.startInboundCall({ from: DEMO_CALLERS.sabineWeiss.callsFrom, fromName: '', to: demo.agent })
        .phonecallId,
    );
    await expect(popupFrames(page)).toHaveCount(2);
    const target = clicked === 'older' ? older : newer;
    // Two ringing: the button promises only what the phone does, and says so.
    const answer = popup(page, target).getByTestId('popup-answer');
    await expect(answer).toHaveText('Answer on phone');
    await expect(answer).toHaveAccessibleDescription(/your phone picks which one it answers/);
    await answer.click();

    await expect.poll(() => demo.sim.liveCalls().filter((leg) => leg.state === 'BUSY').length).toBe(1);
    const connected = String(demo.sim.liveCalls().find((leg) => leg.state === 'BUSY')?.phonecallId);
    // Within one poll the connected call's popup says so, and no other popup does.
    await expect.poll(() => shownConnected(page)).toEqual([connected]);
    await expect(popup(page, connected).getByTestId('popup-status')).toContainText('Connected');
    if (connected !== target) {
      // The wrong caller: said loudly in the popup that was clicked, and marked in the other one.
      const problem = popup(page, target).getByTestId('popup-answer-problem');
      await expect(problem).toContainText(
        `Your phone answered ${DEMO_CALLERS.sabineWeiss.displayname} instead`,
      );
      await expect(popup(page, target).getByTestId('popup-answer-alert')).toHaveAttribute(
        'aria-live',
        'assertive',
      );
      await expect(popup(page, target).getByTestId('popup-answer-alert')).toContainText('instead');
      await expect(popup(page, connected).getByTestId('popup-taken-instead')).toBeVisible();
      await expect(popup(page, target).getByTestId('caller-popup')).toHaveAttribute('data-phase', 'ringing');
    } else {
      await expect(popup(page, connected).getByTestId('popup-taken-instead')).toHaveCount(0);
    }
    // Still true a poll later: nothing claims a caller the PBX did not connect.
    await page.waitForTimeout(1200);
    expect(await shownConnected(page)).toEqual([connected]);
  });
}

test.describe('in German', () => {
  test.use({ previewOptions: { pbx: { kind: 'demo', options: { lively: false } }, systemLocale: 'de-DE' } });

  test('a 60-character name wraps inside its box at the popup size, Answer stays in sight', async ({
    page,
    preview,
  }) => {
    const { demo } = await openDesk(page, preview);
    const name = 'Müller & Söhne Gebäudereinigung GmbH - Lukas Schneider-Bergmann';
    expect(name.length).toBeGreaterThanOrEqual(60);
    const { phonecallId } = demo.sim.startInboundCall({
      from: '+49 40 30 20 10 99',
      fromName: name,
      to: 'Support',
    });
    await expect(popupFrames(page)).toHaveCount(1);
    const id = (await popupFrames(page).getAttribute('data-call-id')) ?? '';
    const shown = popup(page, id).getByTestId('popup-name');
    await expect(shown).toHaveText(name);
    const box = await shown.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
      lines: Math.round(
        element.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(element).lineHeight),
      ),
    }));
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight);
    expect(box.lines).toBeLessThanOrEqual(2);
    // The Answer button is inside the popup window, not below its fold.
    const frame = await popupFrames(page).boundingBox();
    const button = await popup(page, id).getByTestId('popup-answer').boundingBox();
    expect(frame && button && button.y + button.height <= frame.y + frame.height).toBe(true);
    await expect(popup(page, id).getByTestId('popup-answer')).toHaveText('Annehmen');
    demo.sim.hangup(phonecallId);
  });
});

test('three missed calls give one card, latest first, a repeat caller grouped', async ({ page, preview }) => {
  const { demo } = await openDesk(page, preview);
  const calls = [DEMO_CALLERS.franzHofer, DEMO_CALLERS.sabineWeiss, DEMO_CALLERS.franzHofer];
  for (const caller of calls) {
    const { phonecallId } = demo.sim.startInboundCall({
      from: caller.callsFrom,
      fromName: '',
      to: demo.agent,
    });
    await expect(page.locator(`[data-testid="popup-frame"][data-call-id="${phonecallId}"]`)).toHaveCount(1);
    demo.sim.hangup(phonecallId);
    await expect(page.locator(`[data-testid="popup-frame"][data-call-id="${phonecallId}"]`)).toHaveCount(0);
  }
  // One window: the summary.
  await expect(popupFrames(page)).toHaveCount(1);
  await expect(popupFrames(page)).toHaveAttribute('data-call-id', 'missed');
  const card = popup(page, 'missed');
  await expect(card.getByRole('heading', { level: 1 })).toHaveText('3 missed calls');
  const rows = card.getByTestId('missed-row');
  await expect(rows).toHaveCount(2);
  // The person first (the organisation is in the row's second line).
  await expect(rows.nth(0).getByTestId('popup-name')).toHaveText('Franz Hofer');
  await expect(rows.nth(0)).toContainText('Wiener Versicherung AG');
  await expect(rows.nth(0)).toHaveAttribute('data-count', '2');
  await expect(rows.nth(1).getByTestId('popup-name')).toHaveText(DEMO_CALLERS.sabineWeiss.displayname);
  await expect(card.getByTestId('missed-call-back')).toHaveCount(2);
  await card.getByRole('button', { name: 'Dismiss all' }).click();
  await expect(popupFrames(page)).toHaveCount(0);
});

test('Enter on a typed name dials that contact’s number', async ({ page, preview }) => {
  const { demo, panel } = await openDesk(page, preview);
  const input = panel.getByTestId('dial-input');
  await input.click();
  await input.pressSequentially('Sabine Wei');
  await expect(panel.getByTestId('dial-option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('dial-option').first()).toHaveAttribute('aria-label', /Sabine Weiß/);
  await input.press('Enter');
  await expect.poll(() => demo.sim.deviceActions().length).toBe(1);
  expect(demo.sim.deviceActions()[0]?.body).toMatchObject({ action: 'dial', destination: '01721234567' });
  await expect(panel.getByTestId('dial-attempt')).toContainText('Sabine Weiß');
});
