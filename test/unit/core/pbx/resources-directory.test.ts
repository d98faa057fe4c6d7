/**
 * Roles, locations, extension switches, redirects and profile activation send the documented
 * requests and read the answers, checked on the server side of a real HTTP exchange with a
 * scripted PBX (the demo PBX is tested in integration).
 */
import { describe, expect, test } from 'vitest';
import { createPbxApi } from '../../../../electron/core/pbx/index';
import type { DroppedData } from '../../../../electron/core/pbx/normalize';
import { sample, useScriptedApi } from './scripted-api';
import { clientFor } from './stub-pbx';

const scripted = useScriptedApi();
const { answer, only } = scripted;

describe('roles', () => {
  test('listNames asks /role/ with roletype; 204 is none, repeated names count once', async () => {
    answer({ status: 200, body: sample('role-list.json') });
    await expect(scripted.api.role.listNames('pickup.group')).resolves.toEqual([
      'default',
      'pickup_all',
      'Recordings',
    ]);
    expect(only()).toMatchObject({
      rawPath: '/acme/services/role/',
      query: { roletype: 'pickup.group' },
    });
    answer({ status: 204 });
    await expect(scripted.api.role.listNames()).resolves.toEqual([]);
    answer({ status: 200, body: ['Team', { '064rol_bez': 'Vertrieb' }, 'Team'] });
    await expect(scripted.api.role.listNames('xmpp.group')).resolves.toEqual(['Team', 'Vertrieb']);
  });

  test('get addresses the role by its name, encoded; an unknown role is null', async () => {
    answer({ status: 200, body: sample('role-detail.json') });
    expect((await scripted.api.role.get('Hotdesk München'))?.members).toHaveLength(6);
    expect(only().rawPath).toBe('/acme/services/role/Hotdesk%20M%C3%BCnchen');
    answer({ status: 404, body: { message: 'no such role' } });
    await expect(scripted.api.role.get('weg')).resolves.toBeNull();
  });

  test('a member no request could address is left out and reported; the role stays', async () => {
    const dropped: DroppedData[] = [];
    const api = createPbxApi(clientFor(scripted.pbx.baseUrl), { onDropped: (drop) => dropped.push(drop) });
    answer({
      status: 200,
      body: { ...sample('role-detail.json'), identities: ['tklee', { evil: 1 }, '..', 'tklee'] },
    });
    expect((await api.role.get('pickup_all'))?.members).toEqual(['tklee']);
    expect(dropped.map((drop) => [drop.what, drop.label, drop.id])).toEqual([
      ['record', 'role member', '#1'],
      ['record', 'role member', '#2'],
    ]);
  });
});

describe('locations', () => {
  test('list asks /location/; relocate and logout post the documented bodies to the location', async () => {
    answer({ status: 200, body: sample('location-list.json') });
    expect(await scripted.api.location.list()).toEqual([
      {
        id: 21,
        name: 'HomeOffice',
        description: null,
        dynamic: true,
        occupant: { userId: 7, username: 'aturitzo', displayName: 'Adrian Turitzo' },
      },
    ]);
    expect(only().rawPath).toBe('/acme/services/location/');
    scripted.pbx.requests.length = 0;
    answer({ status: 200, body: { response: 'relocate commited' } });
    await expect(scripted.api.location.relocate('HomeOffice', { username: 'tsander' })).resolves.toBe(
      'relocate commited',
    );
    answer({ status: 200 });
    await expect(scripted.api.location.logout(21, { extension: '221' })).resolves.toBe('');
    expect(scripted.pbx.requests.map((r) => [r.method, r.rawPath, JSON.parse(r.body)])).toEqual([
      ['POST', '/acme/services/location/HomeOffice', { action: 'relocate', username: 'tsander' }],
      ['POST', '/acme/services/location/21', { action: 'logout', extension: '221' }],
    ]);
  });

  test('204 is no dynamic locations', async () => {
    answer({ status: 204 });
    await expect(scripted.api.location.list()).resolves.toEqual([]);
  });
});

describe('extension switches', () => {
  test('list and get read the documented lists; get picks the asked extension, none is null', async () => {
    answer({ status: 200, body: sample('switch-list.json') });
    await expect(scripted.api.extensionSwitch.list()).resolves.toEqual([
      { id: 44, name: 'AfterHours', on: false, extension: '503' },
    ]);
    expect(only().rawPath).toBe('/acme/services/condition/switch');
    answer({ status: 200, body: sample('switch-one.json') });
    await expect(scripted.api.extensionSwitch.get('503')).resolves.toMatchObject({ extension: '503' });
    answer({ status: 200, body: sample('switch-one.json') });
    await expect(scripted.api.extensionSwitch.get('504')).resolves.toBeNull();
    answer({ status: 404 });
    await expect(scripted.api.extensionSwitch.get('599')).resolves.toBeNull();
  });

  test('setState posts {"039swi_state", "003use_id"}; the switch comes back when the PBX sends it', async () => {
    answer({ status: 200, body: [{ '038con_id': 44, '039swi_state': true, '009ext_extension': '503' }] });
    await expect(scripted.api.extensionSwitch.setState('503', true, 101)).resolves.toEqual({
      id: 44,
      name: '503',
      on: true,
      extension: '503',
    });
    expect(only()).toMatchObject({ method: 'POST', rawPath: '/acme/services/condition/switch/503' });
    expect(JSON.parse(only().body)).toEqual({ '039swi_state': true, '003use_id': 101 });
    for (const body of [{ response: 'ok' }, 'switched', undefined]) {
      answer({ status: 200, ...(body === undefined ? {} : { body }) });
      await expect(scripted.api.extensionSwitch.setState('503', false, 101)).resolves.toBeNull();
    }
  });

  test.each([0, -1, 1.5, Number.NaN])('a user id of %s is never sent', async (userId) => {
    scripted.pbx.requests.length = 0;
    await expect(scripted.api.extensionSwitch.setState('503', true, userId)).rejects.toMatchObject({
      kind: 'bad-request',
    });
    expect(scripted.pbx.requests).toHaveLength(0);
  });

  test('a refused switch is an error the UI can word', async () => {
    answer({ status: 403, body: { message: 'not allowed' } });
    await expect(scripted.api.extensionSwitch.setState('503', true, 101)).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
  });
});

describe('redirects', () => {
  test('clear sends target "" (the reference names no other way); set refuses a blank target', async () => {
    answer({ status: 200, body: { status: 0, target: '', old: '08955555', source: '101' } });
    await expect(scripted.api.redirect.clear('101')).resolves.toEqual({
      status: 0,
      source: '101',
      target: null,
      old: '08955555',
    });
    expect(JSON.parse(only().body)).toEqual({ target: '' });
    scripted.pbx.requests.length = 0;
    await expect(scripted.api.redirect.set('101', '  ')).rejects.toMatchObject({ kind: 'bad-request' });
    expect(scripted.pbx.requests).toHaveLength(0);
  });

  test('forExtension finds the entry whose source is the extension', async () => {
    answer({ status: 200, body: sample('redirect-list.json') });
    await expect(scripted.api.redirect.forExtension('101')).resolves.toMatchObject({
      target: '200',
      active: true,
    });
    await expect(scripted.api.redirect.forExtension('102')).resolves.toBeNull();
  });
});

describe('profile activation', () => {
  test('POST refused with 404 falls back to PUT too; a server error does not', async () => {
    answer((request) => ({ status: request.method === 'POST' ? 404 : 200 }));
    await scripted.api.identity.activateProfile('tsander', 18);
    expect(scripted.pbx.requests.map((r) => r.method)).toEqual(['POST', 'PUT']);
    scripted.pbx.requests.length = 0;
    answer({ status: 500 });
    await expect(scripted.api.identity.activateProfile('tsander', 18)).rejects.toMatchObject({
      kind: 'server',
    });
    expect(scripted.pbx.requests.map((r) => r.method)).toEqual(['POST']);
  });

  test.each([
    [404, 405],
    [405, 404],
  ])(
    'POST %i then PUT %i: the error is the 404 (a vanished profile), not the method refusal',
    async (post, put) => {
      answer((request) => ({ status: request.method === 'POST' ? post : put }));
      await expect(scripted.api.identity.activateProfile('tsander', 18)).rejects.toMatchObject({
        kind: 'not-found',
        status: 404,
      });
    },
  );

  test('a profile id that is not a whole number is never sent', async () => {
    await expect(scripted.api.identity.activateProfile('tsander', Number.NaN)).rejects.toMatchObject({
      kind: 'bad-request',
    });
    expect(scripted.pbx.requests).toHaveLength(0);
  });
});
