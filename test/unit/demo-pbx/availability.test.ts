import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('availability: profiles, locations, extension switches', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());
  beforeEach(() => t.pbx.sim.reset());

  const activeProfile = async (): Promise<unknown> => (await t.json<Row>('identity/tsander'))['017pro_id'];

  test('profiles: activation by POST and by PUT sets 017pro_id; an unknown profile is 404', async () => {
    const profiles = await t.json<Row[]>('identity/tsander/profile');
    const ids = profiles.map((profile) => profile['017pro_id']);
    expect(ids).toHaveLength(3);
    const [first, second] = ids;
    const post = await t.api(`identity/tsander/profile/${second}/activate`, { method: 'POST' });
    expect(post.status).toBe(200);
    expect(await post.text()).toBe('');
    expect(await activeProfile()).toBe(second);
    expect((await t.api(`identity/tsander/profile/${first}/activate`, { method: 'PUT' })).status).toBe(200);
    expect(await activeProfile()).toBe(first);
    expect((await t.api('identity/tsander/profile/999/activate', { method: 'POST' })).status).toBe(404);
  });

  test('/_sim/refuseProfileActivation makes one method 405 (Allow names the other), until cleared', async () => {
    const [, second] = (await t.json<Row[]>('identity/tsander/profile')).map((p) => p['017pro_id']);
    await t.control('refuseProfileActivation', { method: 'POST' });
    const refused = await t.api(`identity/tsander/profile/${second}/activate`, { method: 'POST' });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('PUT');
    expect(await activeProfile()).not.toBe(second);
    expect((await t.api(`identity/tsander/profile/${second}/activate`, { method: 'PUT' })).status).toBe(200);
    await t.control('refuseProfileActivation', { method: null });
    expect((await t.api(`identity/tsander/profile/${second}/activate`, { method: 'POST' })).status).toBe(200);
  });

  test('locations: the dynamic ones with who is at each, in the reference sample’s shape', async () => {
    const rows = await t.json<Row[]>('location/');
    expect(rows.map((row) => row['012loc_bez'])).toEqual([
      'HomeOffice',
      'Empfang',
      'Besprechung 2. OG',
      'Hotdesk Berlin',
    ]);
    expect(rows[0]).toMatchObject({
      '012loc_id': 21,
      '012loc_static': false,
      '003use_name': 'aturitzo',
      '003use_bez': 'Adrian Turitzo',
      '003use_id': expect.any(Number),
    });
    expect(rows[1]).toMatchObject({ '003use_name': null, '011acc_id': null });
  });

  test('relocate moves the user (and takes the desk over); logout frees it; by name, id or extension', async () => {
    const where = async (user: string) =>
      (await t.control<Row>('availability', { username: user })).body.location;
    let answer = await t.post('location/HomeOffice', { action: 'relocate', username: 'tsander' });
    expect(answer.status).toBe(200);
    expect(await where('tsander')).toBe('HomeOffice');
    expect(await where('aturitzo')).toBeNull();
    answer = await t.post('location/22', { action: 'relocate', extension: '221' });
    expect(await where('tsander')).toBe('Empfang');
    const rows = await t.json<Row[]>('location/');
    expect(rows.find((row) => row['012loc_bez'] === 'HomeOffice')?.['003use_name']).toBeNull();
    answer = await t.post(`location/${encodeURIComponent('Besprechung 2. OG')}`, {
      action: 'logout',
      username: 'tsander',
    });
    expect(answer.status).toBe(409);
    expect((await t.post('location/Empfang', { action: 'logout', username: 'tsander' })).status).toBe(200);
    expect(await where('tsander')).toBeNull();
  });

  test('location requests the PBX refuses: unknown location or user, missing action or user', async () => {
    expect((await t.post('location/Mond', { action: 'relocate', username: 'tsander' })).status).toBe(404);
    expect((await t.post('location/Empfang', { action: 'relocate', username: 'niemand' })).status).toBe(404);
    expect((await t.post('location/Empfang', { action: 'teleport', username: 'tsander' })).status).toBe(400);
    expect((await t.post('location/Empfang', { action: 'relocate' })).status).toBe(400);
  });

  test('switches: the list and one switch (a list of one), in the sample’s shape', async () => {
    const all = await t.json<Row[]>('condition/switch');
    expect(all).toContainEqual({
      '038con_id': 44,
      '038con_bez': 'AfterHours',
      '039swi_state': false,
      '009ext_extension': '503',
    });
    expect(await t.json<Row[]>('condition/switch/501')).toEqual([
      { '038con_id': 42, '038con_bez': 'Mittagsschaltung', '039swi_state': true, '009ext_extension': '501' },
    ]);
    expect((await t.api('condition/switch/599')).status).toBe(404);
  });

  test('POST with the documented body changes the state; the PBX checks the body and the user', async () => {
    const tina = (await t.json<Row>('identity/tsander'))['003use_id'];
    const on = await t.post('condition/switch/500', { '039swi_state': true, '003use_id': tina });
    expect(on.status).toBe(200);
    expect(await on.json()).toEqual([
      expect.objectContaining({ '009ext_extension': '500', '039swi_state': true }),
    ]);
    expect((await t.json<Row[]>('condition/switch/500'))[0]?.['039swi_state']).toBe(true);
    expect(
      (await t.post('condition/switch/500', { '039swi_state': 'vielleicht', '003use_id': tina })).status,
    ).toBe(400);
    expect((await t.post('condition/switch/500', { '039swi_state': false })).status).toBe(400);
    expect(
      (await t.post('condition/switch/500', { '039swi_state': false, '003use_id': 99_999 })).status,
    ).toBe(403);
    expect((await t.json<Row[]>('condition/switch/500'))[0]?.['039swi_state']).toBe(true);
  });

  test('/_sim/refuseSwitch makes the PBX refuse one switch and keep its state', async () => {
    const tina = (await t.json<Row>('identity/tsander'))['003use_id'];
    expect((await t.control('refuseSwitch', { extension: '503', status: 403 })).status).toBe(200);
    expect((await t.post('condition/switch/503', { '039swi_state': true, '003use_id': tina })).status).toBe(
      403,
    );
    expect((await t.post('condition/switch/502', { '039swi_state': true, '003use_id': tina })).status).toBe(
      200,
    );
    expect((await t.control<Row[]>('switches')).body).toContainEqual({
      extension: '503',
      name: 'AfterHours',
      on: false,
    });
    await t.control('refuseSwitch', { extension: '503', status: null });
    expect((await t.post('condition/switch/503', { '039swi_state': true, '003use_id': tina })).status).toBe(
      200,
    );
  });
});
