import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type FakeClock, fakeClock, liveRecords, startTestPbx, stateOf, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('a queue call: the caller waits in the queue and every available member rings', () => {
  let t: TestPbx;
  let clock: FakeClock;
  beforeEach(async () => {
    clock = fakeClock();
    t = await startTestPbx({ now: clock.now });
  });
  afterEach(() => t.pbx.close());

  test('one caller-to-queue leg plus one leg per ringing member, with via, parentId and data.queue', async () => {
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+49301234567', to: 'Support' });
    const live = await liveRecords(t);
    const queueLeg = live.find((r) => r.phonecallId === phonecallId);
    expect(queueLeg).toMatchObject({
      parentId: '',
      state: 'RINGING',
      dstName: 'Support',
      dstNumber: '300',
      dstUserName: '',
    });
    const agentLegs = live.filter((r) => r.parentId === phonecallId);
    // Support: aturitzo, soconnor and tsander ring; hvoss is logged out and fkrueger paused.
    expect(agentLegs.map((r) => r.dstUserName).sort()).toEqual(['aturitzo', 'soconnor', 'tsander']);
    for (const leg of agentLegs) {
      expect(leg).toMatchObject({
        via: 'queue',
        state: 'RINGING',
        srcNumber: '+49301234567',
        data: { queue: { queueName: 'Support', queueExtension: '300' } },
      });
    }
    expect(await stateOf(t)).toBe('Ringing');
    const queue = await t.json<Row>('queue/Support');
    expect(queue.entries).toEqual([
      expect.objectContaining({ position: 1, phonecallId, calleridnum: '+49301234567' }),
    ]);
    const list = await t.json<Row[]>('queue/');
    expect(list.find((q) => q['029tea_bez'] === 'Support')).toMatchObject({
      countEntries: 1,
      members: expect.objectContaining({
        countMembersRinging: 3,
        countPausedMembers: 1,
        countInactiveMembers: 1,
      }),
    });
  });

  test('answered by a colleague: the agent stops ringing and the history says "elsewhere"', async () => {
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+49301234567', to: '300' });
    const agentLeg = (await liveRecords(t)).find((r) => r.dstUserName === 'tsander');
    clock.advance(6_000);
    t.pbx.sim.answer(phonecallId, { by: 'soconnor' });

    const live = await liveRecords(t);
    expect(live.map((r) => [r.parentId === '' ? 'queue' : r.dstUserName, r.state])).toEqual([
      ['queue', 'BUSY'],
      ['soconnor', 'BUSY'],
    ]);
    expect(await stateOf(t)).toBe('Idle');
    expect(await stateOf(t, 'soconnor')).toBe('InUse');
    const [missedByAgent] = await t.json<Row[]>(`cdr/?phonecallid=${String(agentLeg?.phonecallId)}`);
    t.pbx.sim.hangup(phonecallId);
    const [queueRecord] = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}`);
    // History parentIds name the parent's record (the queue leg's), not its phonecallId.
    expect(missedByAgent).toMatchObject({
      result: 'noanswer',
      resultDetails: 'elsewhere',
      via: 'queue',
      parentId: queueRecord?.id,
      chain: queueRecord?.chain,
    });
    expect((await t.json<Row>('queue/Support')).entries).toEqual([]);
  });

  test('answered by the agent through the app (pickup on the default device)', async () => {
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+49301234567', to: 'Zentrale' });
    expect((await t.post('identity/tsander/defaultdevice/action', { action: 'pickup' })).status).toBe(200);
    const live = await liveRecords(t);
    expect(live).toHaveLength(2);
    expect(live[1]).toMatchObject({
      parentId: phonecallId,
      dstUserName: 'tsander',
      state: 'BUSY',
      dstDeviceName: 'pascom Softphone [Tina Sander]',
    });
    expect(await stateOf(t)).toBe('InUse');
    t.pbx.sim.hangup(phonecallId);
    const chain = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}&chaindata=true&order=asc`);
    expect(chain.map((r) => [r.dstName, r.result])).toEqual(
      expect.arrayContaining([
        ['Zentrale', 'hangup'],
        ['Tina Sander', 'hangup'],
      ]),
    );
  });

  test('paused or logged-out members are not rung; a second caller waits until a member is free', async () => {
    await t.post('queue/action', { action: 'pause', identity: 'tsander', reason: 'Backoffice' });
    const first = t.pbx.sim.startInboundCall({ from: '+49301111111', to: 'Support' });
    expect((await liveRecords(t)).some((r) => r.dstUserName === 'tsander')).toBe(false);
    t.pbx.sim.answer(first.phonecallId, { by: 'aturitzo' });
    t.pbx.sim.setUserState('soconnor', 'InUse');
    const second = t.pbx.sim.startInboundCall({ from: '+49302222222', to: 'Support' });
    expect((await liveRecords(t)).filter((r) => r.parentId === second.phonecallId)).toEqual([]);
    expect((await t.json<Row>('queue/Support')).entries).toEqual([
      expect.objectContaining({ phonecallId: second.phonecallId }),
    ]);

    await t.post('queue/Support/action', { action: 'unpause', identity: 'tsander' });
    const ringing = (await liveRecords(t)).filter((r) => r.parentId === second.phonecallId);
    expect(ringing.map((r) => r.dstUserName)).toEqual(['tsander']);

    await t.post('identity/tsander/defaultdevice/action', { action: 'hangup' });
    expect((await liveRecords(t)).filter((r) => r.parentId === second.phonecallId)).toEqual([]);
  });

  test('an unanswered queue call can leave a voicemail in the queue mailbox', () => {
    const before = t.pbx.sim.voicemails('300').length;
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+49301234567', to: 'Support' });
    t.pbx.sim.hangup(phonecallId, { leaveVoicemail: true });
    expect(t.pbx.sim.voicemails('300')).toHaveLength(before + 1);
  });
});
