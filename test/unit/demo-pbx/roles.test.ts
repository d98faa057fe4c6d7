import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('roles: who sees whom, who may pick up, where one may sit', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());
  beforeEach(() => t.pbx.sim.reset());

  test('the role list is names; roletype filters it, and a type without roles is 204', async () => {
    const all = await t.json<string[]>('role/');
    expect(all).toEqual(expect.arrayContaining(['default', 'pickup_all', 'Recordings', 'Team Zentrale']));
    expect(all.every((name) => typeof name === 'string')).toBe(true);
    expect(await t.json<string[]>('role/?roletype=xmpp.group')).toEqual([
      'Team Zentrale',
      'Vertrieb',
      'Technik',
    ]);
    expect(await t.json<string[]>('role/?roletype=pickup.group')).toEqual(['pickup_zentrale', 'pickup_all']);
    expect((await t.api('role/?roletype=redirect.choice')).status).toBe(204);
  });

  test('a role in the shape of the reference sample, members as usernames', async () => {
    const role = await t.json<Row>('role/pickup_zentrale');
    expect(role).toEqual({
      '064rol_id': 5,
      '064rol_bez': 'pickup_zentrale',
      '064rol_doc': null,
      '064rol_scope': 'user',
      '064rol_tmstmp': expect.any(String),
      '064rol_all_user': false,
      '064rol_all_device': false,
      '064rol_all_location': false,
      '064rol_all_team': false,
      '064rol_all_switches': false,
      types: ['pickup.group'],
      identities: ['tsander', 'jgeissler', 'kschaefer', 'ameyer'],
    });
    expect((await t.api('role/nichtda')).status).toBe(404);
  });

  test('a location.group role also lists its locations; a name with a space is addressable', async () => {
    expect(await t.json<Row>(`role/${encodeURIComponent('Hotdesk München')}`)).toMatchObject({
      types: ['location.group'],
      identities: expect.arrayContaining(['tsander']),
      locations: ['HomeOffice', 'Empfang', 'Besprechung 2. OG'],
    });
    expect(await t.json<Row>('role/Vertrieb')).not.toHaveProperty('locations');
  });

  test('/_sim/setRoleMembers changes who is in a role, unknown users included', async () => {
    const answer = await t.control('setRoleMembers', {
      role: 'Vertrieb',
      identities: ['tsander', 'niemand'],
    });
    expect(answer.status).toBe(200);
    expect((await t.json<Row>('role/Vertrieb')).identities).toEqual(['tsander', 'niemand']);
    expect((await t.control('setRoleMembers', { role: 'Gibtsnicht', identities: [] })).status).toBe(404);
  });
});
