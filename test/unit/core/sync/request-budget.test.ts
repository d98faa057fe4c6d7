/**
 * The session's request ceiling: a burst for the connect, then at most `ratePerSecond`, requests in
 * order of arrival, a waiting request released when its caller gives up, and one log line when the
 * ceiling is hit (not one per request).
 */
import { expect, test } from 'vitest';
import { createLogger } from '../../../../electron/core/log';
import {
  CALL_PATH_RESERVE,
  isCallPathRequest,
  RequestBudget,
} from '../../../../electron/core/sync/request-budget';
import { FakeClock } from '../../../harness/fake-clock';

function budget(clock: FakeClock) {
  const lines: string[] = [];
  const log = createLogger({ sink: (line) => lines.push(line), level: 'debug' });
  return { lines, budget: new RequestBudget({ clock, log, ratePerSecond: 5, burst: 10 }) };
}

test('a storm of 100 requests goes out at the burst (less the call path reserve), then at 5 per second, in order', async () => {
  const clock = new FakeClock();
  const { budget: ceiling, lines } = budget(clock);
  const sentAtMs: number[] = [];
  const order: number[] = [];
  const all = Array.from({ length: 100 }, (_, index) =>
    ceiling.take().then(() => {
      sentAtMs.push(clock.monotonicMs());
      order.push(index);
    }),
  );
  await clock.advance(0);
  expect(sentAtMs).toHaveLength(10 - CALL_PATH_RESERVE);
  await clock.advance(10_000);
  expect(sentAtMs).toHaveLength(60 - CALL_PATH_RESERVE);
  await clock.advance(9_000);
  await Promise.all(all);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  // No second is busier than the burst refill allows.
  const perSecond = new Map<number, number>();
  for (const ms of sentAtMs.slice(10 - CALL_PATH_RESERVE))
    perSecond.set(Math.floor(ms / 1000), (perSecond.get(Math.floor(ms / 1000)) ?? 0) + 1);
  expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(5);
  expect(ceiling.delayedRequests).toBe(90 + CALL_PATH_RESERVE);
  expect(lines.filter((line) => line.includes('request ceiling reached'))).toHaveLength(1);
});

test('a normal pace never waits, and the bucket refills to the burst', async () => {
  const clock = new FakeClock();
  const { budget: ceiling, lines } = budget(clock);
  for (let second = 0; second < 120; second++) {
    await ceiling.take();
    await ceiling.take();
    await clock.advance(1000);
  }
  expect(ceiling.delayedRequests).toBe(0);
  expect(lines).toEqual([]);
});

test("a waiting request whose caller gives up leaves the queue with the caller's reason", async () => {
  const clock = new FakeClock();
  const { budget: ceiling } = budget(clock);
  for (let i = 0; i < 10 - CALL_PATH_RESERVE; i++) await ceiling.take();
  const controller = new AbortController();
  const waiting = ceiling.take(controller.signal);
  controller.abort(new Error('suspend'));
  await expect(waiting).rejects.toThrow('suspend');
  const next = ceiling.take();
  await clock.advance(200);
  await expect(next).resolves.toBeUndefined();
});

test('the end of an episode is logged after a quiet spell, with how many waited', async () => {
  const clock = new FakeClock();
  const { budget: ceiling, lines } = budget(clock);
  const burst = Array.from({ length: 15 }, () => ceiling.take());
  await clock.advance(2000);
  await Promise.all(burst);
  await clock.advance(15_000);
  await ceiling.take();
  expect(lines.map((line) => JSON.parse(line).message)).toEqual([
    'request ceiling reached: requests wait for their turn',
    'request ceiling released',
  ]);
  expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ delayed: 5 + CALL_PATH_RESERVE });
});

test('at the ceiling the call path goes first: a states poll waits behind no phonebook page or queue figure', async () => {
  const clock = new FakeClock();
  const { budget: ceiling } = budget(clock);
  const sent: string[] = [];
  const signal = new AbortController().signal;
  const init = (method: string) => ({ method, headers: {}, signal, redirect: 'manual' as const });
  const fetch = ceiling.wrap(async (url) => {
    sent.push(url.replace('https://pbx.example/demo/services', ''));
    return { status: 200 } as never;
  });
  const background = Array.from({ length: 14 }, (_, page) =>
    fetch(`https://pbx.example/demo/services/phonebook/?offset=${page * 500}&limit=500`, init('GET')),
  );
  const states = fetch('https://pbx.example/demo/services/identity/states?keys=tsander', init('GET'));
  const live = fetch('https://pbx.example/demo/services/cdr/live', init('GET'));
  const queue = fetch('https://pbx.example/demo/services/queue/Zentrale', init('GET'));
  const pickup = fetch(
    'https://pbx.example/demo/services/identity/tsander/defaultdevice/action',
    init('POST'),
  );
  await clock.advance(0);
  // The pages take the burst down to the call path's reserve, which the states poll and the live
  // list then take at once; the agent's action waits for the next token, and the pages after it.
  expect(sent).toHaveLength(10);
  expect(sent.slice(8)).toEqual(['/identity/states?keys=tsander', '/cdr/live']);
  await clock.advance(600);
  expect(sent.slice(10)).toEqual(['/identity/tsander/defaultdevice/action']);
  await clock.advance(3_000);
  await Promise.all([...background, states, live, queue, pickup]);
  expect(sent.slice(11)).toEqual([
    '/phonebook/?offset=4000&limit=500',
    '/phonebook/?offset=4500&limit=500',
    '/phonebook/?offset=5000&limit=500',
    '/phonebook/?offset=5500&limit=500',
    '/phonebook/?offset=6000&limit=500',
    '/phonebook/?offset=6500&limit=500',
    '/queue/Zentrale',
  ]);
});

test("while the rest waits at the ceiling, a ring's states poll and live list still go at once", async () => {
  const clock = new FakeClock();
  const { budget: ceiling } = budget(clock);
  // A reload asking for far more than the ceiling, for the whole test.
  const pages = Array.from({ length: 200 }, () => ceiling.take());
  // Rings at different points of the 200 ms token cycle, the first after 5 s at the ceiling.
  for (const afterMs of [5_000, 730, 890, 970]) {
    await clock.advance(afterMs);
    let sent = 0;
    const ring = [ceiling.take(undefined, true), ceiling.take(undefined, true)].map((taken) =>
      taken.then(() => {
        sent += 1;
      }),
    );
    await clock.advance(0);
    expect(sent, `at ${clock.monotonicMs()} ms`).toBe(2);
    await Promise.all(ring);
  }
  await clock.advance(60_000);
  await Promise.all(pages);
});

test('what counts as the call path: the own-state poll, the live list and every request that changes something', () => {
  const base = 'https://pbx.example/demo/services';
  expect(isCallPathRequest(`${base}/identity/states?keys=tsander`, 'GET')).toBe(true);
  expect(isCallPathRequest(`${base}/cdr/live`, undefined)).toBe(true);
  expect(isCallPathRequest(`${base}/queue/Zentrale/pause`, 'put')).toBe(true);
  expect(isCallPathRequest(`${base}/cdr/live/62`, 'GET')).toBe(false);
  expect(isCallPathRequest(`${base}/cdr/`, 'GET')).toBe(false);
  expect(isCallPathRequest(`${base}/phonebook/?q=identity/states`, 'GET')).toBe(false);
  expect(isCallPathRequest(`${base}/voicemailbox/221/INBOX`, 'HEAD')).toBe(false);
});
