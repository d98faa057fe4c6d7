/**
 * Availability figures (issue 14).
 * 1. What availability costs an idle agent with two picked switches: its requests and bytes per
 *    minute against the demo PBX (real core, its timers on a fake clock), panel closed and panel
 *    open (the panel renews its watch every 15 s). The other features' polls are left out.
 * 2. Click -> confirmed by the PBX, for each action: clicked in the preview's panel (real core, real
 *    demo PBX, real Chromium), timed in the page until the panel shows the new state with nothing
 *    pending any more (the PBX answered the command and was read again), to the next animation
 *    frame. p50/p95 over RUNS (20) per action, on loopback and with LATENCY_MS (100) added to every
 *    PBX request.
 * Run: npm run build:renderer && npx tsx test/bench/availability.bench.ts
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Frame } from '@playwright/test';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { startDemoPbx } from '../../electron/demo-pbx/index';
import { startPreviewHost } from '../../electron/preview/preview-host';
import { isAvailabilityRequest } from '../harness/availability-rig';
import { createCompanionFixture } from '../harness/companion-fixture';

const runs = Number(process.env.RUNS ?? 20);
const latencyMs = Number(process.env.LATENCY_MS ?? 100);
const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function idleCost(panelOpen: boolean, minutes: number) {
  const pbx = await startDemoPbx({ apiPassword: 'bench' });
  const fixture = await createCompanionFixture();
  try {
    const run = (name: Parameters<typeof dispatchCommand>[1], input: unknown, window: 'panel' | 'settings') =>
      dispatchCommand(fixture.companion, name, input as never, { window });
    await run(
      'connection/connect',
      {
        serverAddress: pbx.baseUrl,
        auth: { kind: 'password', apiUser: 'api', apiPassword: 'bench' },
        username: 'tsander',
      },
      'settings',
    );
    await fixture.until(() => fixture.companion.state.availability.status === 'ready');
    await run('availability/update-settings', { pickedSwitches: ['500', '501'] }, 'settings');
    // Past the first reads and any watch lease: the steady state.
    await fixture.pump(120_000, 100);
    pbx.clearRequests();
    for (let minute = 0; minute < minutes; minute++) {
      for (let quarter = 0; quarter < 4; quarter++) {
        if (panelOpen) await run('availability/watch', {}, 'panel');
        await fixture.pump(15_000, 100);
      }
    }
    const own = pbx.requests.filter(isAvailabilityRequest);
    const paths = new Map<string, number>();
    for (const request of own) {
      const key = `${request.method} ${request.path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
      paths.set(key, (paths.get(key) ?? 0) + 1);
    }
    return {
      perMinute: own.length / minutes,
      bytesPerMinute: own.reduce((sum, request) => sum + request.responseBytes, 0) / minutes,
      largest: Math.max(0, ...own.map((request) => request.responseBytes)),
      paths: [...paths].map(([path, count]) => `${path} x${count}`).join(', '),
    };
  } finally {
    await fixture.companion.dispose();
    await pbx.close();
  }
}

/**
 * Clicks `click` (a selector in the panel) and resolves when `done` (a JS expression over
 * `q(selector)` and `text(selector)`) holds, to the next frame. Plain text, not a function: tsx
 * would wrap named functions in a helper the page does not have.
 */
const timeInPage = `([click, done]) => new Promise((resolve, reject) => {
  const q = (selector) => document.querySelector(selector);
  const text = (selector) => q(selector)?.textContent ?? '';
  const holds = new Function('q', 'text', 'return (' + done + ');');
  const start = performance.now();
  const timeout = setTimeout(() => reject(new Error('not confirmed within 10 s: ' + done)), 10000);
  const observer = new MutationObserver(() => {
    if (!holds(q, text)) return;
    observer.disconnect();
    clearTimeout(timeout);
    requestAnimationFrame(() => resolve(performance.now() - start));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const target = q(click);
  if (!target) return reject(new Error('nothing to click: ' + click));
  target.click();
})`;

function clickAndTime(frame: Frame, click: string, done: string): Promise<number> {
  return frame.evaluate(`(${timeInPage})(${JSON.stringify([click, done])})`) as Promise<number>;
}

const idle = (selector: string) => `q('${selector}') && !q('${selector}').disabled`;

async function clickToConfirmed(addedLatencyMs: number): Promise<void> {
  if (!existsSync(`${rendererDir}panel.html`))
    throw new Error('build the renderer first: npm run build:renderer');
  const host = await startPreviewHost({ rendererDir, pbx: { kind: 'demo', options: { lively: false } } });
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    await dispatchCommand(
      host.companion,
      'availability/update-settings',
      { pickedSwitches: ['500'] },
      { window: 'settings' },
    );
    const page = await browser.newPage();
    await page.goto(host.url);
    const panel = page.frameLocator('#panel-frame');
    await panel.getByTestId('active-profile').waitFor();
    await panel.getByRole('tab', { name: 'Status' }).click();
    await panel.getByTestId('switch-row').waitFor();
    const frame = page.frames().find((candidate) => candidate.url().includes('panel.html'));
    if (!frame) throw new Error('panel frame not found');
    if (addedLatencyMs > 0) host.demo?.sim.injectFault({ kind: 'latency', ms: addedLatencyMs });

    const profiles = host.companion.state.availability.profiles.list;
    const reception = host.companion.state.availability.location.list.find((item) => item.name === 'Empfang');
    if (profiles.length < 2 || !reception) throw new Error('the demo PBX should list profiles and Empfang');
    const times: Record<string, number[]> = {};
    const time = async (action: string, click: string, done: string) => {
      times[action] ??= [];
      times[action].push(await clickAndTime(frame, click, done));
    };
    const profileDone = (name: string) =>
      `text('[data-testid="active-profile"]').includes(${JSON.stringify(name)}) && q('[data-testid="profile-menu"]').getAttribute('aria-busy') === 'false'`;
    const switchRow = '[data-testid="switch-row"][data-extension="500"]';
    for (let run = 0; run < runs; run++) {
      // Profile: open the menu (not timed), click the next profile.
      const next = profiles[(run + 1) % profiles.length];
      await panel.getByTestId('profile-menu').click();
      const index = profiles.indexOf(next as (typeof profiles)[number]);
      await time(
        'activate profile',
        `#availability-profile-menu li:nth-child(${index + 1}) [data-testid="profile-option"]`,
        profileDone(next?.name ?? ''),
      );
      // Forward to a typed number, then stop it from the header.
      await panel.getByLabel(/Forward to/).fill('089 555 12 34');
      await time(
        'forward',
        '[data-testid="forward-submit"]',
        `text('[data-testid="forward-state"]').includes('5551234') && ${idle('[data-testid="forward-stop"]')}`,
      );
      await time(
        'stop forwarding',
        '[data-testid="forward-stop"]',
        `!q('[data-testid="forward-banner"]') && ${idle('[data-testid="forward-submit"]')}`,
      );
      // Relocate and log out.
      await time(
        'relocate',
        `[data-testid="location-row"][data-location="Empfang"] [data-testid="location-relocate"]`,
        `text('[data-testid="location-current"]').includes('Empfang') && ${idle('[data-testid="location-leave"]')}`,
      );
      await time(
        'log out of location',
        '[data-testid="location-leave"]',
        `!q('[data-testid="location-leave"]') && ${idle('[data-testid="location-relocate"]')}`,
      );
      // Toggle the switch: the confirmation opens untimed, the click on its Yes is timed.
      const on = (await frame.locator(switchRow).getAttribute('data-on')) === 'true';
      await frame.locator(`${switchRow} [data-testid="switch-toggle"]`).click();
      await time(
        'toggle switch',
        '[data-testid="switch-confirm-yes"]',
        `q('${switchRow}').getAttribute('data-on') === '${!on}' && q('${switchRow} [data-testid="switch-toggle"]').getAttribute('aria-busy') === 'false'`,
      );
    }
    const where = addedLatencyMs > 0 ? `with ${addedLatencyMs} ms added to every PBX request` : 'on loopback';
    console.log(`click -> confirmed by the PBX (${runs} runs each, preview + Chromium + demo PBX ${where}):`);
    for (const [action, values] of Object.entries(times))
      console.log(
        `  ${action.padEnd(20)} p50 ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, max ${ms(Math.max(...values))}  (goal: p95 < 1000 ms)`,
      );
  } finally {
    await browser.close();
    await host.close();
  }
}

const closed = await idleCost(false, 30);
const open = await idleCost(true, 10);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
console.log(
  'availability of an idle agent with 2 picked switches (demo PBX, no calls; other features left out):',
);
console.log(
  `  panel closed (30 min): ${closed.perMinute.toFixed(2)} requests/min, ${kb(closed.bytesPerMinute)}/min, largest answer ${closed.largest} B`,
);
console.log(`    ${closed.paths}`);
console.log(
  `  panel open (10 min):   ${open.perMinute.toFixed(2)} requests/min, ${kb(open.bytesPerMinute)}/min, largest answer ${open.largest} B`,
);
console.log(`    ${open.paths}`);
await clickToConfirmed(0);
await clickToConfirmed(latencyMs);
