import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type FakeClock, fakeClock, liveRecords, startTestPbx, stateOf, type TestPbx } from './helpers';

type Row = Record<string, unknown>;
const SOFTPHONE = 'pascom Softphone [Tina Sander]';
const DESK_PHONE = 'Yealink T54W [Tina Sander]';

describe('device actions sent by the app change the simulated calls', () => {
  let t: TestPbx;
  let clock: FakeClock;
  beforeEach(async () => {
    clock = fakeClock();
    t = await startTestPbx({ now: clock.now, internalAnswerDelayMs: 3000 });
  });
  afterEach(() => t.pbx.close());

  test('dial on the default device: recorded, and an internal callee answers after a moment', async () => {
    const response = await t.post('identity/tsander/defaultdevice/action', {
      action: 'dial',
      destination: '230',
      prefix: 'auto',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ response: 'dial commited' });
    expect(t.pbx.sim.deviceActions()).toEqual([
      expect.objectContaining({
        user: 'tsander',
        device: SOFTPHONE,
        viaDefaultDevice: true,
        action: 'dial',
        body: { action: 'dial', destination: '230', prefix: 'auto' },
        status: 200,
      }),
    ]);
    const [dialing] = await liveRecords(t);
    expect(dialing).toMatchObject({
      state: 'RINGING',
      srcUserName: 'tsander',
      srcDeviceName: SOFTPHONE,
      dstUserName: 'ameyer',
      viaDetails: 'action',
    });
    expect(await stateOf(t)).toBe('InUse');
    expect(await stateOf(t, 'ameyer')).toBe('Ringing');

    clock.advance(3000);
    expect((await liveRecords(t))[0]).toMatchObject({
      state: 'BUSY',
      dstDeviceName: 'pascom Softphone [Anna Meyer]',
    });
    expect(await stateOf(t, 'ameyer')).toBe('InUse');
  });

  test('dial on a named device through its percent-encoded path; an external number rings on', async () => {
    const path = `identity/tsander/device/${encodeURIComponent(DESK_PHONE)}/action`;
    expect(
      (await t.post(path, { action: 'dial', destination: '+49 (0)89 1234567', prefix: 'auto' })).status,
    ).toBe(200);
    expect(t.pbx.requests.at(-1)?.path).toBe(`/services/identity/tsander/device/${DESK_PHONE}/action`);
    expect(t.pbx.sim.deviceActions()[0]).toMatchObject({ device: DESK_PHONE, viaDefaultDevice: false });
    clock.advance(60_000);
    const [call] = await liveRecords(t);
    expect(call).toMatchObject({
      state: 'RINGING',
      srcDeviceName: DESK_PHONE,
      dstInternal: false,
      dstNumber: '+49 (0)89 1234567',
      dstName: 'Müller & Söhne GmbH - Lukas Müller',
      ringing: 60,
    });
    expect((await t.post(path, { action: 'hangup' })).status).toBe(200);
    expect((await t.api('cdr/live')).status).toBe(204);
  });

  test('a user without a default device gets 404 from the default-device action, and it is recorded', async () => {
    const response = await t.post('identity/mweber/defaultdevice/action', {
      action: 'dial',
      destination: '221',
      prefix: 'auto',
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as Row).response).toMatch(/no default device/);
    expect(t.pbx.sim.deviceActions()).toEqual([
      expect.objectContaining({ user: 'mweber', device: null, viaDefaultDevice: true, status: 404 }),
    ]);
    expect((await liveRecords(t)).length).toBe(0);
    const named = await t.post(
      `identity/mweber/device/${encodeURIComponent('Snom D785 [Markus Weber]')}/action`,
      {
        action: 'dial',
        destination: '221',
      },
    );
    expect(named.status).toBe(200);
    expect(await stateOf(t)).toBe('Ringing');
  });

  test('bad requests: unknown action, malformed JSON, missing destination, capability missing, unknown device', async () => {
    expect((await t.post('identity/tsander/defaultdevice/action', { action: 'explode' })).status).toBe(400);
    const malformed = await t.api('identity/tsander/defaultdevice/action', {
      method: 'POST',
      body: '{"action": "dial",',
    });
    expect(malformed.status).toBe(400);
    expect((await t.post('identity/tsander/defaultdevice/action', { action: 'dial' })).status).toBe(400);
    const mobile = `identity/tsander/device/${encodeURIComponent('pascom Mobile [Tina Sander]')}/action`;
    expect((await t.post(mobile, { action: 'hold' })).status).toBe(400);
    expect(
      (await t.post('identity/tsander/device/Faxgerät/action', { action: 'dial', destination: '1' })).status,
    ).toBe(404);
    expect(
      (await t.post('identity/nobody/defaultdevice/action', { action: 'dial', destination: '221' })).status,
    ).toBe(404);
  });

  test('actions that need a call answer 409 when there is none', async () => {
    for (const action of ['hangup', 'hold', 'transfer', 'pickup']) {
      const response = await t.post('identity/tsander/defaultdevice/action', { action, destination: '230' });
      expect(response.status, action).toBe(409);
    }
    expect((await t.post('identity/tsander/defaultdevice/action', { action: 'offhook' })).status).toBe(200);
  });

  test('transfer moves the caller to the destination; dtmf is recorded', async () => {
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+49891234567', to: 'tsander' });
    await t.post('identity/tsander/defaultdevice/action', { action: 'offhook' });
    const dtmf = await t.post('identity/tsander/defaultdevice/action', { action: 'dtmf', digits: '12#' });
    expect(dtmf.status).toBe(200);
    expect(
      (await t.post('identity/tsander/defaultdevice/action', { action: 'dtmf', digits: 'abc!' })).status,
    ).toBe(400);
    expect(
      (await t.post('identity/tsander/defaultdevice/action', { action: 'transfer', destination: '202' }))
        .status,
    ).toBe(200);

    expect(await stateOf(t)).toBe('Idle');
    const [moved] = await liveRecords(t);
    expect(moved).toMatchObject({
      via: 'transfer',
      parentId: phonecallId,
      srcNumber: '+49891234567',
      dstUserName: 'jgeissler',
      state: 'RINGING',
    });
    const [original] = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}`);
    expect(original).toMatchObject({ result: 'transfer', resultDetails: 'dst' });
    expect(t.pbx.sim.deviceActions().map((a) => a.action)).toEqual(['offhook', 'dtmf', 'dtmf', 'transfer']);
    clock.advance(3000);
    expect((await liveRecords(t))[0]).toMatchObject({ state: 'BUSY', dstUserName: 'jgeissler' });
  });

  test('the sim can script outbound calls and transfers, like the app would', async () => {
    const { phonecallId } = t.pbx.sim.startOutboundCall({ fromUser: 'jgeissler', to: '221' });
    expect(await stateOf(t)).toBe('Ringing');
    clock.advance(10_000);
    // The demo agent never answers by herself.
    expect(await stateOf(t)).toBe('Ringing');
    t.pbx.sim.answer(phonecallId);
    const moved = t.pbx.sim.transfer(phonecallId, { to: 'Vertrieb Inland' });
    const live = await liveRecords(t);
    expect(live.find((r) => r.phonecallId === moved.phonecallId)).toMatchObject({
      dstName: 'Vertrieb Inland',
      via: 'transfer',
    });
  });
});
