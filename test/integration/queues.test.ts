/**
 * Queue controls with the real core against the demo PBX over real HTTP (the core's timers on a
 * fake clock): what the PBX receives, what the state shows, and the safety nets end to end.
 */
import { describe, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { trayView } from '../../electron/core/tray/tray-view';
import { originFor } from '../harness/command-origin';
import { useDemoSession } from '../harness/demo-session';

// The PBX keeps real time; the companion's timers run on the fake clock.
const session = useDemoSession('queues', { pbxClock: 'real', connect: false });

async function connected() {
  const { pbx: demo, fixture: f } = await session.start();
  await session.connect();
  await f.until(() => f.companion.state.queues.status === 'ready');
  const run = (name: Parameters<typeof dispatchCommand>[1], input: unknown = {}) =>
    dispatchCommand(f.companion, name, input, originFor(name, input));
  const queueRequests = () => demo.requests.filter((request) => request.path.startsWith('/services/queue'));
  return { demo, f, run, queueRequests, queues: () => f.companion.state.queues };
}

describe('queue controls against the demo PBX', () => {
  test('the agent’s three queues with their figures, reasons and the default reason', async () => {
    const { queues } = await connected();
    expect(
      queues().queues.map((queue) => [queue.name, queue.extension, queue.dynamic, queue.loggedIn]),
    ).toEqual([
      ['Zentrale', '200', true, true],
      ['Support', '300', true, true],
      ['Vertrieb Inland', '310', false, true],
    ]);
    expect(queues().queues[0]).toMatchObject({
      agentsPaused: 1,
      waitingCount: 0,
      pauseReasons: expect.any(Array),
    });
    expect(queues().reasons.map((reason) => reason.name)).toEqual([
      'Mittagspause',
      'Backoffice',
      'Meeting',
      'Schulung',
      'Lunch',
      'Nacharbeit',
    ]);
    expect(queues().defaultReason).toBe('Mittagspause');
    expect(queues().pause.state).toBe('available');
  });

  test('pause all with a chosen reason: the documented body, every membership paused, the tray shows it', async () => {
    const { demo, f, run, queues } = await connected();
    const result = await run('queues/pause', { reason: 'Backoffice' });
    expect(result).toEqual({
      ok: true,
      value: {
        action: 'pause',
        queue: null,
        reason: 'Backoffice',
        pbxMessage: 'Interface paused successfully',
      },
    });
    expect(demo.sim.queueActions().map((action) => [action.queue, action.body, action.status])).toEqual([
      [null, { action: 'pause', identity: 'tsander', reason: 'Backoffice' }, 200],
    ]);
    await f.until(() => queues().queues.every((queue) => queue.pending === null));
    expect(queues().queues.map((queue) => [queue.paused, queue.pauseReason])).toEqual([
      [true, 'Backoffice'],
      [true, 'Backoffice'],
      [true, 'Backoffice'],
    ]);
    expect(queues().pause).toMatchObject({ state: 'paused', reason: 'Backoffice', cause: 'manual' });
    expect(queues().defaultReason).toBe('Backoffice');
    // The fixture's system locale is German.
    expect(trayView(f.companion.state).icon).toBe('paused');
    expect(trayView(f.companion.state).tooltip).toContain('Tina Sander (221) · In Pause: Backoffice');

    await run('queues/unpause');
    await f.until(
      () => queues().pause.state === 'available' && queues().queues.every((q) => q.pending === null),
    );
    expect(demo.sim.memberships('tsander').every((membership) => !membership.paused)).toBe(true);
    expect(trayView(f.companion.state).icon).toBe('idle');
  });

  test('the state is re-read at once after an action, not at the next poll', async () => {
    const { demo, f, run, queueRequests } = await connected();
    await f.pump(6000);
    const before = queueRequests().length;
    const startedAtMs = f.clock.monotonicMs();
    await run('queues/logout', { queue: 'Zentrale' });
    await f.until(() => f.companion.state.queues.queues[0]?.pending === null);
    const reads = queueRequests()
      .slice(before)
      .map((request) => `${request.method} ${request.path}`);
    expect(reads.slice(0, 2)).toEqual(['POST /services/queue/Zentrale/action', 'GET /services/queue/']);
    expect(f.clock.monotonicMs() - startedAtMs).toBeLessThan(500);
    expect(demo.sim.memberships('tsander')[0]).toMatchObject({ queue: 'Zentrale', loggedIn: false });
  });

  test('about every 5 s while no window watches, every 2 s while the panel watches (a 30 s lease)', async () => {
    const { f, run, queueRequests } = await connected();
    const lists = () => queueRequests().filter((request) => request.path === '/services/queue/').length;
    await f.pump(1000);
    let before = lists();
    await f.pump(20_000);
    expect(lists() - before).toBe(4);
    await run('queues/watch');
    await f.pump(100);
    before = lists();
    await f.pump(20_000);
    expect(lists() - before).toBe(10);
    // Not renewed: back to the slow pace once the lease ran out.
    await f.pump(15_000);
    before = lists();
    await f.pump(20_000);
    expect(lists() - before).toBe(4);
  });

  test('a 429 another loop met holds the queue loop too, until the PBX takes requests again', async () => {
    const { demo, f, queueRequests } = await connected();
    await f.pump(6000);
    demo.sim.injectFault({
      kind: 'retry-after',
      retryAfterSeconds: 20,
      pathPrefix: '/identity/states',
      count: 1,
    });
    await f.until(() => demo.requests.some((request) => request.status === 429));
    const limitedAt = f.clock.now();
    const before = queueRequests().length;
    await f.until(() => queueRequests().length > before, 40_000);
    expect(f.clock.now() - limitedAt).toBeGreaterThanOrEqual(19_000);
    expect(f.companion.state.connection.status).toBe('online');
  });

  test('a static membership cannot log out: refused in words, nothing sent', async () => {
    const { demo, run } = await connected();
    const result = await run('queues/logout', { queue: 'Vertrieb Inland' });
    expect(result).toEqual({ ok: false, error: { kind: 'invalid-input', detail: 'queue-static-member' } });
    expect(demo.sim.queueActions()).toEqual([]);
  });

  test('a rejected action (500) restores the display and says why', async () => {
    const { demo, f, run, queues } = await connected();
    demo.sim.injectFault({ kind: 'status', status: 500, pathPrefix: '/queue/action', count: 1 });
    const shown: boolean[] = [];
    const stop = f.companion.on('state', (state) => shown.push(state.queues.queues[0]?.paused ?? false));
    const result = await run('queues/pause', {});
    stop();
    expect(result).toMatchObject({ ok: false, error: { kind: 'server' } });
    // Shown as paused while the request ran, then put back.
    expect(shown).toContain(true);
    expect(queues().queues.map((queue) => queue.paused)).toEqual([false, false, false]);
    expect(queues().lastOutcome).toMatchObject({ ok: false, action: 'pause', error: { kind: 'server' } });
  });

  test('a double press of the pause hotkey pauses and then resumes, in that order', async () => {
    const { demo, f, run, queues } = await connected();
    const [first, second] = await Promise.all([run('queues/toggle-pause'), run('queues/toggle-pause')]);
    expect(first).toMatchObject({ ok: true, value: { action: 'pause', reason: 'Mittagspause' } });
    expect(second).toMatchObject({ ok: true, value: { action: 'unpause' } });
    expect(demo.sim.queueActions().map((action) => action.action)).toEqual(['pause', 'unpause']);
    await f.until(() => queues().queues.every((queue) => queue.pending === null));
    expect(queues().pause.state).toBe('available');
  });

  test('screen lock pauses, unlock resumes (when the setting is on)', async () => {
    const { demo, f, run, queues } = await connected();
    await run('queues/update-settings', { autoPauseOnLock: true, autoPauseReason: 'Meeting' });
    f.companion.power('lock-screen');
    await f.until(
      () => queues().pause.state === 'paused' && queues().queues.every((q) => q.pending === null),
    );
    expect(queues().pause).toMatchObject({ reason: 'Meeting', cause: 'lock' });
    f.companion.power('unlock-screen');
    await f.until(() => queues().pause.state === 'available');
    expect(demo.sim.queueActions().map((action) => [action.action, action.body])).toEqual([
      ['pause', { action: 'pause', identity: 'tsander', reason: 'Meeting' }],
      ['unpause', { action: 'unpause', identity: 'tsander' }],
    ]);
  });

  test('a queue call the agent answered ends: wrap-up pause, resumed after N seconds', async () => {
    const { demo, f, run, queues } = await connected();
    await run('queues/update-settings', { wrapUpSeconds: 20, wrapUpReason: 'Nacharbeit' });
    const { phonecallId } = demo.sim.startInboundCall({ from: '+49301234567', to: 'Support' });
    await f.until(() => f.companion.state.calls.live.some((call) => call.queueName === 'Support'));
    demo.sim.answer(phonecallId, { by: 'tsander' });
    await f.until(() => f.companion.state.calls.live.some((call) => call.answeredAtMs !== null));
    demo.sim.hangup(phonecallId);
    await f.until(() => queues().pause.cause === 'wrap-up');
    expect(queues().pause.reason).toBe('Nacharbeit');
    await f.until(() => queues().pause.state === 'available', 30_000);
    expect(demo.sim.queueActions().map((action) => action.action)).toEqual(['pause', 'unpause']);
  });
});
