import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import { PbxError, type PbxErrorKind } from '../../../../electron/core/pbx/errors';
import { PollLoop } from '../../../../electron/core/sync/poll-loop';
import { FakeClock } from '../../../harness/fake-clock';

function pbxError(kind: PbxErrorKind, extra: { retryAfterMs?: number; status?: number } = {}): PbxError {
  return new PbxError({ kind, method: 'GET', path: '/services/cdr/live', ...extra });
}

function makeLoop(clock: FakeClock, run: (signal: AbortSignal) => Promise<void>, random = () => 1) {
  const outcomes: { kind: string | null; retryInMs: number | null; stop: string | null }[] = [];
  const loop = new PollLoop({
    name: 'test',
    clock,
    log: silentLogger,
    intervalMs: () => 1000,
    run,
    random,
    onOutcome: ({ error, retryInMs, stop }) => outcomes.push({ kind: error?.kind ?? null, retryInMs, stop }),
  });
  return { loop, outcomes };
}

describe('PollLoop', () => {
  test('runs at the interval and never overlaps a slow request', async () => {
    const clock = new FakeClock();
    let running = 0;
    let maxConcurrent = 0;
    let runs = 0;
    const { loop } = makeLoop(clock, async () => {
      running += 1;
      runs += 1;
      maxConcurrent = Math.max(maxConcurrent, running);
      await new Promise<void>((resolve) => clock.setTimeout(resolve, 2500)); // slower than the interval
      running -= 1;
    });
    loop.start();
    for (let i = 0; i < 10; i++) loop.pollNow(); // a burst of "refresh now" requests
    await clock.advance(20_000);
    expect(maxConcurrent).toBe(1);
    // 2.5 s per request + 1 s pause: about 6 runs in 20 s (plus one follow-up for the burst)
    expect(runs).toBeGreaterThanOrEqual(5);
    expect(runs).toBeLessThanOrEqual(7);
    loop.stop();
  });

  test('backs off exponentially with jitter on network errors, capped, and resets on success', async () => {
    const clock = new FakeClock();
    let failuresLeft = 8;
    const { loop, outcomes } = makeLoop(clock, async () => {
      if (failuresLeft-- > 0) throw pbxError('offline');
    });
    loop.start();
    await clock.advance(200_000);
    const delays = outcomes.filter((o) => o.kind === 'offline').map((o) => o.retryInMs);
    // random() = 1 gives the ceiling: 1, 2, 4, 8, 16, 30 (cap), 30, 30 seconds
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    const firstSuccess = outcomes.find((o) => o.kind === null);
    expect(firstSuccess?.retryInMs).toBe(1000);
    loop.stop();
  });

  test('full jitter never polls faster than the normal interval', async () => {
    const clock = new FakeClock();
    const { loop, outcomes } = makeLoop(
      clock,
      async () => {
        throw pbxError('server', { status: 500 });
      },
      () => 0,
    );
    loop.start();
    await clock.advance(10_000);
    expect(outcomes.every((o) => o.retryInMs === 1000)).toBe(true);
    loop.stop();
  });

  test('a 429 waits at least Retry-After', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const { loop, outcomes } = makeLoop(clock, async () => {
      calls += 1;
      if (calls === 1) throw pbxError('rate-limited', { retryAfterMs: 45_000, status: 429 });
    });
    loop.start();
    await clock.advance(44_000);
    expect(calls).toBe(1);
    await clock.advance(1_500);
    expect(calls).toBe(2);
    expect(outcomes[0]?.retryInMs).toBe(45_000);
    loop.stop();
  });

  test.each(['auth', 'forbidden'] as const)(
    'a %s error stops the loop after that one request',
    async (kind) => {
      const clock = new FakeClock();
      let calls = 0;
      const { loop, outcomes } = makeLoop(clock, async () => {
        calls += 1;
        throw pbxError(kind, { status: kind === 'auth' ? 401 : 403 });
      });
      loop.start();
      await clock.advance(120_000);
      loop.pollNow({ resetBackoff: true }); // even an explicit refresh does not retry stopped credentials
      await clock.advance(10_000);
      expect(calls).toBe(1);
      expect(outcomes).toEqual([{ kind, retryInMs: null, stop: kind }]);
      expect(loop.stoppedBecause).toBe(kind);
      expect(clock.pendingTimers).toBe(0);
    },
  );

  test('cancelInFlight aborts the running request and polls again at once, not counted as a failure', async () => {
    const clock = new FakeClock();
    const signals: AbortSignal[] = [];
    const { loop, outcomes } = makeLoop(clock, (signal) => {
      signals.push(signal);
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    });
    loop.start();
    await clock.advance(10);
    expect(signals).toHaveLength(1);
    loop.cancelInFlight();
    await clock.advance(10);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals).toHaveLength(2);
    expect(outcomes).toEqual([]);
    loop.stop();
    expect(signals[1]?.aborted).toBe(true);
  });
});

describe('PollLoop.deferFor', () => {
  test('holds the next run back (another loop of the session got a 429), and a reset releases it', async () => {
    const clock = new FakeClock();
    let runs = 0;
    const { loop } = makeLoop(clock, async () => {
      runs += 1;
    });
    loop.start();
    await clock.advance(10);
    expect(runs).toBe(1);
    loop.deferFor(20_000);
    await clock.advance(19_000);
    expect(runs).toBe(1);
    await clock.advance(1_500);
    expect(runs).toBe(2);
    loop.deferFor(60_000);
    loop.pollNow({ resetBackoff: true }); // resume after sleep: ask at once
    await clock.advance(10);
    expect(runs).toBe(3);
    loop.stop();
  });
});

test('a slow loop that fails asks the others to wait only for the PBX backoff, not its own interval', async () => {
  const clock = new FakeClock();
  const shared: (number | null)[] = [];
  const loop = new PollLoop({
    name: 'phonebook',
    clock,
    log: silentLogger,
    intervalMs: () => 5 * 60_000,
    run: async () => {
      throw pbxError('server', { status: 503 });
    },
    random: () => 1,
    onOutcome: ({ retryInMs, sharedDelayMs }) => {
      expect(retryInMs).toBe(5 * 60_000);
      shared.push(sharedDelayMs);
    },
  });
  loop.start();
  await clock.advance(10);
  expect(shared).toEqual([1000]);
  loop.stop();
});
