import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_CALLERS } from '../../../electron/demo-pbx/index';
import { type FakeClock, fakeClock, startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('cdr history with the documented filters', () => {
  let t: TestPbx;
  let clock: FakeClock;
  beforeAll(async () => {
    clock = fakeClock();
    t = await startTestPbx({ now: clock.now });
  });
  afterAll(() => t.pbx.close());

  test('a week of seeded history, newest first by default, with the documented fields', async () => {
    const records = await t.json<Row[]>('cdr/');
    expect(records.length).toBeGreaterThan(40);
    const timestamps = records.map((r) => Number(r.timestamp));
    expect(timestamps).toEqual([...timestamps].sort((a, b) => b - a));
    expect(Math.min(...timestamps)).toBeGreaterThan(clock.now() - 8 * 86_400_000);
    expect(records[0]).toEqual(
      expect.objectContaining({
        id: expect.any(Number),
        chain: expect.any(String),
        result: expect.stringMatching(/^(hangup|noanswer|transfer)$/),
        srcInternal: expect.any(Boolean),
        dstPhonebookEntryId: expect.anything(),
        data: expect.any(Object),
      }),
    );
  });

  test('limit, order, timefrom and timeto (ms or YYYY-MM-DD)', async () => {
    expect(await t.json<Row[]>('cdr/?limit=5')).toHaveLength(5);
    const ascending = await t.json<Row[]>('cdr/?limit=3&order=asc');
    expect(Number(ascending[0]?.timestamp)).toBeLessThanOrEqual(Number(ascending[2]?.timestamp));
    const since = clock.now() - 3 * 3_600_000;
    const recent = await t.json<Row[]>(`cdr/?timefrom=${since}`);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((r) => Number(r.timestamp) >= since)).toBe(true);
    const today = new Date(clock.now()).toISOString().slice(0, 10);
    const byDay = await t.json<Row[]>(`cdr/?timefrom=${today}&timeto=${today}`);
    expect(byDay.every((r) => new Date(Number(r.timestamp)).toISOString().startsWith(today))).toBe(true);
    expect((await t.api('cdr/?timefrom=gestern')).status).toBe(400);
    expect((await t.api('cdr/?limit=viele')).status).toBe(400);
  });

  test('calls from the same contact in different formats are found with a wildcard on srcnumber', async () => {
    const digits = DEMO_CALLERS.lukasMueller.callsFrom.slice(-9);
    const fromLukas = await t.json<Row[]>(`cdr/?srcnumber=%25${digits}&dstusername=tsander`);
    expect(fromLukas.length).toBeGreaterThanOrEqual(3);
    expect(new Set(fromLukas.map((r) => r.srcNumber))).toEqual(
      new Set([DEMO_CALLERS.lukasMueller.callsFrom, DEMO_CALLERS.lukasMueller.sameInOtherFormat]),
    );
    expect(fromLukas.some((r) => r.result === 'noanswer')).toBe(true);
  });

  test('result, via, srcinternal and chaindata filters', async () => {
    const missed = await t.json<Row[]>('cdr/?dstusername=tsander&result=noanswer');
    expect(missed.every((r) => r.result === 'noanswer' && r.dstUserName === 'tsander')).toBe(true);
    const viaQueue = await t.json<Row[]>('cdr/?via=queue');
    expect(viaQueue.length).toBeGreaterThan(0);
    expect(viaQueue.every((r) => r.via === 'queue' && typeof r.parentId === 'number')).toBe(true);
    const [agentLeg] = viaQueue;
    const chain = await t.json<Row[]>(`cdr/?id=${String(agentLeg?.id)}&chaindata=true`);
    expect(chain.length).toBeGreaterThan(1);
    expect(chain.every((r) => r.chain === agentLeg?.chain)).toBe(true);
    expect((await t.json<Row[]>('cdr/?srcinternal=true')).every((r) => r.srcInternal === true)).toBe(true);
    expect((await t.api('cdr/?srcinternal=maybe')).status).toBe(400);
    expect((await t.api('cdr/?srcusername=niemand')).status).toBe(204);
  });
});
