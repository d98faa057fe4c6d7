/**
 * Acting from the team board against the demo PBX over real HTTP: calling and transferring by
 * extension through the dial feature's commands, favourites from a search over the whole PBX, and
 * a PBX that changes under the board (users deleted or renamed, bad answers, no states endpoint).
 */
import { describe, expect, test } from 'vitest';
import type { TeamMemberView } from '../../electron/shared/features/team';
import { useDemoSession, value } from '../harness/demo-session';

const session = useDemoSession('team-actions', { waitFor: 'device' });

const team = () => session.state().team;
const row = (username: string): TeamMemberView | undefined =>
  team().members.find((member) => member.username === username);

async function openBoard(options: Parameters<typeof session.start>[0] = {}) {
  const started = await session.start(options);
  const { fixture } = started;
  await fixture.until(() => team().status === 'ready');
  await session.run('team/watch', { open: true });
  await fixture.until(
    () => team().members.length > 0 && team().members.every((member) => member.line !== null),
  );
  session.mark();
  return started;
}

describe('call and transfer', () => {
  test("calling a colleague dials their extension on the agent's default device, as the dial box would", async () => {
    await openBoard();
    expect(value(await session.run('team/call', { username: 'ameyer' }))).toEqual({ extension: '230' });
    expect(session.actions().map((action) => [action.viaDefaultDevice, action.body])).toEqual([
      [true, { action: 'dial', destination: '230', prefix: 'auto' }],
    ]);
    expect(session.state().dial.lastAttempt).toMatchObject({ status: 'dialing', destination: '230' });
  });

  test("transferring the agent's call sends the documented transfer body with the colleague's extension", async () => {
    const { pbx, fixture } = await openBoard();
    const refused = await session.run('team/transfer', { username: 'agrassl' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'unavailable', detail: 'team-no-call' } });
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
    pbx.sim.answer(phonecallId, { by: 'tsander' });
    await fixture.until(() => session.state().calls.live.some((call) => call.phase === 'connected'));
    session.mark();
    expect(value(await session.run('team/transfer', { username: 'agrassl' }))).toEqual({
      destination: '201',
    });
    expect(session.actions()).toMatchObject([
      {
        user: 'tsander',
        viaDefaultDevice: true,
        body: { action: 'transfer', destination: '201' },
        status: 200,
      },
    ]);
  });

  test('a username the app does not know is refused without a request', async () => {
    await openBoard();
    const result = await session.run('team/call', { username: '../identity' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found', detail: 'team-no-such-user' } });
    expect(
      session.requestsSinceMark().filter((request) => !request.path.endsWith('/identity/states')),
    ).toEqual([]);
  });
});

describe('favourites', () => {
  test('found by a search over the whole PBX, added at the end, moved, and first on the board', async () => {
    await openBoard();
    const hits = value(await session.run('team/search', { query: 'voss' }));
    expect(hits).toEqual([
      expect.objectContaining({ username: 'hvoss', extension: '231', favourite: false, onBoard: false }),
    ]);
    // Typing on: the list read a moment ago answers, no request per key.
    const before = session
      .requestsSinceMark()
      .filter((request) => request.path === '/services/identity/').length;
    value(await session.run('team/search', { query: 'vos' }));
    expect(
      session.requestsSinceMark().filter((request) => request.path === '/services/identity/'),
    ).toHaveLength(before);
    value(await session.run('team/favourite', { username: 'hvoss', favourite: true }));
    value(await session.run('team/favourite', { username: 'ameyer', favourite: true }));
    value(await session.run('team/move-favourite', { username: 'ameyer', index: 0 }));
    expect(
      team()
        .members.slice(0, 2)
        .map((member) => [member.username, member.favourite]),
    ).toEqual([
      ['ameyer', true],
      ['hvoss', true],
    ]);
    expect(session.fixture.settingsFile.read()).toMatchObject({
      document: { team: { favourites: [{ username: 'ameyer' }, { username: 'hvoss', extension: '231' }] } },
    });
  });
});

describe('a PBX that changes under the board', () => {
  test('a favourite deleted on the PBX stays greyed as not found; a role member deleted leaves; a renamed favourite follows', async () => {
    const { pbx, fixture } = await openBoard();
    for (const username of ['hvoss', 'jgeissler']) {
      value(await session.run('team/search', { query: username }));
      value(await session.run('team/favourite', { username, favourite: true }));
    }
    pbx.sim.directory.deleteUser('hvoss');
    pbx.sim.directory.deleteUser('jbaeumer');
    pbx.sim.directory.renameUser('jgeissler', { newUsername: 'jschmidt', displayName: 'Julia Schmidt' });
    // The panel opens again after a while: presence is read, the missing are noticed.
    await session.run('team/watch', { open: false });
    await fixture.pump(61_000, 500);
    await session.run('team/watch', { open: true });
    await fixture.until(() => row('hvoss')?.found === false && row('jschmidt') !== undefined, 60_000);
    expect(row('hvoss')).toMatchObject({ favourite: true, found: false, line: null });
    expect(row('jschmidt')).toMatchObject({ favourite: true, name: 'Julia Schmidt', found: true });
    expect(row('jgeissler')).toBeUndefined();
    expect(team().settings.favourites.map((person) => person.username)).toEqual(['hvoss', 'jschmidt']);
    // The role still lists jbaeumer until the roles are read again; the PBX no longer knows him.
    await fixture.until(() => row('jbaeumer') === undefined, 60_000);
    const refused = await session.run('team/call', { username: 'hvoss' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'not-found', detail: 'team-not-on-pbx' } });
  });

  test('a hostile PBX: unknown hints and a colleague left out of the answer show as unknown, hostile names as they are', async () => {
    const { fixture } = await openBoard({ pbx: { hostile: true } });
    await fixture.until(() => team().presenceReadAtMs !== null, 60_000);
    expect(row('jbaeumer')?.line?.conditions).toEqual([]);
    const planted = team().members.filter((member) => !/^[a-z]+$/.test(member.username));
    expect(planted.length).toBeGreaterThan(0);
    expect(planted.every((member) => member.line === null || member.line.conditions.length === 0)).toBe(true);
    expect(team().members.map((member) => member.name)).toContain(
      '<img src=x onerror=alert(1)><b>Hacker</b>',
    );
    // Presence null (as in several of the reference's samples) or a word no pascom prints is unknown;
    // a status text that is no text is none; a script as status text stays text.
    expect(row('hostile.html')).toMatchObject({
      presence: 'unknown',
      statusText: '<script>alert("status")</script>',
    });
    expect(row('hostile.rtl')?.presence).toBe('unknown');
    expect(row('hostile.emoji')).toMatchObject({ presence: 'busy', statusText: null });
    // A role member with no user behind it leaves the board once the PBX says it does not know them.
    expect(row('ghost.user')).toBeUndefined();
    expect(row('ameyer')?.line?.conditions).toEqual(['idle']);
    expect(session.state().connection.status).toBe('online');
  });

  test('a PBX without the states endpoint: the board says line states are not reported, presence still shows', async () => {
    const { pbx, fixture } = await openBoard();
    pbx.sim.injectFault({ kind: 'status', status: 204, pathPrefix: '/identity/states' });
    await fixture.until(() => team().lines === 'unsupported' && team().presenceReadAtMs !== null);
    expect(row('kschaefer')?.presence).toBe('away');
  });
});
