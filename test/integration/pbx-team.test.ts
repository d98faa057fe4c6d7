/**
 * The team board's PBX side over real HTTP: the client against the demo PBX for roles, all users
 * with presence, and many users' line states in one request (issue 13).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  basicAuthFromPassword,
  createPbxApi,
  type DroppedData,
  lineConditionsOf,
  type PbxApi,
  PbxClient,
  parseServerAddress,
} from '../../electron/core/pbx/index';
import { type DemoPbx, type DemoPbxOptions, startDemoPbx } from '../../electron/demo-pbx/index';

function apiFor(pbx: DemoPbx, dropped: DroppedData[] = []): PbxApi {
  const address = parseServerAddress(pbx.baseUrl);
  const auth = basicAuthFromPassword(pbx.apiUser, pbx.apiPassword);
  if (!address.ok || !auth.ok) throw new Error('demo PBX address or credentials did not parse');
  const client = new PbxClient({
    serverAddress: address.value,
    auth: auth.value,
    fetch: (url, init) => fetch(url, init),
  });
  return createPbxApi(client, { onDropped: (drop) => dropped.push(drop) });
}

async function started(options: DemoPbxOptions = {}) {
  const pbx = await startDemoPbx({ internalAnswerDelayMs: 60_000, ...options });
  const dropped: DroppedData[] = [];
  return { pbx, api: apiFor(pbx, dropped), dropped };
}

describe('roles, users and states on the demo PBX', () => {
  let pbx: DemoPbx;
  let api: PbxApi;
  beforeAll(async () => {
    ({ pbx, api } = await started());
  });
  afterAll(() => pbx.close());
  beforeEach(() => pbx.sim.reset());

  test("the agent's xmpp.group roles and their members", async () => {
    const names = await api.role.listNames('xmpp.group');
    expect(names).toEqual(['Team Zentrale', 'Vertrieb', 'Technik']);
    expect(pbx.requests.at(-1)).toMatchObject({ path: '/services/role/', query: { roletype: 'xmpp.group' } });
    const roles = await Promise.all(names.map((name) => api.role.get(name)));
    const mine = roles.filter((role) => role?.members.includes(pbx.agent));
    expect(mine.map((role) => role?.name)).toEqual(['Team Zentrale', 'Vertrieb']);
    expect(await api.role.get('Team Zentrale')).toMatchObject({
      types: ['xmpp.group'],
      members: ['tsander', 'agrassl', 'jgeissler', 'kschaefer', 'jbaeumer', 'ameyer'],
      locations: [],
    });
    expect(await api.role.get('Hotdesk München')).toMatchObject({
      types: ['location.group'],
      locations: ['HomeOffice', 'Empfang', 'Besprechung 2. OG'],
    });
    await expect(api.role.get('Gibtsnicht')).resolves.toBeNull();
  });

  test('a role whose members change is read as it is now', async () => {
    pbx.sim.directory.setRoleMembers('Vertrieb', ['tsander', 'hvoss']);
    expect((await api.role.get('Vertrieb'))?.members).toEqual(['tsander', 'hvoss']);
  });

  test('every user with presence and status text, and the agent with user id and active profile', async () => {
    const users = await api.identity.listUsers();
    expect(users.find((user) => user.username === 'kschaefer')).toMatchObject({
      presence: 'away',
      statusText: 'Mittagspause bis 13 Uhr',
    });
    expect(users.find((user) => user.username === 'mweber')).toMatchObject({
      presence: 'unknown',
      statusText: null,
    });
    pbx.sim.directory.setPresence('agrassl', 'USER_BUSY', 'Im Meeting');
    expect(await api.identity.getUser('agrassl')).toMatchObject({
      presence: 'busy',
      statusText: 'Im Meeting',
    });
    const me = await api.identity.getUser(pbx.agent);
    expect(me).toMatchObject({ id: expect.any(Number), activeProfileId: expect.any(Number) });
    const entry = await api.phonebook.getEntry(me?.phonebookEntryId ?? -1);
    expect(entry?.numbers.mobile).toBe('0160 5550221');
  });

  test("a colleague's call rings in the same states request as the agent's own", async () => {
    const board = [pbx.agent, 'agrassl', 'jgeissler', 'kschaefer', 'jbaeumer', 'ameyer'];
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930123456', to: 'ameyer' });
    pbx.clearRequests();
    const states = await api.identity.getStates(board);
    expect(pbx.requests).toHaveLength(1);
    expect(pbx.requests[0]?.query).toEqual({ keys: board.join(',') });
    expect(lineConditionsOf(states?.ameyer?.state ?? '')).toEqual(['ringing']);
    expect(lineConditionsOf(states?.tsander?.state ?? '')).toEqual(['idle']);
    pbx.sim.answer(phonecallId);
    pbx.sim.setUserState('jgeissler', 'InUse&Ringing');
    const next = await api.identity.getStates(board);
    expect(lineConditionsOf(next?.ameyer?.state ?? '')).toEqual(['inUse']);
    expect(lineConditionsOf(next?.jgeissler?.state ?? '')).toEqual(['inUse', 'ringing']);
  });

  test('a user deleted or renamed mid-session: gone from the states and the user list, found under the new name', async () => {
    pbx.sim.directory.deleteUser('jbaeumer');
    pbx.sim.directory.renameUser('jgeissler', { newUsername: 'jschmidt', displayName: 'Jenny Schmidt' });
    const states = await api.identity.getStates([pbx.agent, 'jbaeumer', 'jgeissler', 'jschmidt']);
    expect(Object.keys(states ?? {}).sort()).toEqual(['jschmidt', 'tsander']);
    await expect(api.identity.getUser('jbaeumer')).resolves.toBeNull();
    expect((await api.identity.getUser('jschmidt'))?.displayName).toBe('Jenny Schmidt');
    expect((await api.role.get('Team Zentrale'))?.members).toEqual([
      'tsander',
      'agrassl',
      'jschmidt',
      'kschaefer',
      'ameyer',
    ]);
  });
});

describe('a PBX of 2,000 users', () => {
  let pbx: DemoPbx;
  let api: PbxApi;
  beforeAll(async () => {
    ({ pbx, api } = await started({ userCount: 2000 }));
  });
  afterAll(() => pbx.close());

  test('the board of 50 is one request; all 2,000 users are a few, each within the URL limit', async () => {
    const team = (await api.role.get('Team Zentrale'))?.members ?? [];
    expect(team).toHaveLength(50);
    pbx.clearRequests();
    expect(Object.keys((await api.identity.getStates(team)) ?? {})).toHaveLength(50);
    expect(pbx.requests).toHaveLength(1);
    const everyone = (await api.identity.listUsers()).map((user) => user.username);
    expect(everyone).toHaveLength(2000);
    pbx.clearRequests();
    const states = await api.identity.getStates(everyone);
    expect(Object.keys(states ?? {})).toHaveLength(2000);
    expect(pbx.requests.length).toBeGreaterThan(1);
    expect(pbx.requests.length).toBeLessThanOrEqual(10);
  });
});

describe('against a hostile PBX', () => {
  let pbx: DemoPbx;
  let api: PbxApi;
  let dropped: DroppedData[];
  beforeAll(async () => {
    ({ pbx, api, dropped } = await started({ hostile: true }));
  });
  afterAll(() => pbx.close());

  test('planted users are read as text without markup, bidi overrides or excess; the bad one is dropped and logged', async () => {
    const users = await api.identity.listUsers();
    const html = users.find((user) => user.username === 'hostile.html');
    expect(html).toMatchObject({ presence: 'unknown', statusText: '<script>alert("status")</script>' });
    const rtl = users.find((user) => user.username === 'hostile.rtl');
    expect(rtl?.displayName).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(rtl?.presence).toBe('unknown');
    const long = users.find((user) => user.username === 'hostile.long');
    expect(long?.displayName.length).toBeLessThanOrEqual(200);
    expect(long?.statusText?.length).toBeLessThanOrEqual(200);
    expect(users.find((user) => user.username === 'hostile.emoji')).toMatchObject({
      presence: 'busy',
      statusText: null,
    });
    expect(users.some((user) => user.username === 'hostile.noid')).toBe(false);
    expect(dropped).toContainEqual(
      expect.objectContaining({ what: 'record', label: 'user', field: '003use_id' }),
    );
    expect(users.some((user) => user.username === pbx.agent)).toBe(true);
  });

  test('unknown hints are unknown, a missing key is missing, a ghost member stays a name', async () => {
    const team = (await api.role.get('Team Zentrale'))?.members ?? [];
    expect(team).toEqual(expect.arrayContaining(['ghost.user', 'hostile.html', 'tsander']));
    expect(team).not.toContain('..');
    const states = (await api.identity.getStates(team)) ?? {};
    expect(states).not.toHaveProperty('jbaeumer');
    expect(states).not.toHaveProperty('ghost.user');
    expect(lineConditionsOf(states['hostile.html']?.state ?? '')).toEqual([]);
    expect(lineConditionsOf(states['hostile.long']?.state ?? '')).toEqual([]);
    expect(lineConditionsOf(states.ameyer?.state ?? '')).toEqual(['idle']);
  });
});
