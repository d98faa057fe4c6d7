import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestPbx, stateOf, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('the /_sim/ HTTP API scripts the same scenarios as the in-process simulator', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx({ internalAnswerDelayMs: 50 });
  });
  afterAll(() => t.pbx.close());

  test('lists its operations and needs no REST credentials', async () => {
    const response = await t.simFetch('');
    expect(response.status).toBe(200);
    const { operations } = (await response.json()) as { operations: string[] };
    expect(operations).toEqual(
      expect.arrayContaining([
        'startInboundCall',
        'answer',
        'hangup',
        'injectFault',
        'setLively',
        'reset',
        'liveCalls',
        'deviceActions',
      ]),
    );
  });

  test('start, answer, hold, resume and hang up a call', async () => {
    const started = await t.control<{ phonecallId: number }>('startInboundCall', {
      from: '+49891234567',
      to: 'tsander',
    });
    expect(started.status).toBe(200);
    const { phonecallId } = started.body;
    expect(await stateOf(t)).toBe('Ringing');
    expect((await t.control('answer', { phonecallId, by: 'tsander' })).status).toBe(200);
    expect((await t.control('hold', { phonecallId })).status).toBe(200);
    expect(await stateOf(t)).toBe('OnHold');
    await t.control('resume', { phonecallId });
    const live = await t.simFetch('liveCalls').then((r) => r.json() as Promise<Row[]>);
    expect(live).toEqual([expect.objectContaining({ phonecallId, state: 'BUSY', holdCount: 1 })]);
    expect((await t.control('hangup', { phonecallId })).body).toEqual({ ok: true });
    expect(await stateOf(t)).toBe('Idle');
  });

  test('errors: unknown operation 404, bad arguments 400, unknown call 404, wrong state 409', async () => {
    expect((await t.control('explode')).status).toBe(404);
    expect((await t.control('startInboundCall', { from: '+49891234567' })).status).toBe(400);
    expect((await t.control('answer', { phonecallId: 999_999 })).status).toBe(404);
    expect((await t.control('startInboundCall', { from: '+49891234567', to: 'nobody' })).status).toBe(404);
    const { body } = await t.control<{ phonecallId: number }>('startInboundCall', {
      from: '+4989555',
      to: '221',
    });
    await t.control('answer', { phonecallId: body.phonecallId });
    expect((await t.control('answer', { phonecallId: body.phonecallId })).status).toBe(409);
    await t.control('hangup', { phonecallId: body.phonecallId });
    const malformed = await t.simFetch('hangup', { method: 'POST', body: '{' });
    expect(malformed.status).toBe(400);
  });

  test('voicemail, user state, background calls, faults and the action logs', async () => {
    const vm = await t.control<Row>('leaveVoicemail', {
      mailbox: '221',
      from: '+4930123456',
      fromName: 'Unbekannt',
      durationSeconds: 3,
    });
    expect(vm.body).toMatchObject({ mailbox: '221', folder: 'INBOX', durationSeconds: 3 });
    const listed = await t.simFetch('voicemails?mailbox=221').then((r) => r.json() as Promise<Row[]>);
    expect(listed[0]).toMatchObject({ callerName: 'Unbekannt' });

    await t.control('setUserState', { username: 'tsander', state: 'Busy' });
    expect(await stateOf(t)).toBe('Busy');
    await t.control('setUserState', { username: 'tsander', state: null });

    const background = await t.control<{ phonecallIds: number[] }>('addBackgroundCalls', { count: 5 });
    expect(background.body.phonecallIds).toHaveLength(5);
    await t.control('clearBackgroundCalls');
    expect((await t.api('cdr/live')).status).toBe(204);

    await t.control('injectFault', { kind: 'status', status: 500, count: 1 });
    expect((await t.api('queue/')).status).toBe(500);
    await t.control('injectFault', { kind: 'status', status: 502 });
    await t.control('clearFaults');
    expect((await t.api('queue/')).status).toBe(200);

    await t.post('identity/tsander/defaultdevice/action', { action: 'dial', destination: '230' });
    await t.post('queue/action', { action: 'pause', identity: 'tsander', code: '40' });
    const devices = await t.simFetch('deviceActions').then((r) => r.json() as Promise<Row[]>);
    expect(devices.at(-1)).toMatchObject({ user: 'tsander', action: 'dial', status: 200 });
    const queues = await t.simFetch('queueActions').then((r) => r.json() as Promise<Row[]>);
    expect(queues.at(-1)).toMatchObject({ queue: null, action: 'pause', status: 200 });
    const memberships = await t
      .simFetch('memberships?username=tsander')
      .then((r) => r.json() as Promise<Row[]>);
    expect(memberships.every((m) => m.paused === true && m.pauseReason === 'Mittagspause')).toBe(true);
  });

  test('reset returns to the seeded state', async () => {
    await t.control('startInboundCall', { from: '+49891234567', to: 'Support' });
    await t.post('queue/action', { action: 'logout', identity: 'tsander' });
    expect((await t.control('reset')).status).toBe(200);
    expect((await t.api('cdr/live')).status).toBe(204);
    expect(t.pbx.sim.memberships('tsander').every((m) => m.loggedIn && !m.paused)).toBe(true);
    expect(t.pbx.sim.deviceActions()).toEqual([]);
    expect(t.pbx.requests.map((r) => r.path)).toEqual(['/services/cdr/live']);
  });
});
