/**
 * What the team board costs the PBX, counted at the PBX (the real core and the demo PBX on one fake
 * clock): colleagues ride in the agent's own states request while the panel is open, and leave it
 * when the panel closes or its lease runs out.
 */
import { describe, expect, test } from 'vitest';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('team-cost', { waitFor: 'nothing' });

const team = () => session.state().team;
const statesRequests = () =>
  session.requestsSinceMark().filter((request) => request.path === '/services/identity/states');
const keysOf = (request: { query: Record<string, string> }) => (request.query.keys ?? '').split(',');

async function openBoard() {
  const started = await session.start();
  const { fixture } = started;
  await fixture.until(() => team().status === 'ready');
  await session.run('team/watch', { open: true });
  await fixture.until(
    () => team().members.length > 0 && team().members.every((member) => member.line !== null),
  );
  return started;
}

describe('what the board costs the PBX', () => {
  test('opening the panel adds no request per second: the colleagues ride in the agent’s own states request', async () => {
    const { fixture } = await session.start();
    await fixture.until(() => team().status === 'ready');
    await fixture.pump(5000);
    session.mark();
    await fixture.pump(60_000, 100);
    const closed = session.requestsSinceMark();
    expect(
      closed
        .filter((request) => request.path === '/services/identity/states')
        .every((r) => keysOf(r).join() === 'tsander'),
    ).toBe(true);

    await session.run('team/watch', { open: true });
    await fixture.pump(5000);
    session.mark();
    await session.run('team/watch', { open: true });
    await fixture.pump(15_000, 100);
    await session.run('team/watch', { open: true });
    await fixture.pump(15_000, 100);
    await session.run('team/watch', { open: true });
    await fixture.pump(15_000, 100);
    await session.run('team/watch', { open: true });
    await fixture.pump(15_000, 100);
    const open = session.requestsSinceMark();
    const perSecond = (requests: typeof open) =>
      requests.filter((request) => request.path === '/services/identity/states').length / 60;
    expect(perSecond(open)).toBe(perSecond(closed));
    const states = open.filter((request) => request.path === '/services/identity/states');
    expect(states.every((request) => keysOf(request)[0] === 'tsander' && keysOf(request).length === 9)).toBe(
      true,
    );
    // Besides the states, the panel's minute asked what the closed panel's minute asked, nothing more
    // (presence was read at connect and was still fresh when the panel opened).
    const others = (requests: typeof open) =>
      requests
        .filter((request) => request.path !== '/services/identity/states')
        .map((r) => r.path)
        .sort();
    expect(others(open)).toEqual(others(closed));
  });

  test('at connect, panel closed: each person on the board is read once (names, extensions), then nothing of the board’s', async () => {
    const { fixture } = await session.start();
    await fixture.until(() => team().presenceReadAtMs !== null);
    expect(team().members.length).toBe(8);
    expect(team().members.every((member) => member.extension !== null)).toBe(true);
    const userReads = (requests: ReturnType<typeof session.requestsSinceMark>) =>
      requests
        .map((request) => /^\/services\/identity\/([^/]+)\/?$/.exec(request.path)?.[1])
        .filter((name): name is string => name !== undefined && name !== 'states' && name !== 'tsander');
    expect(userReads(session.requestsSinceMark()).sort()).toEqual(
      team()
        .members.map((member) => member.username)
        .sort(),
    );
    session.mark();
    await fixture.pump(10 * 60_000, 1000);
    expect(userReads(session.requestsSinceMark())).toEqual([]);
    expect(statesRequests().every((request) => request.query.keys === 'tsander')).toBe(true);
  }, 60_000);

  test('closing the panel removes the colleagues’ keys at once; a panel that vanished, after its lease', async () => {
    const { fixture } = await openBoard();
    await fixture.pump(2000);
    expect(keysOf(statesRequests().at(-1) ?? { query: {} })).toHaveLength(9);
    await session.run('team/watch', { open: false });
    session.mark();
    await fixture.pump(3000);
    expect(statesRequests().map((request) => request.query.keys)).toEqual(
      expect.arrayContaining(['tsander']),
    );
    expect(statesRequests().every((request) => request.query.keys === 'tsander')).toBe(true);
    expect(team().lines).toBe('paused');
    expect(team().members.every((member) => member.line === null)).toBe(true);

    await session.run('team/watch', { open: true });
    await fixture.pump(2000);
    session.mark();
    await fixture.pump(40_000, 200);
    expect(statesRequests().at(-1)?.query.keys).toBe('tsander');
  });
});
