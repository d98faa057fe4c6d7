import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;
const SOFTPHONE = 'pascom Softphone [Tina Sander]';

describe('identity: users, states, devices and profiles', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());

  test('lists about ten users with the documented field names', async () => {
    const users = await t.json<Row[]>('identity/');
    expect(users.length).toBeGreaterThanOrEqual(10);
    const tina = users.find((u) => u['003use_name'] === 'tsander');
    expect(tina).toMatchObject({
      '003use_bez': 'Tina Sander',
      '009ext_extension': '221',
      '016voi_mailbox': '221',
    });
    expect(typeof tina?.['003use_id']).toBe('number');
    expect(tina?.['003use_doc']).toBeNull();
    expect(users.map((u) => u['003use_bez'])).toEqual(
      expect.arrayContaining(['Jenny Geißler', "Seán O'Connor", 'Heike Voß']),
    );
  });

  test('a user by name, with and without trailing slash; unknown users are 404', async () => {
    expect(await t.json<Row>('identity/tsander')).toMatchObject({
      '003use_name': 'tsander',
      '017pro_id': expect.any(Number),
    });
    expect((await t.api('identity/tsander/')).status).toBe(200);
    expect((await t.api('identity/nobody')).status).toBe(404);
  });

  test('states for a comma-separated list (keys= or key=), unknown names left out', async () => {
    const states = await t.json<Row>('identity/states?keys=tsander, mweber,nobody');
    expect(states).toEqual({
      tsander: { state: 'Idle', '003use_bez': 'Tina Sander' },
      mweber: { state: 'Unavailable', '003use_bez': 'Markus Weber' },
    });
    expect(await t.json<Row>('identity/states?key=tsander')).toHaveProperty('tsander');
    expect((await t.api('identity/states?keys=nobody')).status).toBe(204);
  });

  test('devices of a user are an object keyed by device name, each with capabilities', async () => {
    const devices = await t.json<Record<string, Row>>('identity/tsander/device');
    expect(Object.keys(devices)).toEqual([
      SOFTPHONE,
      'Yealink T54W [Tina Sander]',
      'pascom Mobile [Tina Sander]',
    ]);
    expect(devices[SOFTPHONE]).toMatchObject({
      '010dev_bez': SOFTPHONE,
      '010012devloc_intdelay': '0',
      capabilities: ['dial', 'hangup', 'offhook', 'transfer', 'hold', 'enable', 'conference', 'mute', 'dtmf'],
    });
    expect(devices['pascom Mobile [Tina Sander]']?.capabilities).toEqual(['dial', 'hangup']);
  });

  test('one device by its percent-encoded name; the reference sample without spaces also resolves', async () => {
    const device = await t.json<Row>(`identity/tsander/device/${encodeURIComponent(SOFTPHONE)}`);
    expect(device['010dev_bez']).toBe(SOFTPHONE);
    expect((await t.api('identity/tsander/device/pascomSoftphone%5BTina%20Sander%5D')).status).toBe(200);
    expect((await t.api('identity/tsander/device/Fax')).status).toBe(404);
  });

  test('the default device, and 204 for a user without one (mweber)', async () => {
    const device = await t.json<Row>('identity/tsander/defaultdevice');
    expect(device).toMatchObject({ '010dev_bez': SOFTPHONE, peerInfo: expect.any(Object) });
    expect((await t.api('identity/jgeissler/defaultdevice').then((r) => r.json())) as Row).toMatchObject({
      '010dev_bez': 'Yealink T46U [Jenny Geißler]',
    });
    expect((await t.api('identity/mweber/defaultdevice')).status).toBe(204);
    expect(Object.keys(await t.json<Row>('identity/mweber/device')).length).toBeGreaterThan(0);
  });

  test('profiles newest first, and activating one sets 017pro_id (PUT or POST)', async () => {
    const profiles = await t.json<Row[]>('identity/tsander/profile');
    expect(profiles.map((p) => p['017pro_bez'])).toEqual(
      expect.arrayContaining(['Im Büro', 'Homeoffice', 'Abwesend']),
    );
    const timestamps = profiles.map((p) => String(p['017pro_tmstmp']));
    expect(timestamps).toEqual([...timestamps].sort().reverse());
    const homeoffice = profiles.find((p) => p['017pro_bez'] === 'Homeoffice');
    const put = await t.api(`identity/tsander/profile/${String(homeoffice?.['017pro_id'])}/activate`, {
      method: 'PUT',
    });
    expect(put.status).toBe(200);
    expect((await t.json<Row>('identity/tsander'))['017pro_id']).toBe(homeoffice?.['017pro_id']);
    const post = await t.api(`identity/tsander/profile/99999/activate`, { method: 'POST' });
    expect(post.status).toBe(404);
  });

  test('recording actions on the user need a connected call', async () => {
    const none = await t.post('identity/tsander/action', { action: 'ToggleRecording' });
    expect(none.status).toBe(409);
    const unknown = await t.post('identity/tsander/action', { action: 'Dance' });
    expect(unknown.status).toBe(400);
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+49891234567', to: 'tsander' });
    t.pbx.sim.answer(phonecallId);
    const started = await t.post('identity/tsander/action', {
      action: 'StartRecording',
      deviceName: SOFTPHONE,
    });
    expect(started.status).toBe(200);
    expect(await started.json()).toMatchObject({ response: 'StartRecording commited' });
    t.pbx.sim.hangup(phonecallId);
    const history = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}`);
    expect(history[0]?.recordId).not.toBe('');
    expect(t.pbx.sim.userActions().map((a) => [a.action, a.status])).toEqual([
      ['ToggleRecording', 409],
      ['Dance', 400],
      ['StartRecording', 200],
    ]);
  });
});
