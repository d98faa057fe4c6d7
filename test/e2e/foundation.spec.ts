import { expect, test } from './fixtures';

test('the panel shows the demo PBX online with the agent within 2 seconds', async ({ page, preview }) => {
  const started = Date.now();
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online', {
    timeout: 2000,
  });
  await expect(panel.getByTestId('agent-name')).toHaveText('Tina Sander');
  await expect(panel.getByTestId('agent-extension')).toContainText('221');
  test.info().annotations.push({ type: 'online after ms', description: String(Date.now() - started) });
});

test('an inbound call opens a popup on the desk with the caller number and closes it when the call ends', async ({
  page,
  preview,
}) => {
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online');
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');

  const { phonecallId } = demo.sim.startInboundCall({ from: '+49 30 5550199', to: demo.agent });
  const popupFrame = page.getByTestId('popup-frame');
  await expect(popupFrame).toHaveCount(1);
  const popup = page.frameLocator('[data-testid="popup-frame"]');
  // No phonebook entry: the number is the popup's name line.
  await expect(popup.getByTestId('popup-name')).toContainText('5550199');

  // Answered, then ended: the popup goes (a call nobody answers stays as a missed-call card).
  demo.sim.answer(phonecallId, { by: demo.agent });
  demo.sim.hangup(phonecallId);
  await expect(popupFrame).toHaveCount(0);
});
