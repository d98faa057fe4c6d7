/**
 * One side of the ring-to-name benchmark (calls-latency.bench.ts runs it for the current tree and
 * for the tree before issue 16): the preview host with its demo PBX, the desk in Chromium, and for
 * each PBX round trip in `ROUND_TRIPS` a number of calls to the agent at random moments of the
 * poll cycle; from the demo PBX starting to ring until the popup shows the caller's name (the first
 * animation frame in which the popup's name line is in its page). Each popup is closed by a
 * colleague taking the call. Prints one JSON line: per round trip, the samples in ms.
 * Run from the tree to measure: `npx tsx test/bench/latency-run.ts` (`RENDERER_DIR`, `CALLS`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startPreviewHost } from '../../electron/preview/preview-host';

const calls = Number(process.env.CALLS ?? 24);
const roundTrips = (process.env.ROUND_TRIPS ?? '0,50,100,150').split(',').map(Number);
const rendererDir =
  process.env.RENDERER_DIR ?? fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
if (!existsSync(`${rendererDir}/popup.html`))
  throw new Error('build the renderer first: npm run build:renderer');

const preview = await startPreviewHost({ rendererDir, pbx: { kind: 'demo', options: { lively: false } } });
const debianChromium = '/usr/bin/chromium';
const browser = await chromium.launch({
  ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(preview.url);
const panel = page.frameLocator('#panel-frame');
await panel.getByTestId('phonebook-status').and(panel.locator('[data-status="ready"]')).waitFor();

// In the desk page: note when each popup first shows its caller. Plain script text: tsx would
// wrap a function's names in helpers the page does not have.
await page.evaluate(`(() => {
  const shown = {};
  window.popupShownAt = shown;
  const watch = () => {
    for (const frame of document.querySelectorAll('#popups iframe')) {
      const id = frame.dataset.callId ?? '';
      if (!id || shown[id] !== undefined) continue;
      const name = frame.contentDocument?.querySelector('[data-testid="popup-name"]');
      if (name?.textContent?.trim() && frame.getBoundingClientRect().height > 0)
        shown[id] = performance.timeOrigin + performance.now();
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`);

const demo = preview.demo;
if (!demo) throw new Error('the preview should run the demo PBX');
const now = () => performance.timeOrigin + performance.now();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const results: Record<string, number[]> = {};
let caller = 0;
for (const roundTripMs of roundTrips) {
  demo.setRoundTripMs(roundTripMs);
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    await pause(300 + Math.random() * 1000);
    const ringAt = now();
    const { phonecallId } = demo.sim.startInboundCall({
      from: `+49895550${100 + (caller++ % 900)}`,
      to: demo.agent,
    });
    const handle = await page.waitForFunction(
      'Object.keys(window.popupShownAt).length > 0 && window.popupShownAt',
      undefined,
      { timeout: 10_000, polling: 20 },
    );
    const shown = (await handle.jsonValue()) as Record<string, number>;
    const [id, at] = Object.entries(shown)[0] ?? ['', 0];
    samples.push(at - ringAt);
    demo.sim.answer(phonecallId, { by: 'ameyer' });
    await page.locator(`#popups iframe[data-call-id="${id}"]`).waitFor({ state: 'detached' });
    await page.evaluate(`delete window.popupShownAt[${JSON.stringify(id)}]`);
    demo.sim.hangup(phonecallId);
  }
  results[String(roundTripMs)] = samples;
}
const pollMs = preview.companion.state.settings.presencePollIntervalMs;
await browser.close();
await preview.close();
console.log(JSON.stringify({ pollMs, results }));
