import { describe, expect, test } from 'vitest';
import { IdleWatch } from '../../../../electron/core/queues/idle-watch';
import { createRig } from './queue-rig';

describe('auto pause when the screen locks', () => {
  test('pauses every queue with the configured reason and resumes on unlock', async () => {
    const rig = createRig({ autoPauseOnLock: true, autoPauseReason: 'Nacharbeit' });
    rig.rules.screenLocked();
    await rig.settle();
    expect(rig.paused()).toEqual(['Zentrale:Nacharbeit', 'Support:Nacharbeit', 'Vertrieb Inland:Nacharbeit']);
    expect(rig.rules.ownedCause).toBe('lock');
    rig.read();

    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.paused()).toEqual([]);
    expect(rig.world.sent).toEqual(['pause all (Nacharbeit)', 'unpause all']);
    expect(rig.rules.ownedCause).toBeNull();
  });

  test('does nothing while the setting is off (the default)', async () => {
    const rig = createRig();
    rig.rules.screenLocked();
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
  });

  test('never resumes a pause the agent set by hand before locking', async () => {
    const rig = createRig({ autoPauseOnLock: true });
    rig.byHand((queue) => ({ ...queue, paused: true, pauseReason: 'Mittagspause' }));
    rig.rules.screenLocked();
    await rig.settle();
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
    expect(rig.paused()).toHaveLength(3);
  });

  test('lets go of its pause when the agent pauses again by hand while it holds it', async () => {
    const rig = createRig({ autoPauseOnLock: true });
    rig.rules.screenLocked();
    await rig.settle();
    rig.read();
    // E.g. from the desk phone's menu while the PC is locked, then confirmed in the app.
    rig.byHand((queue) => ({ ...queue, paused: true, pauseReason: 'Nacharbeit' }));
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all']);
    expect(rig.paused()).toEqual(['Zentrale:Nacharbeit', 'Support:Nacharbeit', 'Vertrieb Inland:Nacharbeit']);
  });

  test('lets go of its pause when the PBX shows someone else changed the reason', async () => {
    const rig = createRig({ autoPauseOnLock: true });
    rig.rules.screenLocked();
    await rig.settle();
    rig.read();
    rig.elsewhere((queue) => ({ ...queue, pauseReason: 'Meeting' }));
    rig.read();
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all']);
    expect(rig.paused()).toHaveLength(3);
  });

  test('over a partial pause by hand it pauses and later resumes only the other queues', async () => {
    const rig = createRig({ autoPauseOnLock: true });
    rig.byHand((queue) =>
      queue.name === 'Zentrale' ? { ...queue, paused: true, pauseReason: 'Mittagspause' } : queue,
    );
    rig.rules.screenLocked();
    await rig.settle();
    expect(rig.paused()).toHaveLength(3);
    rig.read();
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([
      'pause Support',
      'pause Vertrieb Inland',
      'unpause Support',
      'unpause Vertrieb Inland',
    ]);
    expect(rig.paused()).toEqual(['Zentrale:Mittagspause']);
  });

  test('an unlock that comes while the pause is still on its way resumes after it', async () => {
    const rig = createRig({ autoPauseOnLock: true });
    rig.rules.screenLocked();
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all', 'unpause all']);
    expect(rig.paused()).toEqual([]);
  });

  test('a resume the PBX refused is tried again once it answers, so nobody stays paused by accident', async () => {
    const rig = createRig({ autoPauseOnLock: true });
    rig.rules.screenLocked();
    await rig.settle();
    rig.read();
    rig.world.pbxDown = true;
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.paused()).toHaveLength(3);
    rig.world.pbxDown = false;
    rig.read();
    await rig.settle();
    expect(rig.paused()).toEqual([]);
    expect(rig.world.sent).toEqual(['pause all', 'unpause all', 'unpause all']);
  });

  test('resumed elsewhere while locked: nothing left to resume at unlock', async () => {
    const rig = createRig({ autoPauseOnLock: true });
    rig.rules.screenLocked();
    await rig.settle();
    rig.read();
    rig.elsewhere((queue) => ({ ...queue, paused: false, pauseReason: null }));
    rig.read();
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all']);
  });
});

describe('auto pause when idle', () => {
  function idleRig(minutes: number) {
    const rig = createRig({ autoPauseIdleMinutes: minutes });
    let idleSinceMs = rig.clock.now();
    const watch = new IdleWatch({
      clock: rig.clock,
      source: { systemIdleSeconds: () => Math.floor((rig.clock.now() - idleSinceMs) / 1000) },
      thresholdSeconds: () => rig.world.settings.autoPauseIdleMinutes * 60,
      onIdle: () => rig.rules.userIdle(),
      onActive: () => rig.rules.userActive(),
    });
    watch.start();
    return {
      ...rig,
      watch,
      touch(): void {
        idleSinceMs = rig.clock.now();
      },
    };
  }

  test('pauses after N idle minutes (within one check) and resumes within a second of activity', async () => {
    const rig = idleRig(10);
    await rig.clock.advance(10 * 60_000 - 5_000);
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
    await rig.clock.advance(5_000);
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all']);
    expect(rig.rules.ownedCause).toBe('idle');
    rig.read();

    await rig.clock.advance(30 * 60_000);
    rig.touch();
    await rig.clock.advance(1_000);
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all', 'unpause all']);
    expect(rig.paused()).toEqual([]);
    rig.watch.stop();
  });

  test('an agent who paused by hand before going idle stays paused when back', async () => {
    const rig = idleRig(5);
    rig.byHand((queue) => ({ ...queue, paused: true, pauseReason: 'Mittagspause' }));
    await rig.clock.advance(6 * 60_000);
    rig.touch();
    await rig.clock.advance(2_000);
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
    expect(rig.paused()).toHaveLength(3);
    rig.watch.stop();
  });

  test('the screen locks while away: the idle pause is resumed by the unlock, not before', async () => {
    const rig = idleRig(5);
    rig.world.settings = { ...rig.world.settings, autoPauseOnLock: true };
    await rig.clock.advance(5 * 60_000 + 5_000);
    await rig.settle();
    rig.rules.screenLocked();
    await rig.settle();
    expect(rig.rules.ownedCause).toBe('idle');
    rig.touch();
    await rig.clock.advance(2_000);
    await rig.settle();
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all', 'unpause all']);
    rig.watch.stop();
  });
});

describe('wrap-up pause after a queue call', () => {
  test('pauses with the wrap-up reason and resumes after N seconds', async () => {
    const rig = createRig({ wrapUpSeconds: 30, wrapUpReason: 'Nacharbeit' });
    rig.rules.queueCallEnded();
    await rig.settle();
    expect(rig.paused()).toHaveLength(3);
    expect(rig.rules.wrapUpEndsAtMs).toBe(rig.clock.now() + 30_000);
    rig.read();
    await rig.clock.advance(29_000);
    await rig.settle();
    expect(rig.paused()).toHaveLength(3);
    await rig.clock.advance(1_000);
    await rig.settle();
    expect(rig.paused()).toEqual([]);
    expect(rig.world.sent).toEqual(['pause all (Nacharbeit)', 'unpause all']);
  });

  test('the agent pauses by hand during wrap-up: the timer does not resume', async () => {
    const rig = createRig({ wrapUpSeconds: 30 });
    rig.rules.queueCallEnded();
    await rig.settle();
    rig.byHand((queue) => ({ ...queue, paused: true, pauseReason: 'Mittagspause' }));
    await rig.clock.advance(60_000);
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all']);
    expect(rig.paused()).toHaveLength(3);
  });

  test('a second queue call that ends during wrap-up starts the time again', async () => {
    const rig = createRig({ wrapUpSeconds: 30 });
    rig.rules.queueCallEnded();
    await rig.settle();
    await rig.clock.advance(20_000);
    rig.rules.queueCallEnded();
    await rig.clock.advance(20_000);
    await rig.settle();
    expect(rig.paused()).toHaveLength(3);
    await rig.clock.advance(10_000);
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all', 'unpause all']);
  });

  test('locked during wrap-up: stays paused until the unlock', async () => {
    const rig = createRig({ wrapUpSeconds: 30, autoPauseOnLock: true });
    rig.rules.queueCallEnded();
    await rig.settle();
    rig.rules.screenLocked();
    await rig.settle();
    await rig.clock.advance(60_000);
    await rig.settle();
    expect(rig.paused()).toHaveLength(3);
    rig.rules.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual(['pause all', 'unpause all']);
  });

  test('off (0 s, the default): a queue call that ends pauses nothing', async () => {
    const rig = createRig();
    rig.rules.queueCallEnded();
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
  });

  test('already paused by hand: no wrap-up pause and nothing resumed', async () => {
    const rig = createRig({ wrapUpSeconds: 10 });
    rig.byHand((queue) => ({ ...queue, paused: true, pauseReason: 'Mittagspause' }));
    rig.rules.queueCallEnded();
    await rig.clock.advance(20_000);
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
  });
});
