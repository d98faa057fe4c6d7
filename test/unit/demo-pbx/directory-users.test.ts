import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeClock, startTestPbx, type TestPbx, waitFor } from './helpers';

type Row = Record<string, unknown>;

async function userRow(t: TestPbx, name: string): Promise<Row | undefined> {
  return (await t.json<Row[]>('identity/')).find((user) => user['003use_name'] === name);
}

describe('colleagues: presence, status text, users deleted or renamed mid-session', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());
  beforeEach(() => t.pbx.sim.reset());

  test('users carry presence and status text; a user who never set one has null, as in the samples', async () => {
    expect(await userRow(t, 'kschaefer')).toMatchObject({
      '003use_state': 'USER_AWAY',
      '003use_statusText': 'Mittagspause bis 13 Uhr',
    });
    expect(await userRow(t, 'tsander')).toMatchObject({ '003use_state': 'USER_AVAILABLE' });
    expect(await userRow(t, 'mweber')).toMatchObject({ '003use_state': null, '003use_statusText': null });
  });

  test('/_sim/setPresence sets any word (or null) and the status text', async () => {
    await t.control('setPresence', { username: 'agrassl', state: 'USER_BUSY', statusText: 'Im Meeting' });
    expect(await t.json<Row>('identity/agrassl')).toMatchObject({
      '003use_state': 'USER_BUSY',
      '003use_statusText': 'Im Meeting',
    });
    await t.control('setPresence', { username: 'agrassl', state: 'USER_ON_MARS' });
    expect(await t.json<Row>('identity/agrassl')).toMatchObject({
      '003use_state': 'USER_ON_MARS',
      '003use_statusText': 'Im Meeting',
    });
    expect((await t.control('setPresence', { username: 'niemand', state: null })).status).toBe(404);
  });

  test("a colleague's line rings, is busy or on hold", async () => {
    const { body } = await t.control<{ phonecallId: number }>('startInboundCall', {
      from: '+4930123',
      to: 'ameyer',
    });
    expect((await t.json<Row>('identity/states?keys=tsander,ameyer')).ameyer).toMatchObject({
      state: 'Ringing',
    });
    await t.control('answer', { phonecallId: body.phonecallId });
    expect((await t.json<Row>('identity/states?keys=ameyer')).ameyer).toMatchObject({ state: 'InUse' });
    await t.control('setUserState', { username: 'ameyer', state: 'OnHold' });
    expect((await t.json<Row>('identity/states?keys=ameyer')).ameyer).toMatchObject({ state: 'OnHold' });
  });

  test('a deleted user is gone from the users, the states, roles, queues and locations', async () => {
    expect((await t.control('deleteUser', { username: 'aturitzo' })).status).toBe(200);
    expect(await userRow(t, 'aturitzo')).toBeUndefined();
    expect((await t.api('identity/aturitzo')).status).toBe(404);
    expect(await t.json<Row>('identity/states?keys=tsander,aturitzo')).not.toHaveProperty('aturitzo');
    expect((await t.json<Row>('role/Vertrieb')).identities).not.toContain('aturitzo');
    const locations = await t.json<Row[]>('location/');
    expect(locations.find((row) => row['012loc_bez'] === 'HomeOffice')).toMatchObject({
      '003use_name': null,
    });
  });

  test('the agent and a colleague in a call cannot be deleted', async () => {
    expect((await t.control('deleteUser', { username: 'tsander' })).status).toBe(400);
    await t.control('startInboundCall', { from: '+4930123', to: 'ameyer' });
    expect((await t.control('deleteUser', { username: 'ameyer' })).status).toBe(409);
    expect(await userRow(t, 'ameyer')).toBeDefined();
  });

  test('a renamed user answers under the new name everywhere; the old name is unknown', async () => {
    await t.control('renameUser', {
      username: 'jgeissler',
      newUsername: 'jschmidt',
      displayName: 'Jenny Schmidt',
    });
    expect(await t.json<Row>('identity/jschmidt')).toMatchObject({ '003use_bez': 'Jenny Schmidt' });
    expect((await t.api('identity/jgeissler')).status).toBe(404);
    expect((await t.json<Row>('role/pickup_zentrale')).identities).toContain('jschmidt');
    expect(await t.json<Row>('identity/states?keys=jschmidt')).toHaveProperty('jschmidt');
    expect((await t.control('renameUser', { username: 'jschmidt', newUsername: 'ameyer' })).status).toBe(409);
    expect((await t.control('renameUser', { username: 'tsander', newUsername: 'tina' })).status).toBe(400);
  });
});

describe('lively mode moves colleagues’ presence, never the agent’s', () => {
  let t: TestPbx | undefined;
  afterAll(() => t?.pbx.close());

  test('over a simulated hour several colleagues change presence', async () => {
    const clock = fakeClock();
    t = await startTestPbx({ now: clock.now, lively: { meanIntervalMs: 60_000 } });
    const pbx = t;
    const before = await pbx.json<Row[]>('identity/');
    const presence = (rows: Row[]) => rows.map((row) => `${row['003use_state']}|${row['003use_statusText']}`);
    // Each tick of the PBX (every 100 ms) changes at most one colleague; 12 ticks, 5 minutes apart.
    for (let step = 0; step < 12; step++) {
      clock.advance(5 * 60_000);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    const after = await waitFor(async () => {
      const rows = await pbx.json<Row[]>('identity/');
      const changed = presence(rows).filter((value, index) => value !== presence(before)[index]).length;
      return changed >= 3 ? rows : undefined;
    });
    const agentBefore = before.find((row) => row['003use_name'] === 'tsander');
    const agentAfter = after.find((row) => row['003use_name'] === 'tsander');
    expect(agentAfter?.['003use_state']).toBe(agentBefore?.['003use_state']);
  });
});
