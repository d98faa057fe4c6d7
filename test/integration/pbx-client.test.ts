/**
 * The REST client against the demo PBX over real HTTP on 127.0.0.1: every endpoint the client
 * implements, checked on both sides (what the client returns, what the PBX received or did).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  basicAuthFromPassword,
  createPbxApi,
  isPbxError,
  type PbxApi,
  PbxClient,
  type PbxErrorKind,
  parseServerAddress,
} from '../../electron/core/pbx/index';
import { DEMO_CALLERS, type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';

let pbx: DemoPbx;
let api: PbxApi;

function apiFor(password: string, timeoutMs = 8000): PbxApi {
  const address = parseServerAddress(pbx.baseUrl);
  const auth = basicAuthFromPassword(pbx.apiUser, password);
  if (!address.ok || !auth.ok) throw new Error('demo PBX address or credentials did not parse');
  const fetchLike = (url: string, init: RequestInit) => fetch(url, init);
  return createPbxApi(
    new PbxClient({ serverAddress: address.value, auth: auth.value, fetch: fetchLike, timeoutMs }),
  );
}

async function kindOf(promise: Promise<unknown>): Promise<PbxErrorKind | 'resolved'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    if (isPbxError(error)) return error.kind;
    throw error;
  }
}

beforeAll(async () => {
  pbx = await startDemoPbx({ internalAnswerDelayMs: 60_000 });
  api = apiFor(pbx.apiPassword);
});
afterAll(() => pbx.close());
beforeEach(() => pbx.sim.reset());

describe('identity', () => {
  test('the demo agent, all users, and an unknown user as null', async () => {
    const me = await api.identity.getUser(pbx.agent);
    expect(me).toMatchObject({
      username: 'tsander',
      displayName: 'Tina Sander',
      extension: '221',
      mailbox: '221',
    });
    expect((await api.identity.listUsers()).map((user) => user.username)).toContain('mweber');
    await expect(api.identity.getUser('niemand')).resolves.toBeNull();
  });

  test('hint states follow a call: Idle, Ringing, InUse', async () => {
    await expect(api.identity.getStates([pbx.agent, 'agrassl'])).resolves.toMatchObject({
      tsander: { state: 'Idle', displayName: 'Tina Sander' },
      agrassl: { state: 'Idle' },
    });
    const { phonecallId } = pbx.sim.startInboundCall({
      from: DEMO_CALLERS.lukasMueller.callsFrom,
      to: pbx.agent,
    });
    expect((await api.identity.getStates([pbx.agent]))?.tsander?.state).toBe('Ringing');
    pbx.sim.answer(phonecallId, { by: pbx.agent });
    expect((await api.identity.getStates([pbx.agent]))?.tsander?.state).toBe('InUse');
    expect(pbx.requests.at(-1)).toMatchObject({
      path: '/services/identity/states',
      query: { keys: 'tsander' },
    });
  });

  test('devices: a default device for the agent, none for mweber, no SIP secrets', async () => {
    expect((await api.identity.getDefaultDevice(pbx.agent))?.name).toBe('pascom Softphone [Tina Sander]');
    await expect(api.identity.getDefaultDevice('mweber')).resolves.toBeNull();
    const devices = await api.identity.listDevices(pbx.agent);
    expect(devices.map((device) => device.name)).toContain('pascom Softphone [Tina Sander]');
    expect(devices.every((device) => device.capabilities.includes('dial'))).toBe(true);
    expect(JSON.stringify(devices)).not.toMatch(/pee_|password/i);
  });

  test('dial on the default device reaches the PBX with the documented body', async () => {
    const answer = await api.identity.deviceAction(pbx.agent, 'default', {
      action: 'dial',
      destination: '201',
    });
    expect(answer).toBe('dial commited');
    expect(pbx.sim.deviceActions().at(-1)).toMatchObject({
      user: 'tsander',
      viaDefaultDevice: true,
      device: 'pascom Softphone [Tina Sander]',
      body: { action: 'dial', destination: '201', prefix: 'auto' },
      status: 200,
    });
    expect(pbx.sim.liveCalls().some((leg) => leg.srcUserName === 'tsander')).toBe(true);
  });

  test('a named device with spaces and brackets in its name is addressed exactly', async () => {
    const desk = (await api.identity.listDevices(pbx.agent)).find((device) =>
      device.name.startsWith('Yealink'),
    );
    if (desk === undefined) throw new Error('the demo agent has a desk phone');
    await api.identity.deviceAction(pbx.agent, desk.name, { action: 'dial', destination: '0891234567' });
    expect(pbx.sim.deviceActions().at(-1)).toMatchObject({ device: desk.name, viaDefaultDevice: false });
    expect(pbx.requests.at(-1)?.path).toBe(`/services/identity/tsander/device/${desk.name}/action`);
  });

  test('hold, dtmf and hangup act on the running call', async () => {
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930123456', to: pbx.agent });
    pbx.sim.answer(phonecallId, { by: pbx.agent });
    await api.identity.deviceAction(pbx.agent, 'default', { action: 'hold' });
    expect((await api.identity.getStates([pbx.agent]))?.tsander?.state).toMatch(/Hold/);
    await api.identity.deviceAction(pbx.agent, 'default', { action: 'dtmf', destination: '1#' });
    await api.identity.deviceAction(pbx.agent, 'default', { action: 'hangup' });
    expect(pbx.sim.deviceActions().map((record) => record.action)).toEqual(['hold', 'dtmf', 'hangup']);
    await expect(api.cdr.getLive(phonecallId)).resolves.toBeNull();
  });

  test('without a default device an action fails as not-found', async () => {
    const attempt = api.identity.deviceAction('mweber', 'default', { action: 'dial', destination: '221' });
    expect(await kindOf(attempt)).toBe('not-found');
  });

  test('recording needs an active call (409 conflict), then works', async () => {
    expect(await kindOf(api.identity.userAction(pbx.agent, { action: 'StartRecording' }))).toBe('conflict');
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930123456', to: pbx.agent });
    pbx.sim.answer(phonecallId, { by: pbx.agent });
    await expect(api.identity.userAction(pbx.agent, { action: 'ToggleRecording' })).resolves.toMatch(
      /commited/,
    );
  });

  test('profiles: list and activate', async () => {
    const profiles = await api.identity.listProfiles(pbx.agent);
    const other = profiles.find((profile) => profile.name === 'Homeoffice');
    if (other === undefined) throw new Error('the demo agent has a Homeoffice profile');
    await api.identity.activateProfile(pbx.agent, other.id);
    expect((await api.identity.getUser(pbx.agent))?.activeProfileId).toBe(other.id);
  });
});

describe('cdr', () => {
  test('no calls is an empty list; a direct call is a ringing leg, then history after hangup', async () => {
    await expect(api.cdr.listLive()).resolves.toEqual([]);
    const { phonecallId } = pbx.sim.startInboundCall({
      from: DEMO_CALLERS.sabineWeiss.callsFrom,
      to: pbx.agent,
    });
    const [leg] = await api.cdr.listLive();
    expect(leg).toMatchObject({
      phonecallId,
      state: 'ringing',
      src: { internal: false, number: DEMO_CALLERS.sabineWeiss.callsFrom },
      dst: { userName: 'tsander', extension: '221' },
    });
    expect((await api.cdr.getLive(phonecallId))?.phonecallId).toBe(phonecallId);
    pbx.sim.hangup(phonecallId);
    await expect(api.cdr.getLive(phonecallId)).resolves.toBeNull();
    const history = await api.cdr.history({ dstUserName: pbx.agent, limit: 5, order: 'desc' });
    expect(history[0]).toMatchObject({
      result: 'noanswer',
      src: { number: DEMO_CALLERS.sabineWeiss.callsFrom },
    });
  });

  test('a queue call: the caller-to-queue leg and one leg per ringing agent', async () => {
    pbx.sim.startInboundCall({ from: '+4989555000', to: 'Zentrale' });
    const legs = await api.cdr.listLive();
    const agentLegs = legs.filter((leg) => leg.via === 'queue');
    expect(agentLegs.length).toBeGreaterThan(0);
    for (const leg of agentLegs) {
      expect(leg.parentId).not.toBeNull();
      expect(leg.queue).toMatchObject({ queueName: 'Zentrale', queueExtension: '200' });
    }
  });
});

describe('phonebook', () => {
  test('search with paging, private entries, one entry, and HEAD totals', async () => {
    const page = await api.phonebook.search({ search: 'Müller', limit: 2 });
    expect(page.entries).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    const next = await api.phonebook.search({ search: 'Müller', limit: 2, offset: 2 });
    expect(next.entries[0]?.id).not.toBe(page.entries[0]?.id);
    const mine = await api.phonebook.listPrivate(pbx.agent);
    expect(mine.entries.every((entry) => entry.phonebookType === 'identity')).toBe(true);
    expect((await api.phonebook.listPrivate(pbx.agent, { scope: 'all' })).total).toBeGreaterThan(mine.total);
    const first = page.entries[0];
    expect((await api.phonebook.getEntry(first?.id ?? -1))?.displayName).toBe(first?.displayName);
    await expect(api.phonebook.getEntry(987654)).resolves.toBeNull();
    const totals = await api.phonebook.totals({ search: 'Müller' });
    expect(totals).toMatchObject({ totalFiltered: page.total });
    expect(totals.total).toBeGreaterThanOrEqual(300);
    expect((await api.phonebook.privateTotals(pbx.agent)).total).toBe(mine.total);
  });

  test('creating a private and a global entry', async () => {
    const created = await api.phonebook.createPrivate(pbx.agent, {
      displayName: "Jürgen O'Brien",
      organisation: 'Bäckerei Groß',
      numbers: { mobile: '0172-7654321' },
    });
    expect(created.id).not.toBeNull();
    const found = await api.phonebook.listPrivate(pbx.agent, { search: "O'Brien" });
    expect(found.entries.map((entry) => entry.id)).toContain(created.id);
    const global = await api.phonebook.createGlobal({
      displayName: 'Test GmbH',
      numbers: { phone: '+49 89 111' },
    });
    expect((await api.phonebook.getEntry(global.id ?? -1))?.numbers.phone).toBe('+49 89 111');
  });
});

describe('queue', () => {
  test('list with counts, one queue with members and pause reasons, unknown as null', async () => {
    expect((await api.queue.list()).map((queue) => queue.name)).toEqual([
      'Zentrale',
      'Support',
      'Vertrieb Inland',
    ]);
    const zentrale = await api.queue.get('Zentrale');
    expect(zentrale?.pauseReasons).toContainEqual({ name: 'Mittagspause', code: '40' });
    const inland = await api.queue.get('Vertrieb Inland');
    expect(inland?.members.find((member) => member.agent === pbx.agent)).toMatchObject({ dynamic: false });
    await expect(api.queue.get('Gibt es nicht')).resolves.toBeNull();
  });

  test('pause with a reason, unpause, log out and in of a dynamic membership', async () => {
    const pause = { action: 'pause', identity: pbx.agent, reason: 'Backoffice' } as const;
    expect((await api.queue.agentAction('Zentrale', pause)).succeeded).toBe(true);
    const member = async () =>
      (await api.queue.get('Zentrale'))?.members.find((candidate) => candidate.agent === pbx.agent);
    expect(await member()).toMatchObject({ paused: true, pauseReason: 'Backoffice' });
    await api.queue.agentAction('Zentrale', { action: 'unpause', identity: pbx.agent });
    expect(await member()).toMatchObject({ paused: false, pauseReason: null });
    await api.queue.agentAction('Zentrale', { action: 'logout', identity: pbx.agent, penalty: 0 });
    expect((await member())?.loggedIn).toBe(false);
    await api.queue.agentAction('Zentrale', { action: 'login', identity: pbx.agent, penalty: 0 });
    expect((await member())?.loggedIn).toBe(true);
    expect(pbx.sim.queueActions().map((record) => [record.queue, record.action])).toEqual([
      ['Zentrale', 'pause'],
      ['Zentrale', 'unpause'],
      ['Zentrale', 'logout'],
      ['Zentrale', 'login'],
    ]);
  });

  test('a static member cannot log out; pause on all queues works by code', async () => {
    const logout = api.queue.agentAction('Vertrieb Inland', { action: 'logout', identity: pbx.agent });
    expect(await kindOf(logout)).toBe('bad-request');
    await api.queue.agentActionAll({ action: 'pause', identity: pbx.agent, code: '40' });
    expect(pbx.sim.queueActions().at(-1)).toMatchObject({ queue: null, body: { code: '40' } });
  });
});

describe('voicemail', () => {
  test('boxes, a box with folders, a left message listed, counted, downloaded, moved, mailed, deleted', async () => {
    expect((await api.voicemail.list()).map((box) => box.mailbox)).toContain('221');
    expect((await api.voicemail.get('221'))?.folders).toContain('Old');
    const before = await api.voicemail.counts('221', 'INBOX');
    const left = pbx.sim.leaveVoicemail({
      mailbox: '221',
      from: DEMO_CALLERS.franzHofer.callsFrom,
      durationSeconds: 3,
    });
    const after = await api.voicemail.counts('221', 'INBOX');
    expect(after.count).toBe((before.count ?? 0) + 1);
    expect(after.lastMessage?.id).toBe(left.id);
    const listed = (await api.voicemail.listFolder('221', 'INBOX')).find((message) => message.id === left.id);
    expect(listed).toMatchObject({ msgId: left.msgId, callerIdNum: left.callerNumber, durationSeconds: 3 });
    const audio = await api.voicemail.download('221', 'INBOX', left.id);
    expect(audio.contentType).toBe('audio/x-wav');
    expect(new TextDecoder().decode(audio.bytes.slice(0, 4))).toBe('RIFF');
    await expect(api.voicemail.move('221', 'INBOX', left.id, 'Old')).resolves.toBe('voicemail moved');
    const old = await api.voicemail.listFolder('221', 'Old', 50);
    const moved = old.find((message) => message.msgId === left.msgId);
    if (moved === undefined) throw new Error('the message is in Old now');
    const mail = { address: 'tina@example.com', subject: 'Voicemail', body: 'Bitte zurückrufen' };
    await expect(api.voicemail.mailto('221', 'Old', moved.id, mail)).resolves.toBe('voicemail mailed');
    await api.voicemail.remove('221', 'Old', moved.id);
    expect(pbx.sim.voicemails('221').some((message) => message.msgId === left.msgId)).toBe(false);
  });
});

describe('extension and redirect', () => {
  test('the extension list, and how the PBX reads targets', async () => {
    const kinds = async (target: string) => {
      const resolution = await api.extension.resolve(target);
      return [resolution.internal, ...resolution.matches.map((match) => match.kind)];
    };
    expect((await api.extension.list()).find((entry) => entry.extension === '221')?.kind).toBe('user');
    expect(await kinds('221')).toEqual([true, 'user']);
    expect(await kinds('200')).toEqual([true, 'queue']);
    expect(await kinds('+49 89 1234567')).toEqual([false]);
  });

  test('set and clear a redirect', async () => {
    const redirectOf221 = async () => (await api.redirect.list()).find((entry) => entry.source === '221');
    expect(await api.redirect.set('221', '08955555')).toMatchObject({ source: '221', target: '08955555' });
    expect(await redirectOf221()).toMatchObject({ active: true });
    await api.redirect.clear('221');
    expect(await redirectOf221()).toMatchObject({ active: false, old: '08955555' });
  });
});

describe('failures the demo PBX injects', () => {
  test.each([
    [{ kind: 'status', status: 500, count: 1 }, 'server'],
    [{ kind: 'status', status: 403, count: 1 }, 'forbidden'],
    [{ kind: 'status', status: 409, count: 1 }, 'conflict'],
    [{ kind: 'unauthorized', count: 1 }, 'auth'],
    [{ kind: 'drop', count: 1 }, 'offline'],
    [{ kind: 'malformed', count: 1 }, 'bad-response'],
  ] as const)('%o -> %s', async (fault, kind) => {
    pbx.sim.injectFault({ ...fault });
    expect(await kindOf(api.identity.getUser(pbx.agent))).toBe(kind);
  });

  test('429 carries the Retry-After delay', async () => {
    pbx.sim.injectFault({ kind: 'retry-after', retryAfterSeconds: 12, count: 1 });
    await expect(api.cdr.listLive()).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 12_000 });
  });

  test('a slow PBX times out; a wrong password is auth, and the secret is in no error', async () => {
    pbx.sim.injectFault({ kind: 'latency', ms: 800, count: 1 });
    expect(await kindOf(apiFor(pbx.apiPassword, 200).cdr.listLive())).toBe('timeout');
    const wrong = apiFor('wrong-password');
    await expect(wrong.identity.getUser(pbx.agent)).rejects.toMatchObject({ kind: 'auth', status: 401 });
    const error = await wrong.identity.getUser(pbx.agent).catch((caught: unknown) => caught);
    expect(JSON.stringify(error) + String(error)).not.toContain('wrong-password');
  });
});
