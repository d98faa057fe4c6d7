/**
 * Availability's PBX side over real HTTP: the client against the demo PBX for profiles (with the
 * POST -> PUT fallback), redirects, dynamic locations and extension switches, every body as the
 * reference documents it (issue 14).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  basicAuthFromPassword,
  createPbxApi,
  type DroppedData,
  type PbxApi,
  PbxClient,
  parseServerAddress,
} from '../../electron/core/pbx/index';
import { type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';

let pbx: DemoPbx;
let api: PbxApi;
const dropped: DroppedData[] = [];

beforeAll(async () => {
  pbx = await startDemoPbx({ internalAnswerDelayMs: 60_000 });
  const address = parseServerAddress(pbx.baseUrl);
  const auth = basicAuthFromPassword(pbx.apiUser, pbx.apiPassword);
  if (!address.ok || !auth.ok) throw new Error('demo PBX address or credentials did not parse');
  const client = new PbxClient({
    serverAddress: address.value,
    auth: auth.value,
    fetch: (url, init) => fetch(url, init),
  });
  api = createPbxApi(client, { onDropped: (drop) => dropped.push(drop) });
});
afterAll(() => pbx.close());
beforeEach(() => {
  pbx.sim.reset();
  pbx.sim.setHostile(false);
  dropped.length = 0;
});

const methods = () => pbx.requests.map((request) => `${request.method} ${request.path} ${request.status}`);

describe('profiles', () => {
  test('the list and the active one; activating by POST changes 017pro_id', async () => {
    const profiles = await api.identity.listProfiles(pbx.agent);
    expect(profiles.map((profile) => profile.name)).toEqual(
      expect.arrayContaining(['Im Büro', 'Homeoffice', 'Abwesend']),
    );
    const office = profiles.find((profile) => profile.name === 'Homeoffice');
    if (!office) throw new Error('the demo agent has a Homeoffice profile');
    pbx.clearRequests();
    await api.identity.activateProfile(pbx.agent, office.id);
    expect(methods()).toEqual([`POST /services/identity/tsander/profile/${office.id}/activate 200`]);
    expect((await api.identity.getUser(pbx.agent))?.activeProfileId).toBe(office.id);
  });

  test('a PBX that refuses POST with 405 gets the PUT the reference heading names', async () => {
    const [, away] = await api.identity.listProfiles(pbx.agent);
    if (!away) throw new Error('the demo agent has profiles');
    pbx.sim.directory.refuseProfileActivation('POST');
    pbx.clearRequests();
    await api.identity.activateProfile(pbx.agent, away.id);
    expect(methods()).toEqual([
      `POST /services/identity/tsander/profile/${away.id}/activate 405`,
      `PUT /services/identity/tsander/profile/${away.id}/activate 200`,
    ]);
    expect((await api.identity.getUser(pbx.agent))?.activeProfileId).toBe(away.id);
  });

  test('a PBX that refuses PUT is never asked with it; a vanished profile is not-found after both', async () => {
    const [first] = await api.identity.listProfiles(pbx.agent);
    pbx.sim.directory.refuseProfileActivation('PUT');
    pbx.clearRequests();
    await api.identity.activateProfile(pbx.agent, first?.id ?? 0);
    expect(methods()).toHaveLength(1);
    pbx.clearRequests();
    await expect(api.identity.activateProfile(pbx.agent, 4711)).rejects.toMatchObject({ kind: 'not-found' });
    expect(pbx.requests.map((request) => request.method)).toEqual(['POST', 'PUT']);
  });

  test('a profile without an id is dropped from a hostile list and logged', async () => {
    pbx.sim.setHostile(true);
    const profiles = await api.identity.listProfiles(pbx.agent);
    expect(profiles).toHaveLength(3);
    expect(dropped).toContainEqual(expect.objectContaining({ what: 'record', label: 'profile' }));
  });
});

describe('redirects', () => {
  test("set a target for the agent's extension, read it back, clear it; the PBX gets the documented bodies", async () => {
    await expect(api.redirect.forExtension('221')).resolves.toBeNull();
    pbx.clearRequests();
    await api.redirect.set('221', '0891234567');
    expect(await api.redirect.forExtension('221')).toMatchObject({ target: '0891234567', active: true });
    await api.redirect.clear('221');
    expect(await api.redirect.forExtension('221')).toMatchObject({
      target: null,
      old: '0891234567',
      active: false,
    });
    const posts = pbx.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => [request.path, request.body])).toEqual([
      ['/services/redirect/221', { target: '0891234567' }],
      ['/services/redirect/221', { target: '' }],
    ]);
  });
});

describe('dynamic locations', () => {
  test('where the agent is; relocate by id and log out with the documented bodies', async () => {
    const locations = await api.location.list();
    expect(locations.map((location) => location.name)).toEqual([
      'HomeOffice',
      'Empfang',
      'Besprechung 2. OG',
      'Hotdesk Berlin',
    ]);
    expect(locations.find((location) => location.occupant?.username === pbx.agent)).toBeUndefined();
    const meeting = locations.find((location) => location.name === 'Besprechung 2. OG');
    if (!meeting) throw new Error('the demo has a meeting room');
    pbx.clearRequests();
    await api.location.relocate(meeting.id, { username: pbx.agent });
    const now = await api.location.list();
    expect(now.find((location) => location.id === meeting.id)?.occupant).toMatchObject({
      username: 'tsander',
      displayName: 'Tina Sander',
    });
    await api.location.logout(meeting.id, { extension: '221' });
    expect(pbx.sim.directory.availability(pbx.agent).location).toBeNull();
    const posts = pbx.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => [request.path, request.body])).toEqual([
      [`/services/location/${meeting.id}`, { action: 'relocate', username: 'tsander' }],
      [`/services/location/${meeting.id}`, { action: 'logout', extension: '221' }],
    ]);
  });

  test('a name with spaces addresses the location; a vanished one is not-found, logging out twice a conflict', async () => {
    await api.location.relocate('Besprechung 2. OG', { username: pbx.agent });
    expect(pbx.requests.at(-1)?.path).toBe('/services/location/Besprechung 2. OG');
    await expect(api.location.relocate('Mond', { username: pbx.agent })).rejects.toMatchObject({
      kind: 'not-found',
    });
    await api.location.logout('Besprechung 2. OG', { username: pbx.agent });
    await expect(api.location.logout('Besprechung 2. OG', { username: pbx.agent })).rejects.toMatchObject({
      kind: 'conflict',
    });
  });

  test('a hostile list: the row without an id is dropped and logged, the odd one kept as dynamic', async () => {
    pbx.sim.setHostile(true);
    const locations = await api.location.list();
    expect(locations).toHaveLength(5);
    expect(locations.at(-1)).toMatchObject({ id: 991, dynamic: true, occupant: null });
    expect(locations.at(-1)?.name).not.toMatch(/\u202E/);
    expect(dropped).toContainEqual(
      expect.objectContaining({ what: 'record', label: 'location', field: '012loc_id' }),
    );
  });
});

describe('extension switches', () => {
  test('toggle with the documented body; the answer carries the new state', async () => {
    const me = await api.identity.getUser(pbx.agent);
    if (!me) throw new Error('the demo agent exists');
    expect((await api.extensionSwitch.list()).map((entry) => entry.name)).toEqual([
      'Nachtschaltung',
      'Mittagsschaltung',
      'Feiertag',
      'AfterHours',
    ]);
    pbx.clearRequests();
    await expect(api.extensionSwitch.setState('500', true, me.id)).resolves.toMatchObject({
      extension: '500',
      on: true,
    });
    expect(pbx.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/services/condition/switch/500',
      body: { '039swi_state': true, '003use_id': me.id },
    });
    expect((await api.extensionSwitch.get('500'))?.on).toBe(true);
  });

  test('the PBX refusing a switch is an error, and the switch keeps its state', async () => {
    const me = await api.identity.getUser(pbx.agent);
    pbx.sim.directory.refuseSwitch('503', 403);
    await expect(api.extensionSwitch.setState('503', true, me?.id ?? 0)).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
    expect((await api.extensionSwitch.get('503'))?.on).toBe(false);
    await expect(api.extensionSwitch.get('599')).resolves.toBeNull();
  });

  test('a hostile list: an unreadable state is null, an unaddressable switch dropped', async () => {
    pbx.sim.setHostile(true);
    const switches = await api.extensionSwitch.list();
    expect(switches.find((entry) => entry.extension === '599')).toMatchObject({ name: 'Wartung', on: null });
    expect(switches.some((entry) => entry.extension === '..')).toBe(false);
    expect(dropped).toContainEqual(
      expect.objectContaining({ what: 'field', label: 'extension switch', field: '039swi_state' }),
    );
  });
});
