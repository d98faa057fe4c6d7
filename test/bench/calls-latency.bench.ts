/**
 * Ring-to-popup latency, end to end: from the demo PBX starting to ring (`sim.startInboundCall`)
 * until the caller popup shows the caller in the preview's Chromium (the first animation frame in
 * which the popup's name line is in its page), with the default 1 s poll. Each call starts at a
 * random moment of the poll cycle and is then taken by a colleague, which closes the popup.
 * `POLL_MS` sets another poll interval, `CALLS` another number of calls.
 * Both ends read the same wall clock (`performance.timeOrigin + performance.now()`).
 * Needs the built renderer (`npm run build:renderer`). Run: `npx tsx test/bench/calls-latency.bench.ts`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startPreviewHost } from '../../electron/preview/preview-host';

const calls = Number(process.env.CALLS ?? 60);
/** The presence poll; the default setting is 1000 ms (POLL_MS=750 shows what a faster poll buys). */
const pollMs = Number(process.env.POLL_MS ?? 1000);
const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
if (!existsSync(`${rendererDir}popup.html`))
  throw new Error('build the renderer first: npm run build:renderer');

const preview = await startPreviewHost({ rendererDir, pbx: { kind: 'demo', options: { lively: false } } });
const debianChromium = '/usr/bin/chromium';
const browser = await chromium.launch({
  ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
await preview.companion.runCommand(
  'settings/update',
  { presencePollIntervalMs: pollMs },
  { window: 'settings' },
);
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
      if (shown[id] !== undefined) continue;
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
const total: number[] = [];
const decided: number[] = [];
for (let i = 0; i < calls; i++) {
  await pause(300 + Math.random() * 1000);
  const historyBefore = preview.windows.history.length;
  const ringAt = now();
  const { phonecallId } = demo.sim.startInboundCall({ from: `+49895550${100 + i}`, to: demo.agent });
  const handle = await page.waitForFunction(
    'Object.keys(window.popupShownAt).length > 0 && window.popupShownAt',
    undefined,
    {
      timeout: 10_000,
      polling: 50,
    },
  );
  const shown = (await handle.jsonValue()) as Record<string, number>;
  const [id, at] = Object.entries(shown)[0] ?? ['', 0];
  total.push(at - ringAt);
  const opened = preview.windows.history.slice(historyBefore).find((entry) => entry.op === 'open-popup');
  if (opened) decided.push(opened.atMs - ringAt);
  demo.sim.answer(phonecallId, { by: 'ameyer' });
  await page.locator(`#popups iframe[data-call-id="${id}"]`).waitFor({ state: 'detached' });
  await page.evaluate(`delete window.popupShownAt[${JSON.stringify(id)}]`);
  demo.sim.hangup(phonecallId);
}
await browser.close();
await preview.close();

const percentile = (samples: number[], q: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
const summarise = (samples: number[]) =>
  `p50 ${(percentile(samples, 0.5) / 1000).toFixed(3)} s, p95 ${(percentile(samples, 0.95) / 1000).toFixed(3)} s, ` +
  `max ${(Math.max(...samples) / 1000).toFixed(3)} s`;
console.log(`${calls} calls, presence poll every ${pollMs} ms, ring at a random moment of the poll cycle`);
console.log(`ring to popup visible with the caller (Chromium, preview desk): ${summarise(total)}`);
console.log(`  of which ring to the core's decision to open it: ${summarise(decided)}`);
console.log('goal: p95 under 1.0 s');
