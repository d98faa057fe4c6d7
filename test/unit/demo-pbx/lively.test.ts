import { afterEach, describe, expect, test } from 'vitest';
import { liveRecords, startTestPbx, type TestPbx, waitFor } from './helpers';

type Row = Record<string, unknown>;

describe('lively mode: random inbound calls for the demo', () => {
  let t: TestPbx | undefined;
  afterEach(() => t?.pbx.close());

  test('produces calls to the agent and her queues; some missed, some answered by colleagues', async () => {
    const startedAtMs = Date.now();
    t = await startTestPbx({ lively: { meanIntervalMs: 80 } });
    const pbx = t;
    const history = await waitFor(async () => {
      const records = await pbx.json<Row[]>(`cdr/?timefrom=${startedAtMs}&order=asc`).catch(() => []);
      const roots = records.filter((r) => r.parentId === '');
      const answeredByColleague = records.some(
        (r) => r.via === 'queue' && r.result === 'hangup' && r.dstUserName !== 'tsander',
      );
      const missed = roots.some((r) => r.result === 'noanswer' && r.resultDetails !== 'voicemail');
      const voicemail = roots.some((r) => r.resultDetails === 'voicemail');
      return roots.length >= 6 && missed && voicemail && answeredByColleague ? records : undefined;
    }, 15_000);
    const targets = new Set(history.filter((r) => r.parentId === '').map((r) => r.dstName));
    for (const target of targets)
      expect(['Tina Sander', 'Zentrale', 'Support', 'Vertrieb Inland']).toContain(target);
    expect(history.every((r) => r.srcInternal === false)).toBe(true);
    const mailboxes = ['221', '200', '300', '310'];
    const newMessages = mailboxes
      .flatMap((box) => pbx.pbx.sim.voicemails(box))
      .filter((m) => m.origTimeSeconds * 1000 >= startedAtMs - 1000);
    expect(newMessages.length).toBeGreaterThan(0);
  });

  test('the agent can answer a lively call through the app; the caller hangs up later', async () => {
    t = await startTestPbx({ lively: { meanIntervalMs: 60 } });
    const pbx = t;
    await waitFor(
      async () =>
        (await liveRecords(pbx)).some((r) => r.dstUserName === 'tsander' && r.state === 'RINGING')
          ? true
          : undefined,
      10_000,
    );
    expect((await pbx.post('identity/tsander/defaultdevice/action', { action: 'pickup' })).status).toBe(200);
    pbx.pbx.sim.setLively(false);
    const answered = (await liveRecords(pbx)).find((r) => r.dstUserName === 'tsander' && r.state === 'BUSY');
    expect(answered).toBeDefined();
    await waitFor(
      async () =>
        (await liveRecords(pbx)).some((r) => r.phonecallId === answered?.phonecallId) ? undefined : true,
      10_000,
    );
  });

  test('can be switched on and off at run time', async () => {
    t = await startTestPbx();
    const pbx = t;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await liveRecords(pbx)).toEqual([]);
    pbx.pbx.sim.setLively(true);
    pbx.pbx.sim.setLively(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await liveRecords(pbx)).toEqual([]);
  });
});
