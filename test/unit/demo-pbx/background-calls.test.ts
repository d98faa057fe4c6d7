import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { liveRecords, startTestPbx, stateOf, type TestPbx } from './helpers';

describe('background calls: a busy PBX that does not involve the agent', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());

  test('50 concurrent calls of others fill /cdr/live; the agent stays Idle and queues do not ring her', async () => {
    const { phonecallIds } = t.pbx.sim.addBackgroundCalls(50);
    expect(phonecallIds).toHaveLength(50);
    const live = await liveRecords(t);
    expect(live.length).toBeGreaterThanOrEqual(50);
    expect(live.every((r) => r.srcUserName !== 'tsander' && r.dstUserName !== 'tsander')).toBe(true);
    expect(live.every((r) => r.state === 'BUSY' && Number(r.connected) > 0)).toBe(true);
    expect(t.pbx.requests.at(-1)?.responseBytes).toBeGreaterThan(30_000);
    expect(await stateOf(t)).toBe('Idle');

    t.pbx.sim.clearBackgroundCalls();
    expect((await t.api('cdr/live')).status).toBe(204);
  });
});
