/**
 * Queue pause figures.
 * 1. Click to truth: the time from clicking Pause in the preview's panel (real core, real demo PBX
 *    over loopback, real Chromium) until every queue row shows paused, measured in the page:
 *    "shown" (the expected state, at once) and "confirmed" (the PBX answered and the state was
 *    re-read: no row pending any more), to the next animation frame. p50/p95 over RUNS (30).
 * 2. What the queue loops cost an idle agent with 3 queues: requests and bytes per minute against
 *    the demo PBX (real core with its timers on a fake clock), panel closed and panel open, beside
 *    naive polling of the list and every queue every 5 s.
 * Run: npm run build:renderer && npx tsx test/bench/queues.bench.ts
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Frame } from '@playwright/test';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { startDemoPbx } from '../../electron/demo-pbx/index';
import { startPreviewHost } from '../../electron/preview/preview-host';
import { createCompanionFixture } from '../harness/companion-fixture';

const runs = Number(process.env.RUNS ?? 30);
const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

/**
 * Clicks the pause toggle in the panel and times the rows reaching `paused`, in the page. Plain
 * text, not a function: tsx would wrap named functions in a helper the page does not have.
 */
const timeInPage = `(wanted) => new Promise((resolve, reject) => {
  const rows = () => [...document.querySelectorAll('[data-testid="queue-row"]')];
  const shown = () => rows().length === 3 && rows().every((row) => row.getAttribute('data-paused') === String(wanted));
  const confirmed = () => shown() && rows().every((row) => row.getAttribute('data-pending') === 'false');
  const start = performance.now();
  let shownMs = null;
  const timeout = setTimeout(() => reject(new Error('rows did not change within 10 s')), 10000);
  const observer = new MutationObserver(() => {
    if (shownMs === null && shown()) {
      shownMs = -1;
      requestAnimationFrame(() => { shownMs = performance.now() - start; });
    }
    if (!confirmed()) return;
    observer.disconnect();
    clearTimeout(timeout);
    requestAnimationFrame(() => {
      const confirmedMs = performance.now() - start;
      resolve({ shownMs: shownMs > 0 ? shownMs : confirmedMs, confirmedMs });
    });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const toggle = document.querySelector('[data-testid="pause-toggle"]');
  if (!toggle) return reject(new Error('no pause toggle'));
  toggle.click();
})`;

function clickAndTime(frame: Frame, paused: boolean): Promise<{ shownMs: number; confirmedMs: number }> {
  return frame.evaluate(`(${timeInPage})(${JSON.stringify(paused)})`) as Promise<{
    shownMs: number;
    confirmedMs: number;
  }>;
}

async function clickToTruth(): Promise<void> {
  if (!existsSync(`${rendererDir}panel.html`))
    throw new Error('build the renderer first: npm run build:renderer');
  const host = await startPreviewHost({ rendererDir, pbx: { kind: 'demo', options: { lively: false } } });
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    const panel = page.frameLocator('#panel-frame');
    await panel.getByTestId('pause-state').waitFor();
    await panel.getByRole('tab', { name: 'Queues' }).click();
    await panel.getByTestId('queue-row').nth(2).waitFor();
    const frame = page.frames().find((candidate) => candidate.url().includes('panel.html'));
    if (!frame) throw new Error('panel frame not found');
    const shown: number[] = [];
    const confirmed: number[] = [];
    for (let run = 0; run < runs; run++) {
      const timing = await clickAndTime(frame, true);
      shown.push(timing.shownMs);
      confirmed.push(timing.confirmedMs);
      await clickAndTime(frame, false);
    }
    const actions = host.demo?.sim.queueActions() ?? [];
    console.log(
      `click Pause -> every queue paused in the UI (${runs} runs, preview + Chromium + demo PBX on loopback)`,
    );
    console.log(
      `  shown (expected state):       p50 ${ms(quantile(shown, 0.5))}, p95 ${ms(quantile(shown, 0.95))}`,
    );
    console.log(
      `  confirmed (PBX answered and re-read): p50 ${ms(quantile(confirmed, 0.5))}, p95 ${ms(quantile(confirmed, 0.95))}, max ${ms(Math.max(...confirmed))}  (goal: p95 < 1000 ms)`,
    );
    console.log(
      `  PBX saw ${actions.length} queue actions, ${actions.filter((a) => a.status !== 200).length} refused`,
    );
  } finally {
    await browser.close();
    await host.close();
  }
}

async function idleCost(panelOpen: boolean, minutes: number) {
  const pbx = await startDemoPbx({ apiPassword: 'bench' });
  const fixture = await createCompanionFixture();
  try {
    await dispatchCommand(
      fixture.companion,
      'connection/connect',
      {
        serverAddress: pbx.baseUrl,
        auth: { kind: 'password', apiUser: 'api', apiPassword: 'bench' },
        username: 'tsander',
      },
      { window: 'settings' },
    );
    await fixture.until(() => fixture.companion.state.queues.status === 'ready');
    await fixture.pump(60_000);
    pbx.clearRequests();
    for (let minute = 0; minute < minutes; minute++) {
      for (let quarter = 0; quarter < 4; quarter++) {
        // The panel renews its watch every 15 s while it is on screen.
        if (panelOpen) await dispatchCommand(fixture.companion, 'queues/watch', {}, { window: 'panel' });
        await fixture.pump(15_000, 100);
      }
    }
    const queue = pbx.requests.filter((request) => request.path.startsWith('/services/queue'));
    const list = queue.filter((request) => /\/services\/queue\/?$/.test(request.path));
    const detail = queue.filter((request) => !/\/services\/queue\/?$/.test(request.path));
    const bytes = (requests: typeof queue) =>
      requests.reduce((sum, request) => sum + request.responseBytes, 0);
    return {
      perMinute: queue.length / minutes,
      bytesPerMinute: bytes(queue) / minutes,
      listBytes: bytes(list) / Math.max(1, list.length),
      detailBytes: bytes(detail) / Math.max(1, detail.length),
      listPerMinute: list.length / minutes,
      detailPerMinute: detail.length / minutes,
    };
  } finally {
    await fixture.companion.dispose();
    await pbx.close();
  }
}

async function loopCost(): Promise<void> {
  const closed = await idleCost(false, 10);
  const open = await idleCost(true, 5);
  const naivePerMinute = 12 * 4;
  const naiveBytes = 12 * (closed.listBytes + 3 * closed.detailBytes);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log('queue loops of an idle agent with 3 queues (demo PBX, no calls):');
  console.log(
    `  panel closed: ${closed.perMinute.toFixed(1)} requests/min (${closed.listPerMinute.toFixed(1)} list + ${closed.detailPerMinute.toFixed(1)} queue details), ${kb(closed.bytesPerMinute)}/min`,
  );
  console.log(
    `  panel open:   ${open.perMinute.toFixed(1)} requests/min (${open.listPerMinute.toFixed(1)} list + ${open.detailPerMinute.toFixed(1)} queue details), ${kb(open.bytesPerMinute)}/min`,
  );
  console.log(
    `  naive (list + every queue every 5 s, computed from the sizes above): ${naivePerMinute} requests/min, ${kb(naiveBytes)}/min`,
  );
  console.log(
    `  answer sizes: list ${closed.listBytes.toFixed(0)} B, queue detail ${closed.detailBytes.toFixed(0)} B on average`,
  );
}

await loopCost();
await clickToTruth();
