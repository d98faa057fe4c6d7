import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoPbx } from '../../../electron/demo-pbx/index';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('a PBX of 2,000 users for the team-board benchmarks', () => {
  let t: TestPbx;
  let again: TestPbx;
  beforeAll(async () => {
    [t, again] = await Promise.all([startTestPbx({ userCount: 2000 }), startTestPbx({ userCount: 2000 })]);
  });
  afterAll(() => Promise.all([t.pbx.close(), again.pbx.close()]));

  test('2,000 users with unique usernames and extensions, the demo users among them', async () => {
    const users = await t.json<Row[]>('identity/');
    expect(users).toHaveLength(2000);
    expect(new Set(users.map((user) => user['003use_name'])).size).toBe(2000);
    expect(new Set(users.map((user) => user['009ext_extension'])).size).toBe(2000);
    expect(new Set(users.map((user) => user['003use_id'])).size).toBe(2000);
    expect(users.find((user) => user['003use_name'] === 'tsander')).toMatchObject({
      '009ext_extension': '221',
    });
  });

  test('the same seed gives the same PBX', async () => {
    expect(await again.json<Row[]>('identity/')).toEqual(await t.json<Row[]>('identity/'));
    const other = await startDemoPbx({ userCount: 2000, seed: 7 });
    try {
      const response = await fetch(`${other.baseUrl}/services/identity/`, {
        headers: {
          authorization: `Basic ${Buffer.from(`${other.apiUser}:${other.apiPassword}`).toString('base64')}`,
        },
      });
      const names = ((await response.json()) as Row[]).map((user) => user['003use_name']);
      expect(names).not.toEqual((await t.json<Row[]>('identity/')).map((user) => user['003use_name']));
    } finally {
      await other.close();
    }
  });

  test('the agent’s team has 50 members, every one a user of the PBX; all states in one request', async () => {
    const team = (await t.json<Row>(`role/${encodeURIComponent('Team Zentrale')}`)).identities as string[];
    expect(team).toHaveLength(50);
    const users = new Set((await t.json<Row[]>('identity/')).map((user) => user['003use_name']));
    expect(team.every((name) => users.has(name))).toBe(true);
    const states = await t.json<Row>(`identity/states?keys=${team.join(',')}`);
    expect(Object.keys(states).sort()).toEqual([...team].sort());
  });

  test('fewer users than the demo’s eleven, or more than 10,000, are refused', async () => {
    await expect(startDemoPbx({ userCount: 5 })).rejects.toThrow(/userCount/);
    await expect(startDemoPbx({ userCount: 10_001 })).rejects.toThrow(/userCount/);
  });
});
