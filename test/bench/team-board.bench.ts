/**
 * Team board speed (issue 13), on a demo PBX of 2,000 users:
 * 1. A colleague's state change -> their row updated: the demo PBX changes the colleague's hint
 *    (ringing, then idle again) and the page notes when the row shows it, to the next animation
 *    frame. Real core in the preview host (1 s states poll, real timers), real Chromium, loopback.
 *    Changes are spread over the poll period (a fixed sequence of waits, not random), so the
 *    figure includes the wait for the next poll. Both ends read the wall clock (Node's Date.now,
 *    the page's timeOrigin + now): same machine, well under a millisecond apart.
 * 2. Filter over 2,000 users: the board's filter (renderer/src/team/team-filter.ts) with every user
 *    of the PBX on the board, per keystroke of typed queries; the folded words are built once per
 *    person, and the index again on every line change (both printed apart). And the core's search over the whole PBX (core/team/search.ts), whose
 *    word index is built on the first query after each read of the user list (printed apart).
 *    Node, in process: no rendering, no IPC.
 * Run: npm run build:renderer && npx tsx test/bench/team-board.bench.ts
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import {
  basicAuthFromPassword,
  createPbxApi,
  PbxClient,
  type PbxUser,
  parseServerAddress,
} from '../../electron/core/pbx/index';
import { searchUsers } from '../../electron/core/phonebook/user-search';
import { startPreviewHost } from '../../electron/preview/preview-host';
import type { TeamMemberView } from '../../electron/shared/features/team';
import { filterIndexOf, filterMembers } from '../../renderer/src/team/team-filter';

const runs = Number(process.env.RUNS ?? 40);
const users = Number(process.env.USERS ?? 2000);
const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const fmt = (values: number[], digits = 0) =>
  `p50 ${quantile(values, 0.5).toFixed(digits)} ms, p95 ${quantile(values, 0.95).toFixed(digits)} ms, max ${Math.max(...values).toFixed(digits)} ms (n=${values.length})`;

/** Resolves with the wall-clock time the row first shows `wanted`, at the next frame. Plain text (see queues.bench.ts). */
const rowShowsInPage = `(args) => new Promise((resolve, reject) => {
  const [username, wanted] = args;
  const row = () => document.querySelector('[data-testid="team-row"][data-username="' + username + '"]');
  const done = () => row() && row().getAttribute('data-line') === wanted;
  const timeout = setTimeout(() => reject(new Error(username + ' did not show ' + wanted + ' within 10 s')), 10000);
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    clearTimeout(timeout);
    requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  window.__teamBenchArmed = true;
})`;

async function stateChangeToRow(): Promise<void> {
  if (!existsSync(`${rendererDir}panel.html`))
    throw new Error('build the renderer first: npm run build:renderer');
  const host = await startPreviewHost({
    rendererDir,
    pbx: { kind: 'demo', options: { lively: false, userCount: users } },
  });
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    const panel = page.frameLocator('#panel-frame');
    await panel.getByTestId('connection-status').and(panel.locator('[data-status="online"]')).waitFor();
    await panel.getByRole('tab', { name: 'Team' }).dispatchEvent('click');
    const rows = panel.locator('[data-testid="team-row"]');
    await panel.locator('[data-testid="team-row"][data-line="idle"]').first().waitFor({ timeout: 30_000 });
    const frame = page.frames().find((candidate) => candidate.url().includes('panel.html'));
    const demo = host.demo;
    if (!frame || !demo) throw new Error('panel frame or demo PBX missing');
    const idle = await frame.$$eval('[data-testid="team-row"][data-line="idle"]', (found) =>
      found.map((row) => row.getAttribute('data-username') ?? ''),
    );
    const colleagues = idle.filter((name) => name !== '').slice(0, 10);
    const latencies: number[] = [];
    for (let run = 0; run < runs; run++) {
      const username = colleagues[run % colleagues.length] ?? '';
      for (const [state, shown] of [
        ['Ringing', 'ringing'],
        [null, 'idle'],
      ] as const) {
        // Spread the change over the 1 s poll period: 0, 137, 274, ... ms after the last one.
        await new Promise((resolve) =>
          setTimeout(resolve, 300 + (((run * 2 + (state ? 0 : 1)) * 137) % 1000)),
        );
        const seen = frame.evaluate(
          `(${rowShowsInPage})(${JSON.stringify([username, shown])})`,
        ) as Promise<number>;
        await frame.waitForFunction('window.__teamBenchArmed === true');
        await frame.evaluate('window.__teamBenchArmed = false');
        const changedAt = Date.now();
        demo.sim.setUserState(username, state);
        latencies.push((await seen) - changedAt);
      }
    }
    console.log(
      `colleague's state change at the PBX -> row shows it (preview + Chromium + demo PBX of ${users} users on loopback, board of ${await rows.count()}, 1 s poll)`,
    );
    console.log(`  ${fmt(latencies)}  (goal: p95 < 1200 ms)`);
  } finally {
    await browser.close();
    await host.close();
  }
}

async function directoryOf2000(): Promise<PbxUser[]> {
  const { startDemoPbx } = await import('../../electron/demo-pbx/index');
  const pbx = await startDemoPbx({ userCount: users });
  try {
    const address = parseServerAddress(pbx.baseUrl);
    const auth = basicAuthFromPassword(pbx.apiUser, pbx.apiPassword);
    if (!address.ok || !auth.ok) throw new Error('demo PBX address or credentials did not parse');
    const api = createPbxApi(
      new PbxClient({
        serverAddress: address.value,
        auth: auth.value,
        fetch: (url, init) => fetch(url, init),
      }),
    );
    return await api.identity.listUsers();
  } finally {
    await pbx.close();
  }
}

function filterFigures(directory: PbxUser[]): void {
  const members: TeamMemberView[] = directory.map((user) => ({
    username: user.username,
    name: user.displayName,
    extension: user.extension ?? null,
    favourite: false,
    found: true,
    line: { conditions: ['idle'], sinceMs: 0, sawChange: false },
    presence: 'available',
    statusText: null,
  }));
  // What an agent types, one keystroke at a time: names, a username, extensions, a miss, umlauts.
  const typed = ['anna meyer', 'jmueller', 'mül', '1234', 'schmidt', 'zzz', 'jo we', '22'];
  const keystrokes = typed.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
  const build: number[] = [];
  const filter: number[] = [];
  const search: number[] = [];
  const searchCold: number[] = [];
  let firstBuild = 0;
  for (let round = 0; round < 20; round++) {
    // New objects for the same people, as every line change delivers them.
    const board = members.map((member) => ({ ...member, line: { ...member.line, sinceMs: round } }));
    let started = performance.now();
    const index = filterIndexOf(board as TeamMemberView[]);
    if (round === 0) firstBuild = performance.now() - started;
    else build.push(performance.now() - started);
    for (const query of keystrokes) {
      started = performance.now();
      filterMembers(index, query);
      filter.push(performance.now() - started);
    }
    // A fresh array: the search's word index is per list read, built on its first query.
    const list = [...directory];
    started = performance.now();
    searchUsers(list, 'a', 20);
    searchCold.push(performance.now() - started);
    for (const query of keystrokes) {
      started = performance.now();
      searchUsers(list, query, 20);
      search.push(performance.now() - started);
    }
  }
  console.log(
    `filter over ${members.length} users (Node, in process, ${keystrokes.length} keystrokes x 20 rounds):`,
  );
  console.log(`  board filter per keystroke:            ${fmt(filter, 2)}  (goal: p95 < 10 ms)`);
  console.log(`  board filter index, first build:       ${firstBuild.toFixed(2)} ms`);
  console.log(`  board filter index, after a line change: ${fmt(build, 2)}`);
  console.log(`  search over the PBX per keystroke:     ${fmt(search, 2)}`);
  console.log(`  search index, first query after a read: ${fmt(searchCold, 2)}`);
}

filterFigures(await directoryOf2000());
await stateChangeToRow();
