/**
 * A failed loop keeps its own backoff whatever the rest of the app does: "poll now" (after a
 * command, when the PBX is back) never makes it ask sooner; only the user's Retry now and waking
 * up do. The shared deferral another loop asked for ends when the PBX is back.
 */
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import { PbxError, type PbxErrorKind } from '../../../../electron/core/pbx/errors';
import { type LoopOutcome, PollLoop } from '../../../../electron/core/sync/poll-loop';
import { FakeClock } from '../../../harness/fake-clock';

function failingLoop(clock: FakeClock, kind: PbxErrorKind, options: { governsConnection?: boolean } = {}) {
  const runsAtMs: number[] = [];
  const outcomes: LoopOutcome[] = [];
  const loop = new PollLoop({
    name: 'queues',
    clock,
    log: silentLogger,
    intervalMs: () => 1000,
    random: () => 1,
    ...options,
    run: async () => {
      runsAtMs.push(clock.monotonicMs());
      throw new PbxError({ kind, method: 'GET', path: '/services/queue/' });
    },
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  return { loop, runsAtMs, outcomes };
}

describe('a failed loop keeps its own backoff', () => {
  test('"poll now" after every other loop\'s success does not make a failing loop ask sooner', async () => {
    const clock = new FakeClock();
    const { loop, runsAtMs } = failingLoop(clock, 'bad-response');
    loop.start();
    // What the old connection controller did: every second some other loop succeeded and asked
    // every loop to poll now.
    for (let second = 0; second < 60; second++) {
      loop.pollNow();
      await clock.advance(1000);
    }
    // random() = 1: 1, 2, 4, 8, 16, 30 s apart: 7 runs in a minute, not 60.
    expect(runsAtMs).toEqual([0, 1000, 3000, 7000, 15_000, 31_000, 61_000].filter((ms) => ms < 60_000));
    expect(loop.backingOff).toBe(true);
    loop.stop();
  });

  test('Retry now (resetBackoff) asks at once, once', async () => {
    const clock = new FakeClock();
    const { loop, runsAtMs } = failingLoop(clock, 'bad-response');
    loop.start();
    await clock.advance(20_000); // runs at 0, 1, 3, 7, 15 s; the next at 31 s
    expect(runsAtMs).toHaveLength(5);
    loop.pollNow({ resetBackoff: true });
    await clock.advance(10);
    expect(runsAtMs).toHaveLength(6);
    loop.pollNow(); // failed again: backing off from the start (1 s)
    await clock.advance(500);
    expect(runsAtMs).toHaveLength(6);
    loop.stop();
  });

  test('the end of a deferral does not skip the own backoff; a held-back loop runs when it wanted', async () => {
    const clock = new FakeClock();
    const failing = failingLoop(clock, 'offline');
    let healthyRuns = 0;
    const healthy = new PollLoop({
      name: 'voicemail',
      clock,
      log: silentLogger,
      intervalMs: () => 1000,
      run: async () => {
        healthyRuns += 1;
      },
    });
    failing.loop.start();
    healthy.start();
    await clock.advance(3500); // failing: runs at 0, 1, 3 s; next at 7 s
    healthy.deferFor(60_000);
    failing.loop.deferFor(60_000);
    const before = healthyRuns;
    await clock.advance(1000);
    expect(healthyRuns).toBe(before); // held back
    healthy.releaseDeferral();
    failing.loop.releaseDeferral();
    await clock.advance(10);
    expect(healthyRuns).toBe(before + 1); // it was due: runs at once
    expect(failing.runsAtMs).toEqual([0, 1000, 3000]); // still waits for 7 s
    await clock.advance(2500);
    expect(failing.runsAtMs).toEqual([0, 1000, 3000, 7000]);
    failing.loop.stop();
    healthy.stop();
  });

  test('outcomes name the loop and whether it governs the connection', async () => {
    const clock = new FakeClock();
    const { loop, outcomes } = failingLoop(clock, 'server', { governsConnection: true });
    loop.start();
    await clock.advance(10);
    expect(outcomes[0]).toMatchObject({ loop: 'queues', governsConnection: true, retryInMs: 1000 });
    loop.stop();
  });
});
