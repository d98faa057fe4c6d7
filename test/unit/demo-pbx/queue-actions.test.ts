import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;
type Member = { agent: string; dynamic: boolean; loggedin: boolean; paused: boolean; pausereason: string };

async function membership(t: TestPbx, queue: string, agent = 'tsander'): Promise<Member | undefined> {
  const detail = await t.json<{ members: Member[] }>(`queue/${encodeURIComponent(queue)}`);
  return detail.members.find((m) => m.agent === agent);
}

describe('queues: memberships, pause reasons and agent actions', () => {
  let t: TestPbx;
  beforeEach(async () => {
    t = await startTestPbx();
  });
  afterEach(() => t.pbx.close());

  test('three queues; tsander is dynamic in two and static in "Vertrieb Inland"', async () => {
    const queues = await t.json<Row[]>('queue/');
    expect(queues.map((q) => [q['029tea_bez'], q['009ext_extension']])).toEqual([
      ['Zentrale', '200'],
      ['Support', '300'],
      ['Vertrieb Inland', '310'],
    ]);
    expect(t.pbx.sim.memberships('tsander').map((m) => [m.queue, m.dynamic, m.loggedIn, m.paused])).toEqual([
      ['Zentrale', true, true, false],
      ['Support', true, true, false],
      ['Vertrieb Inland', false, true, false],
    ]);
    const zentrale = await t.json<Row>('queue/Zentrale');
    expect(zentrale).toMatchObject({ '029tea_bez': 'Zentrale', qid: 'q_1', entries: [] });
    expect(zentrale.pausereasons).toEqual([
      { name: 'Mittagspause', code: '40' },
      { name: 'Backoffice', code: '41' },
      { name: 'Meeting', code: '42' },
      { name: 'Schulung', code: '43' },
    ]);
    expect((await t.json<Row>('queue/Vertrieb%20Inland')).pausereasons).toEqual([]);
    expect((await t.api('queue/Nirgendwo')).status).toBe(404);
    const jenny = await membership(t, 'Zentrale', 'jgeissler');
    expect(jenny).toMatchObject({ dynamic: false, pausereason: '' });
    expect((jenny as unknown as Row).phonebookentry).toMatchObject({
      displayname: 'Jenny Geißler',
      phonebookType: '',
      fax: '',
    });
  });

  test('pause with a reason name or a code, then unpause, on one queue', async () => {
    const paused = await t.post('queue/Zentrale/action', {
      action: 'pause',
      identity: 'tsander',
      reason: 'mittagspause',
    });
    expect(paused.status).toBe(200);
    expect(await paused.json()).toMatchObject({ Response: 'Success', ActionID: expect.any(String) });
    expect(await membership(t, 'Zentrale')).toMatchObject({ paused: true, pausereason: 'Mittagspause' });
    expect(await membership(t, 'Support')).toMatchObject({ paused: false });

    await t.post('queue/Support/action', { action: 'pause', identity: 'tsander', code: '12' });
    expect(await membership(t, 'Support')).toMatchObject({ paused: true, pausereason: 'Nacharbeit' });

    const list = await t.json<Row[]>('queue/');
    expect(list[0]?.members).toMatchObject({ countMembersPerPauseReason: { Mittagspause: 2 } });

    await t.post('queue/Zentrale/action', { action: 'unpause', identity: 'tsander', reason: 'Mittagspause' });
    expect(await membership(t, 'Zentrale')).toMatchObject({ paused: false, pausereason: '' });
    const unknownReason = await t.post('queue/Zentrale/action', {
      action: 'pause',
      identity: 'tsander',
      reason: 'Kaffee',
    });
    expect(unknownReason.status).toBe(400);
    expect(await unknownReason.json()).toMatchObject({ Response: 'Error' });
  });

  test('pause and unpause on all queues, a queue without reasons included', async () => {
    const response = await t.post('queue/action', {
      action: 'pause',
      identity: 'tsander',
      reason: 'Backoffice',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ Response: 'Success', Message: expect.any(String) });
    expect(t.pbx.sim.memberships('tsander').map((m) => [m.queue, m.paused, m.pauseReason])).toEqual([
      ['Zentrale', true, 'Backoffice'],
      ['Support', true, 'Backoffice'],
      ['Vertrieb Inland', true, 'Backoffice'],
    ]);
    await t.post('queue/action', { action: 'unpause', identity: 'tsander' });
    expect(t.pbx.sim.memberships('tsander').every((m) => !m.paused)).toBe(true);
    const noReason = await t.post('queue/Vertrieb%20Inland/action', { action: 'pause', identity: 'tsander' });
    expect(noReason.status).toBe(200);
    expect(await membership(t, 'Vertrieb Inland')).toMatchObject({ paused: true, pausereason: '' });
  });

  test('log out of a dynamic queue and back in; a static member cannot', async () => {
    const out = await t.post('queue/Support/action', { action: 'logout', identity: 'tsander', penalty: '0' });
    expect(out.status).toBe(200);
    expect(await membership(t, 'Support')).toMatchObject({ loggedin: false, paused: false });
    const pauseLoggedOut = await t.post('queue/Support/action', {
      action: 'pause',
      identity: 'tsander',
      reason: 'Lunch',
    });
    expect(pauseLoggedOut.status).toBe(400);
    await t.post('queue/Support/action', { action: 'login', identity: 'tsander', penalty: '0' });
    expect(await membership(t, 'Support')).toMatchObject({ loggedin: true });

    const staticLogout = await t.post('queue/Vertrieb%20Inland/action', {
      action: 'logout',
      identity: 'tsander',
    });
    expect(staticLogout.status).toBe(400);
    expect(await staticLogout.json()).toMatchObject({ Response: 'Error', Message: 'Member not dynamic' });
    expect(await membership(t, 'Vertrieb Inland')).toMatchObject({ loggedin: true });

    await t.post('queue/action', { action: 'logout', identity: 'tsander' });
    expect(t.pbx.sim.memberships('tsander').map((m) => m.loggedIn)).toEqual([false, false, true]);
  });

  test('malformed or incomplete actions are 400, unknown users 404; every action is recorded', async () => {
    expect((await t.post('queue/Zentrale/action', { action: 'dance', identity: 'tsander' })).status).toBe(
      400,
    );
    expect((await t.post('queue/Zentrale/action', { action: 'pause' })).status).toBe(400);
    expect((await t.api('queue/Zentrale/action', { method: 'POST', body: 'action=pause' })).status).toBe(400);
    expect((await t.post('queue/Zentrale/action', { action: 'pause', identity: 'nobody' })).status).toBe(404);
    expect((await t.post('queue/Support/action', { action: 'pause', identity: 'jgeissler' })).status).toBe(
      400,
    );
    expect(t.pbx.sim.queueActions().map((a) => [a.queue, a.action, a.status])).toEqual([
      ['Zentrale', 'dance', 400],
      ['Zentrale', 'pause', 400],
      ['Zentrale', '', 400],
      ['Zentrale', 'pause', 404],
      ['Support', 'pause', 400],
    ]);
  });
});
