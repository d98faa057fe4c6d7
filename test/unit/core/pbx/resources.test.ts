/**
 * Identity and cdr methods send the documented requests and read the answers, checked on the
 * server side of a real HTTP exchange with a scripted PBX (the demo PBX is tested in integration).
 */
import { describe, expect, test } from 'vitest';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import { sample, useScriptedApi } from './scripted-api';

const scripted = useScriptedApi();
const { answer, only } = scripted;

describe('identity', () => {
  test('getUser asks /identity/<name>; an unknown user is null whether the PBX says 204 or 404', async () => {
    answer({ status: 200, body: sample('identity-user.json') });
    expect((await scripted.api.identity.getUser('tsander'))?.displayName).toBe('Tina Sander');
    expect(only().rawPath).toBe('/acme/services/identity/tsander');
    answer({ status: 204 });
    expect(await scripted.api.identity.getUser('nobody')).toBeNull();
    answer({ status: 404, body: { message: 'unknown user' } });
    expect(await scripted.api.identity.getUser('nobody')).toBeNull();
  });

  test('listUsers asks the collection root', async () => {
    answer({ status: 200, body: [sample('identity-user.json'), sample('identity-users.json')] });
    expect((await scripted.api.identity.listUsers()).map((user) => user.username)).toEqual([
      'tsander',
      'agrassl',
    ]);
    expect(only().rawPath).toBe('/acme/services/identity/');
  });

  test('getStates sends keys=a,b; 204 (older PBX) is null; no usernames sends nothing', async () => {
    answer({
      status: 200,
      body: { tsander: { state: 'InUse&Ringing', '003use_bez': 'Tina Sander' }, mweber: [] },
    });
    await expect(scripted.api.identity.getStates(['tsander', 'mweber'])).resolves.toEqual({
      tsander: { state: 'InUse&Ringing', displayName: 'Tina Sander' },
      mweber: { state: 'Unknown', displayName: null },
    });
    expect(only()).toMatchObject({
      rawPath: '/acme/services/identity/states',
      query: { keys: 'tsander,mweber' },
    });
    answer({ status: 204 });
    await expect(scripted.api.identity.getStates(['tsander'])).resolves.toBeNull();
    scripted.pbx.requests.length = 0;
    await expect(scripted.api.identity.getStates([])).resolves.toEqual({});
    expect(scripted.pbx.requests).toHaveLength(0);
  });

  test.each([
    ['204', { status: 204 }],
    ['404', { status: 404 }],
    ['{}', { status: 200, body: {} }],
    ['[]', { status: 200, body: [] }],
  ])('no default device: %s -> null', async (_label, reply) => {
    answer(reply);
    await expect(scripted.api.identity.getDefaultDevice('mweber')).resolves.toBeNull();
    expect(only().rawPath).toBe('/acme/services/identity/mweber/defaultdevice');
  });

  test("listDevices reads the map keyed by device name; PHP's [] is none", async () => {
    answer({ status: 200, body: sample('identity-devices.json') });
    expect((await scripted.api.identity.listDevices('tsander')).map((device) => device.name)).toEqual([
      'pascom Softphone [Tina Sander]',
    ]);
    answer({ status: 200, body: [] });
    await expect(scripted.api.identity.listDevices('mweber')).resolves.toEqual([]);
  });

  test('deviceAction on the default device posts the documented body and returns the answer', async () => {
    answer({ status: 200, body: { response: 'dial commited' } });
    await expect(
      scripted.api.identity.deviceAction('tsander', 'default', {
        action: 'dial',
        destination: '+49 89 1234567',
      }),
    ).resolves.toBe('dial commited');
    const seen = only();
    expect(seen.rawPath).toBe('/acme/services/identity/tsander/defaultdevice/action');
    expect(JSON.parse(seen.body)).toEqual({ action: 'dial', destination: '+49 89 1234567', prefix: 'auto' });
  });

  test('hangup carries no destination and no prefix; a plain-text answer is read too', async () => {
    answer({ status: 200, body: 'hangup commited', headers: { 'content-type': 'text/plain' } });
    await expect(
      scripted.api.identity.deviceAction('tsander', 'default', { action: 'hangup' }),
    ).resolves.toBe('hangup commited');
    expect(JSON.parse(only().body)).toEqual({ action: 'hangup' });
  });

  test('dial without a destination is refused before anything is sent', async () => {
    const attempt = scripted.api.identity.deviceAction('tsander', 'default', {
      action: 'dial',
      destination: ' ',
    });
    await expect(attempt).rejects.toSatisfy((error) => isPbxError(error) && error.kind === 'bad-request');
    expect(scripted.pbx.requests).toHaveLength(0);
  });

  test('userAction posts the recording action', async () => {
    answer({ status: 200, body: '' });
    await scripted.api.identity.userAction('tsander', {
      action: 'ToggleRecording',
      deviceName: 'pascom Softphone [Tina Sander]',
    });
    expect(only().rawPath).toBe('/acme/services/identity/tsander/action');
    expect(JSON.parse(only().body)).toEqual({
      action: 'ToggleRecording',
      deviceName: 'pascom Softphone [Tina Sander]',
    });
  });

  test('profiles: list, and activate by POST with PUT as the fallback the reference also names', async () => {
    answer({ status: 200, body: sample('identity-profiles.json') });
    expect(await scripted.api.identity.listProfiles('tsander')).toHaveLength(2);
    scripted.pbx.requests.length = 0;
    answer((request) => ({ status: request.method === 'POST' ? 405 : 200 }));
    await scripted.api.identity.activateProfile('tsander', 18);
    expect(scripted.pbx.requests.map((request) => `${request.method} ${request.rawPath}`)).toEqual([
      'POST /acme/services/identity/tsander/profile/18/activate',
      'PUT /acme/services/identity/tsander/profile/18/activate',
    ]);
  });
});

describe('cdr', () => {
  test('listLive: 204 is no calls, a single object a list of one', async () => {
    answer({ status: 204 });
    await expect(scripted.api.cdr.listLive()).resolves.toEqual([]);
    answer({ status: 200, body: sample('cdr-live.json') });
    expect((await scripted.api.cdr.listLive()).map((call) => call.phonecallId)).toEqual([62]);
  });

  test('getLive asks /cdr/live/<id>; an ended call is null', async () => {
    answer({ status: 200, body: sample('cdr-live-by-id.json') });
    expect((await scripted.api.cdr.getLive(62))?.state).toBe('busy');
    expect(only().rawPath).toBe('/acme/services/cdr/live/62');
    answer({ status: 204 });
    await expect(scripted.api.cdr.getLive(62)).resolves.toBeNull();
  });

  test('history sends the documented parameter names', async () => {
    answer({ status: 200, body: [sample('cdr-history.json')] });
    await scripted.api.cdr.history({
      limit: 5,
      order: 'asc',
      timeFrom: '2020-11-30',
      timeTo: 1606777200000,
      dstUserName: 'tsander',
      srcNumber: '%1234567',
      srcInternal: false,
      chainData: true,
      durationFromSeconds: 120,
      resultDetails: 'voicemail',
      viaDetail: 'caller',
    });
    expect(only()).toMatchObject({
      rawPath: '/acme/services/cdr/',
      query: {
        limit: '5',
        order: 'asc',
        timefrom: '2020-11-30',
        timeto: '1606777200000',
        dstusername: 'tsander',
        srcnumber: '%1234567',
        srcinternal: 'false',
        chaindata: 'true',
        durationfrom: '120',
        resultDetails: 'voicemail',
        viadetail: 'caller',
      },
    });
  });
});
