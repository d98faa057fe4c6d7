/**
 * What the call loop asks a busy PBX (the demo PBX with calls of other users going on), per phase
 * of the agent's day: idle, ringing, talking. The whole live list is large on such a PBX, so these
 * tests fail when its skip breaks (e.g. the live list read on every tick again).
 */
import { describe, expect, test } from 'vitest';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('live-polling-test');
const { state } = session;

const isLive = (path: string) => path.startsWith('/services/cdr/live');
const isStates = (path: string) => path.startsWith('/services/identity/states');

describe('the live list on a busy PBX', () => {
  test('idle: the agent own state every 750 ms and no live list, however many calls others have', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.addBackgroundCalls(20);
    await fixture.pump(5000, 250);
    session.mark();
    await fixture.pump(60_000, 250);
    const requests = session.requestsSinceMark();
    expect(requests.filter((r) => isLive(r.path))).toEqual([]);
    // A fixed rate: 60 s / 750 ms, not stretched by the round trips.
    expect(requests.filter((r) => isStates(r.path)).length).toBe(80);
  });

  test('ringing: the live list on every tick, sent beside the states request', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.addBackgroundCalls(20);
    await fixture.pump(5000, 250);
    pbx.sim.startInboundCall({ from: '+4930555777', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    session.mark();
    await fixture.pump(7500, 250);
    const requests = session.requestsSinceMark();
    const states = requests.filter((r) => isStates(r.path));
    const live = requests.filter((r) => isLive(r.path));
    expect(states.length).toBe(10);
    expect(live.length).toBe(10);
    // Each pair asked at the same moment: one round trip per tick, not two in a row.
    expect(live.map((r) => r.atMs)).toEqual(states.map((r) => r.atMs));
  });

  test('talking: the live list every 5 s and at once when the hint changes (hold, a second call, the end)', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.addBackgroundCalls(20);
    await fixture.pump(5000, 250);
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555777', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    pbx.sim.answer(phonecallId);
    await fixture.until(() => state().calls.live[0]?.phase === 'connected');
    await fixture.pump(1000, 250);
    session.mark();
    await fixture.pump(60_000, 250);
    const live = session.requestsSinceMark().filter((r) => isLive(r.path));
    expect(live.length).toBeGreaterThanOrEqual(11);
    expect(live.length).toBeLessThanOrEqual(13);

    // A second call rings while talking (InUse&Ringing): its popup within one states poll.
    session.mark();
    const startedAt = fixture.clock.now();
    pbx.sim.startInboundCall({ from: '+4930555888', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 2);
    expect(
      fixture.clock.now() - startedAt,
      session
        .requestsSinceMark()
        .map((r) => `${r.atMs - startedAt} ${r.path}`)
        .join('\n'),
    ).toBeLessThanOrEqual(1000);

    // The end shows at once too.
    pbx.sim.hangup(phonecallId);
    const hungUpAt = fixture.clock.now();
    await fixture.until(() => !state().calls.live.some((call) => call.phase === 'connected'));
    expect(fixture.clock.now() - hungUpAt).toBeLessThanOrEqual(1000);
  });

  test('after the call: back to no live list while idle', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.addBackgroundCalls(20);
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555777', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    pbx.sim.hangup(phonecallId);
    await fixture.until(() => state().calls.live.length === 0);
    await fixture.pump(2000, 250);
    session.mark();
    await fixture.pump(30_000, 250);
    expect(session.requestsSinceMark().filter((r) => isLive(r.path))).toEqual([]);
  });
});
