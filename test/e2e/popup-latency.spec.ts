/**
 * The caller's name on a real network: the demo PBX adds a 100 ms round trip to every answer (as a
 * cloud PBX over the internet), and calls ring at phases spread evenly over the own-state poll's
 * cycle (counted from when the PBX received the last poll), so the sample holds the slow phases
 * as well as the quick ones. A small sample to keep the run short: the bench does the big one.
 * Also while a 100,000-entry phonebook is being reloaded, which used to block the core for seconds.
 */
import type { Page } from '@playwright/test';
import { DEMO_CALLERS, type DemoPbx } from '../../electron/demo-pbx/index';
import type { PreviewHost } from '../../electron/preview/preview-host';
import { expect, test } from './fixtures';

const roundTripMs = 100;
const caller = DEMO_CALLERS.lukasMueller;
const boundMs = 1000;

async function openDesk(page: Page, preview: PreviewHost): Promise<DemoPbx> {
  const demo = preview.demo;
  if (!demo) throw new Error('the preview should run the demo PBX');
  await page.goto(preview.url);
  const panel = page.frameLocator('#panel-frame');
  await expect(panel.getByTestId('connection-status')).toHaveAttribute('data-status', 'online', {
    timeout: 60_000,
  });
  // A 100k phonebook is 200 pages, and every feature's requests share the session's ceiling of
  // 5 a second: its first load takes about a minute.
  await expect(panel.getByTestId('phonebook-status')).toHaveAttribute('data-status', 'ready', {
    timeout: 150_000,
  });
  // The desk notes when each popup first shows a caller's name (the page's own clock).
  await page.evaluate(`(() => {
    const shown = {};
    window.popupShownAt = shown;
    const watch = () => {
      for (const frame of document.querySelectorAll('#popups iframe')) {
        const id = frame.dataset.callId ?? '';
        if (!id || shown[id] !== undefined) continue;
        const name = frame.contentDocument?.querySelector('[data-testid="popup-name"]');
        if (name?.textContent?.trim() && frame.getBoundingClientRect().height > 0)
          shown[id] = { at: performance.timeOrigin + performance.now(), name: name.textContent.trim() };
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  })()`);
  return demo;
}

/** Waits until the PBX has just received an own-state poll, then `offsetMs` more. */
async function atPhase(demo: DemoPbx, offsetMs: number): Promise<void> {
  const isPoll = (path: string) => path.startsWith('/services/identity/states');
  const seen = demo.requests.filter((r) => isPoll(r.path)).length;
  const deadline = Date.now() + 5000;
  while (demo.requests.filter((r) => isPoll(r.path)).length === seen && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 2));
  await new Promise((resolve) => setTimeout(resolve, offsetMs));
}

/** Rings the agent and returns how long until the popup showed the caller's name. */
async function ringToName(page: Page, demo: DemoPbx, from: string): Promise<{ ms: number; name: string }> {
  const pageRingAt = (await page.evaluate('performance.timeOrigin + performance.now()')) as number;
  const { phonecallId } = demo.sim.startInboundCall({ from, fromName: '', to: demo.agent });
  const handle = await page.waitForFunction(
    'Object.values(window.popupShownAt).length > 0 && window.popupShownAt',
    undefined,
    { timeout: 10_000, polling: 10 },
  );
  const shown = (await handle.jsonValue()) as Record<string, { at: number; name: string }>;
  const [id, entry] = Object.entries(shown)[0] ?? ['', { at: 0, name: '' }];
  // Counted from just before the ring, on the page's clock (a little more than the real wait).
  const ms = entry.at - pageRingAt;
  demo.sim.answer(phonecallId, { by: 'ameyer' });
  await page.locator(`#popups iframe[data-call-id="${id}"]`).waitFor({ state: 'detached' });
  await page.evaluate(`delete window.popupShownAt[${JSON.stringify(id)}]`);
  demo.sim.hangup(phonecallId);
  return { ms, name: entry.name };
}

/** Nearest-rank percentile. */
const percentile = (samples: number[], q: number) =>
  [...samples].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * samples.length) - 1)] ?? Number.NaN;

test.describe('at a 100 ms round trip', () => {
  test.use({ previewOptions: { pbx: { kind: 'demo', options: { lively: false, roundTripMs } } } });

  test('ring -> popup with the caller name: p95 under 1 s over the whole poll cycle', async ({
    page,
    preview,
  }) => {
    test.setTimeout(120_000);
    const demo = await openDesk(page, preview);
    const pollMs = preview.companion.state.settings.presencePollIntervalMs;
    const samples: number[] = [];
    const phases = 20;
    for (let i = 0; i < phases; i++) {
      await atPhase(demo, ((i + 0.5) / phases) * pollMs);
      const { ms, name } = await ringToName(page, demo, caller.callsFrom);
      expect(name).toContain('Lukas Müller');
      samples.push(ms);
    }
    test.info().annotations.push({
      type: 'ring-to-name',
      description: `p50 ${percentile(samples, 0.5).toFixed(0)} ms, p95 ${percentile(samples, 0.95).toFixed(0)} ms`,
    });
    expect(percentile(samples, 0.95)).toBeLessThan(boundMs);
  });
});

test.describe('while a 100,000-entry phonebook reloads', () => {
  test.use({
    previewOptions: { pbx: { kind: 'demo', options: { lively: false, globalPhonebookSize: 100_000 } } },
  });

  test('a call still opens its popup with the caller name within 1 s', async ({ page, preview }) => {
    test.setTimeout(360_000);
    const demo = await openDesk(page, preview);
    const pollMs = preview.companion.state.settings.presencePollIntervalMs;
    await preview.companion.runCommand('phonebook/reload', {}, { window: 'panel' });
    demo.setRoundTripMs(roundTripMs);
    const panel = page.frameLocator('#panel-frame');
    await expect(panel.getByTestId('phonebook-status')).toHaveAttribute('data-status', 'loading');
    const samples: number[] = [];
    for (let i = 0; i < 4 && preview.companion.state.calls.phonebook.status === 'loading'; i++) {
      await atPhase(demo, ((i + 0.5) / 4) * pollMs);
      const { ms, name } = await ringToName(page, demo, caller.callsFrom);
      // The old entries answer while the new ones are built.
      expect(name).toContain('Lukas Müller');
      samples.push(ms);
    }
    expect(samples.length).toBeGreaterThan(0);
    expect(Math.max(...samples)).toBeLessThan(boundMs);
    // The reload still completes and is swapped in (at loopback speed: 200 pages at 100 ms each
    // would only make the run longer).
    demo.setRoundTripMs(0);
    await expect(panel.getByTestId('phonebook-status')).toHaveAttribute('data-status', 'ready', {
      timeout: 120_000,
    });
  });
});
