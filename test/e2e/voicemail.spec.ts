/**
 * Voicemail in the preview: the real core against the demo PBX, the real panel in Chromium. The
 * watch interval is set to 3 s through the app's own command, so "within one interval" is seconds.
 */
import type { Frame, Page } from '@playwright/test';
import { DEMO_CALLERS, type DemoPbx } from '../../electron/demo-pbx/index';
import type { PreviewHost } from '../../electron/preview/preview-host';
import { expect, test } from './fixtures';

const watchIntervalMs = 3000;

async function openVoicemail(page: Page, preview: PreviewHost): Promise<{ demo: DemoPbx; frame: Frame }> {
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  await preview.companion.runCommand('voicemail/configure', { watchIntervalMs }, { window: 'panel' });
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  await panel.getByRole('tab', { name: /^Voicemail/ }).click();
  await expect(panel.getByTestId('voicemail-message')).toHaveCount(5);
  const frame = page.frame({ url: /panel\.html/ });
  if (!frame) throw new Error('no panel frame');
  return { demo, frame };
}

const row = (page: Page, name: string) =>
  page
    .frameLocator('#panel-frame')
    .getByTestId('voicemail-message')
    .filter({
      has: page.frameLocator('#panel-frame').getByTestId('voicemail-name').getByText(name, { exact: true }),
    });

test('a voicemail left on the PBX shows within one interval with the phonebook name and raises the badge', async ({
  page,
  preview,
}) => {
  const { demo } = await openVoicemail(page, preview);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByRole('tab', { name: /^Voicemail\W+2 new$/ })).toBeVisible();

  const leftAt = Date.now();
  // The PBX only has the caller-id name the caller's line sent; the app names the phonebook entry.
  demo.sim.leaveVoicemail({
    mailbox: '221',
    from: DEMO_CALLERS.sabineWeiss.callsFrom,
    fromName: 'MOBILE CALLER',
  });
  await expect(panel.getByRole('tab', { name: /^Voicemail\W+3 new$/ })).toBeVisible({
    timeout: watchIntervalMs + 2000,
  });
  const shownAfterMs = Date.now() - leftAt;
  const newest = panel.getByTestId('voicemail-message').first();
  await expect(newest.getByTestId('voicemail-name')).toHaveText('Sabine Weiß');
  await expect(newest.getByTestId('voicemail-unheard')).toHaveText('New');
  test.info().annotations.push({ type: 'shown after ms', description: String(shownAfterMs) });
  expect(shownAfterMs).toBeLessThanOrEqual(watchIntervalMs + 2000);
});

test('playing a message in Chromium plays the real WAV to its end, and then it is heard on the PBX', async ({
  page,
  preview,
}) => {
  const { demo, frame } = await openVoicemail(page, preview);
  const left = demo.sim.leaveVoicemail({
    mailbox: '221',
    from: '+4930777001',
    fromName: 'Short Message',
    durationSeconds: 3,
  });
  const message = row(page, 'Short Message');
  await expect(message).toHaveCount(1, { timeout: watchIntervalMs + 2000 });
  await expect(message).toHaveAttribute('data-folder', 'INBOX');

  await message.getByTestId('voicemail-play').click();
  const player = page.frameLocator('#panel-frame').getByTestId('voicemail-player');
  await expect(player).toHaveAttribute('data-key', left.msgId);
  await player.getByRole('radio', { name: '2×' }).check();
  await frame.waitForFunction(
    () => {
      const audio = document.querySelector<HTMLAudioElement>('[data-testid="voicemail-audio"]');
      return audio?.ended;
    },
    undefined,
    { timeout: 15_000 },
  );
  const played = await frame.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('[data-testid="voicemail-audio"]');
    return {
      src: audio?.src ?? '',
      duration: audio?.duration ?? 0,
      currentTime: audio?.currentTime ?? 0,
      playbackRate: audio?.playbackRate ?? 0,
      error: audio?.error?.code ?? null,
    };
  });
  expect(played.src).toMatch(/^blob:/);
  expect(played.error).toBeNull();
  expect(played.playbackRate).toBe(2);
  expect(Math.abs(played.duration - left.durationSeconds)).toBeLessThan(0.05);
  expect(Math.abs(played.currentTime - left.durationSeconds)).toBeLessThan(0.05);

  await expect
    .poll(() => demo.sim.voicemails('221').find((m) => m.msgId === left.msgId)?.folder, { timeout: 5000 })
    .toBe('Old');
  await expect(message).toHaveAttribute('data-folder', 'Old');
  await expect(message.getByTestId('voicemail-unheard')).toHaveCount(0);
});

test('delete with undo sends nothing; delete without undo removes the message on the PBX', async ({
  page,
  preview,
}) => {
  const { demo } = await openVoicemail(page, preview);
  const before = demo.sim.voicemails('221').length;
  // By key: while a delete waits, the row shows "deleted" and its undo instead of the caller.
  const byCaller = (name: string) =>
    demo.sim.voicemails('221').find((m) => m.callerName.includes(name))?.msgId ?? '';
  const panel = page.frameLocator('#panel-frame');
  const sabine = panel.locator(`[data-testid="voicemail-message"][data-key="${byCaller('Sabine Weiß')}"]`);
  // Delete sits in the row's menu; the keyboard reaches it: Enter opens, End goes to Delete.
  await sabine.getByTestId('voicemail-more').press('Enter');
  await expect(sabine.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(sabine.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  const undo = sabine.getByTestId('voicemail-undo');
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sabine.getByTestId('voicemail-play')).toBeVisible();
  await page.waitForTimeout(6500);
  expect(demo.requests.filter((request) => request.method === 'DELETE')).toEqual([]);
  expect(demo.sim.voicemails('221')).toHaveLength(before);

  const hofer = panel.locator(`[data-testid="voicemail-message"][data-key="${byCaller('Franz Hofer')}"]`);
  await hofer.getByTestId('voicemail-more').click();
  await hofer.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(hofer.getByTestId('voicemail-undo')).toBeVisible();
  await expect(hofer).toHaveCount(0, { timeout: 10_000 });
  expect(demo.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  expect(demo.sim.voicemails('221')).toHaveLength(before - 1);
  expect(demo.sim.voicemails('221').some((m) => m.callerName.includes('Franz Hofer'))).toBe(false);
});

test.describe('in German, at the panel size', () => {
  test.use({
    previewOptions: { pbx: { kind: 'demo', options: { lively: false } }, systemLocale: 'de-DE' },
  });

  test('every message keeps its actions on one line: Zurückrufen and a menu named after the caller', async ({
    page,
    preview,
  }) => {
    preview.demo?.sim.leaveVoicemail({
      mailbox: '221',
      from: '+4930777009',
      fromName: 'Müller & Söhne GmbH - Lukas Schneider-Hoffmann',
    });
    await page.goto(preview.url);
    const panel = page.frameLocator('#panel-frame');
    await panel.getByRole('tab', { name: /^Sprachbox/ }).click();
    await expect(panel.getByTestId('voicemail-message')).toHaveCount(6);
    const messages = await panel.getByTestId('voicemail-message').all();
    const panelWidth = await page
      .frame({ url: /panel\.html/ })
      ?.evaluate(() => document.documentElement.clientWidth);
    expect(panelWidth).toBe(360);
    for (const message of messages) {
      const rowBox = await message.boundingBox();
      const buttons = message.getByRole('group').getByRole('button');
      const boxes = await Promise.all((await buttons.all()).map((button) => button.boundingBox()));
      expect(boxes).toHaveLength(2);
      // One line: each button's middle is within the other's height.
      const [first, second] = boxes.map((box) => ({
        top: box?.y ?? 0,
        bottom: (box?.y ?? 0) + (box?.height ?? 0),
      }));
      const middle = (box: { top: number; bottom: number } | undefined) =>
        ((box?.top ?? 0) + (box?.bottom ?? 0)) / 2;
      expect(middle(second)).toBeGreaterThan(first?.top ?? 0);
      expect(middle(second)).toBeLessThan(first?.bottom ?? 0);
      expect(middle(first)).toBeGreaterThan(second?.top ?? 0);
      expect(middle(first)).toBeLessThan(second?.bottom ?? 0);
      for (const box of boxes) {
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(
          (rowBox?.x ?? 0) + (rowBox?.width ?? 0),
        );
      }
    }
    const longest = row(page, 'Müller & Söhne GmbH - Lukas Schneider-Hoffmann');
    const more = longest.getByRole('button', {
      name: 'Weitere Aktionen für die Sprachnachricht von Müller & Söhne GmbH - Lukas Schneider-Hoffmann',
    });
    await more.click();
    await expect(longest.getByRole('menuitem')).toHaveText([
      'Als abgehört markieren',
      'Weiterleiten',
      'Löschen',
    ]);
    await page.keyboard.press('Escape');
    await expect(more).toBeFocused();
  });
});

test('a broken recording shows its error on that message only; the others still play', async ({
  page,
  preview,
}) => {
  const { demo, frame } = await openVoicemail(page, preview);
  demo.sim.leaveVoicemail({ mailbox: '221', from: '+4930777002', fromName: 'Cut Off', broken: 'truncated' });
  demo.sim.leaveVoicemail({ mailbox: '221', from: '+4930777003', fromName: 'Error Page', broken: 'not-wav' });
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('voicemail-message')).toHaveCount(7, {
    timeout: 2 * watchIntervalMs + 2000,
  });

  await row(page, 'Cut Off').getByTestId('voicemail-play').click();
  await expect(row(page, 'Cut Off').getByTestId('voicemail-error')).toContainText('incomplete');
  await row(page, 'Error Page').getByTestId('voicemail-play').click();
  await expect(row(page, 'Error Page').getByTestId('voicemail-error')).toContainText(
    'did not send a recording',
  );
  await expect(panel.getByTestId('voicemail-error')).toHaveCount(2);

  await row(page, 'Sabine Weiß').getByTestId('voicemail-play').click();
  await frame.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('[data-testid="voicemail-audio"]');
    return audio !== null && audio.currentTime > 0.2;
  });
  await expect(panel.getByTestId('voicemail-message')).toHaveCount(7);
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
});

test('the page never receives the PBX credentials or a URL to the recording, only bytes', async ({
  page,
  preview,
}) => {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
  const { demo, frame } = await openVoicemail(page, preview);
  await row(page, 'Sabine Weiß').getByTestId('voicemail-play').click();
  await frame.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('[data-testid="voicemail-audio"]');
    return audio !== null && audio.readyState >= 1;
  });
  const basic = Buffer.from(`${demo.apiUser}:${demo.apiPassword}`).toString('base64');
  expect(frames.some((text) => text.includes('"base64"'))).toBe(true);
  for (const needle of [demo.apiPassword, basic, 'Basic ', '/asset/', '/services/', 'voicemailbox']) {
    expect(frames.filter((text) => text.includes(needle))).toEqual([]);
  }
  const src = await frame.evaluate(
    () => document.querySelector<HTMLAudioElement>('[data-testid="voicemail-audio"]')?.src ?? '',
  );
  expect(src).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
});
