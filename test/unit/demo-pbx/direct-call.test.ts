import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEMO_CALLERS } from '../../../electron/demo-pbx/index';
import { type FakeClock, fakeClock, liveRecords, startTestPbx, stateOf, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('a direct inbound call, consistent across states, live calls and history', () => {
  let t: TestPbx;
  let clock: FakeClock;
  beforeEach(async () => {
    clock = fakeClock();
    t = await startTestPbx({ now: clock.now });
  });
  afterEach(() => t.pbx.close());

  test('rings, is answered on the default device, held, resumed and hung up', async () => {
    const caller = DEMO_CALLERS.lukasMueller;
    expect(await stateOf(t)).toBe('Idle');
    expect((await t.api('cdr/live')).status).toBe(204);

    const { phonecallId } = t.pbx.sim.startInboundCall({ from: caller.callsFrom, to: 'tsander' });
    expect(await stateOf(t)).toBe('Ringing');
    const [ringing] = await liveRecords(t);
    expect(ringing).toMatchObject({
      phonecallId,
      parentId: '',
      via: '',
      state: 'RINGING',
      srcInternal: false,
      srcNumber: caller.callsFrom,
      srcName: caller.displayname,
      srcUserName: '',
      srcUserId: '',
      dstInternal: true,
      dstUserName: 'tsander',
      dstExtension: '221',
      connected: 0,
      data: { voicemail: [] },
    });

    clock.advance(4_000);
    const pickup = await t.post('identity/tsander/defaultdevice/action', { action: 'pickup' });
    expect(pickup.status).toBe(200);
    expect(await stateOf(t)).toBe('InUse');
    clock.advance(10_000);
    const [talking] = await liveRecords(t);
    expect(talking).toMatchObject({
      state: 'BUSY',
      ringing: 4,
      connected: 10,
      duration: 14,
      dstDeviceName: 'pascom Softphone [Tina Sander]',
    });
    expect(await t.json<Row>(`cdr/live/${phonecallId}`)).toMatchObject({ phonecallId, state: 'BUSY' });

    await t.post('identity/tsander/defaultdevice/action', { action: 'hold' });
    expect(await stateOf(t)).toBe('OnHold');
    clock.advance(5_000);
    await t.post('identity/tsander/defaultdevice/action', { action: 'hold' });
    expect(await stateOf(t)).toBe('InUse');

    clock.advance(1_000);
    t.pbx.sim.hangup(phonecallId);
    expect(await stateOf(t)).toBe('Idle');
    expect((await t.api('cdr/live')).status).toBe(204);
    expect((await t.api(`cdr/live/${phonecallId}`)).status).toBe(204);

    const [record] = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}`);
    // The reference's shape: the record has an id of its own; phonecallId is the live call's, and
    // the chain is "<start ms>_<phonecallId of the call's first leg>".
    expect(record?.id).not.toBe(phonecallId);
    expect(record?.chain).toMatch(new RegExp(`^\\d{13}_${phonecallId}$`));
    expect(record).toMatchObject({
      phonecallId,
      result: 'hangup',
      resultDetails: 'src',
      duration: 20,
      connected: 16,
      holdCount: 1,
      holdDuration: 5,
      srcNumber: caller.callsFrom,
      srcPhonebookEntryId: expect.any(Number),
      dstUserName: 'tsander',
      chain: expect.stringMatching(/^\d+_\d+$/),
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d \+0000$/),
    });
  });

  test('a second call during a call shows InUse&Ringing, and the newest ringing call is picked up', async () => {
    const first = t.pbx.sim.startInboundCall({ from: '0891234567', to: '221' });
    t.pbx.sim.answer(first.phonecallId);
    const second = t.pbx.sim.startInboundCall({ from: '230', to: 'tsander' });
    expect(await stateOf(t)).toBe('InUse&Ringing');
    const live = await liveRecords(t);
    expect(live.map((r) => [r.phonecallId, r.state])).toEqual([
      [first.phonecallId, 'BUSY'],
      [second.phonecallId, 'RINGING'],
    ]);
    expect(live[1]).toMatchObject({
      srcInternal: true,
      srcUserName: 'ameyer',
      srcName: 'Anna Meyer',
      srcExtension: '230',
    });
    expect(await stateOf(t, 'ameyer')).toBe('InUse');
  });

  test('unanswered with leaveVoicemail: a noanswer/voicemail record and a message in mailbox 221', async () => {
    const before = t.pbx.sim.voicemails('221').length;
    const { phonecallId } = t.pbx.sim.startInboundCall({
      from: DEMO_CALLERS.sabineWeiss.callsFrom,
      to: 'tsander',
    });
    clock.advance(20_000);
    t.pbx.sim.hangup(phonecallId, { leaveVoicemail: true, voicemailDurationSeconds: 7 });
    const [record] = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}`);
    expect(record).toMatchObject({
      result: 'noanswer',
      resultDetails: 'voicemail',
      connected: 0,
      duration: 20,
    });
    const messages = t.pbx.sim.voicemails('221');
    expect(messages).toHaveLength(before + 1);
    expect(messages[0]).toMatchObject({ folder: 'INBOX', callerName: 'Sabine Weiß', durationSeconds: 7 });
  });

  test('the caller can also hang up unanswered without a voicemail (a missed call)', async () => {
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+4930777777', to: 'tsander' });
    t.pbx.sim.hangup(phonecallId);
    const [record] = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}`);
    expect(record).toMatchObject({ result: 'noanswer', resultDetails: 'src', srcName: '' });
  });

  test('declining a ringing call with hangup ends it as rejected by the called party', async () => {
    const { phonecallId } = t.pbx.sim.startInboundCall({ from: '+4930777777', to: 'tsander' });
    expect((await t.post('identity/tsander/defaultdevice/action', { action: 'hangup' })).status).toBe(200);
    const [record] = await t.json<Row[]>(`cdr/?phonecallid=${phonecallId}`);
    expect(record).toMatchObject({ result: 'noanswer', resultDetails: 'dst' });
  });

  test('setUserState forces a hint until it is cleared', async () => {
    t.pbx.sim.setUserState('tsander', 'Unavailable');
    expect(await stateOf(t)).toBe('Unavailable');
    t.pbx.sim.setUserState('tsander', 'InUse&Hold');
    expect(await stateOf(t)).toBe('InUse&Hold');
    t.pbx.sim.setUserState('tsander', null);
    expect(await stateOf(t)).toBe('Idle');
  });
});
