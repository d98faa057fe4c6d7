/**
 * The team board with the real core against the demo PBX over real HTTP (the core's timers and the
 * PBX on one fake clock): who is on the board, what a colleague's line shows and how fast, and
 * what the board costs the PBX, counted at the PBX.
 */
import { describe, expect, test } from 'vitest';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import { currentSettingsVersion } from '../../electron/core/settings/schema';
import { ROLES_INTERVAL_MS } from '../../electron/core/team/team-sync';
import type { TeamMemberView } from '../../electron/shared/features/team';
import { useDemoSession, value } from '../harness/demo-session';

const session = useDemoSession('team-2026', { waitFor: 'nothing' });

const team = () => session.state().team;
const row = (username: string): TeamMemberView | undefined =>
  team().members.find((member) => member.username === username);

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

describe('who is on the board', () => {
  test("the members of the agent's xmpp.group roles, by name, without the agent or a role the agent is not in", async () => {
    await openBoard();
    expect(team().scope).toEqual({ roles: ['Team Zentrale', 'Vertrieb'], reason: null });
    const usernames = team().members.map((member) => member.username);
    expect(usernames.sort()).toEqual(
      ['agrassl', 'ameyer', 'aturitzo', 'fkrueger', 'jbaeumer', 'jgeissler', 'kschaefer', 'soconnor'].sort(),
    );
    const names = team().members.map((member) => member.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
  });

  test('roles the API user may not read: favourites only, with the reason, and the session goes on', async () => {
    const settingsFile = new MemorySettingsFile({
      version: currentSettingsVersion,
      team: { favourites: [{ username: 'hvoss', name: 'Hanna Voss', extension: '230', userId: null }] },
    });
    const { pbx, fixture } = await session.start({ fixture: { settingsFile }, connect: false });
    pbx.sim.injectFault({ kind: 'status', status: 403, pathPrefix: '/role' });
    await session.connectAndWait();
    await fixture.until(() => team().status === 'ready');
    expect(team().scope).toEqual({ roles: [], reason: 'roles-forbidden' });
    expect(team().members.map((member) => member.username)).toEqual(['hvoss']);
    // A 403 on the roles is no refused login: the agent's own polls go on.
    await fixture.pump(5000);
    expect(session.state().connection.status).toBe('online');
  });

  test('roles that change on the PBX show at the next 30-minute read: one member added, one removed, the agent taken out', async () => {
    const { pbx, fixture } = await openBoard();
    pbx.sim.directory.setRoleMembers('Team Zentrale', ['tsander', 'agrassl', 'kschaefer', 'hvoss']);
    await fixture.pump(60_000, 1000);
    // Not before the next look: roles are read at connect and every 30 minutes.
    expect(row('hvoss')).toBeUndefined();
    expect(row('ameyer')).toBeDefined();
    await fixture.pump(ROLES_INTERVAL_MS, 10_000);
    await fixture.until(() => row('hvoss') !== undefined);
    expect(row('ameyer')).toBeUndefined();
    expect(row('kschaefer')).toBeDefined();
    // The agent leaves Vertrieb: a role without the agent adds nobody, so aturitzo leaves too.
    pbx.sim.directory.setRoleMembers('Vertrieb', ['aturitzo', 'soconnor']);
    await fixture.pump(ROLES_INTERVAL_MS, 10_000);
    await fixture.until(() => row('aturitzo') === undefined);
    expect(team().scope.roles).toEqual(['Team Zentrale']);
    expect(
      team()
        .members.map((member) => member.username)
        .sort(),
    ).toEqual(['agrassl', 'hvoss', 'kschaefer']);
  }, 120_000);

  test('a hidden colleague leaves the board; shown again, comes back', async () => {
    await openBoard();
    value(await session.run('team/hide', { username: 'ameyer', hidden: true }));
    expect(row('ameyer')).toBeUndefined();
    expect(team().settings.hidden.map((person) => person.username)).toEqual(['ameyer']);
    value(await session.run('team/hide', { username: 'ameyer', hidden: false }));
    expect(row('ameyer')).toBeDefined();
  });
});

describe("a colleague's line", () => {
  test('a call to a colleague shows their row ringing within one poll, and in a call once answered', async () => {
    const { pbx, fixture } = await openBoard();
    expect(row('ameyer')?.line?.conditions).toEqual(['idle']);
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930123456', to: 'ameyer' });
    const waited = await fixture.until(() => row('ameyer')?.line?.conditions.includes('ringing') === true);
    expect(waited).toBeLessThanOrEqual(session.state().settings.presencePollIntervalMs);
    pbx.sim.answer(phonecallId);
    await fixture.until(() => row('ameyer')?.line?.conditions.join() === 'inUse');
    // Seen changing (not "already so"), and dated to the poll that saw it.
    expect(row('ameyer')?.line?.sawChange).toBe(true);
    expect(fixture.clock.now() - (row('ameyer')?.line?.sinceMs ?? 0)).toBeLessThanOrEqual(1000);
    pbx.sim.setUserState('jgeissler', 'InUse&Ringing');
    await fixture.until(() => row('jgeissler')?.line?.conditions.join() === 'inUse,ringing');
  });

  test('presence and status text come with the board; a change shows at the next refresh while open', async () => {
    const { pbx, fixture } = await openBoard();
    await fixture.until(() => team().presenceReadAtMs !== null);
    expect(row('kschaefer')).toMatchObject({ presence: 'away', statusText: 'Mittagspause bis 13 Uhr' });
    pbx.sim.directory.setPresence('agrassl', 'USER_BUSY', 'Im Meeting');
    for (let quarter = 0; quarter < 24; quarter++) {
      await session.run('team/watch', { open: true });
      await fixture.pump(15_000, 500);
      if (row('agrassl')?.presence === 'busy') break;
    }
    expect(row('agrassl')).toMatchObject({ presence: 'busy', statusText: 'Im Meeting' });
  });
});
