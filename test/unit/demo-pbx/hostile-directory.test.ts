import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  GHOST_USER,
  LONG_DISPLAY_NAME,
  MISSING_STATE_USER,
} from '../../../electron/demo-pbx/hostile/directory';
import { RTL_OVERRIDE } from '../../../electron/demo-pbx/hostile/records';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('hostile mode: the team board’s and availability’s answers', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx({ hostile: true });
  });
  afterAll(() => t.pbx.close());

  test('the users include names with HTML, a bidi override, emoji and 250 characters, with null or unknown presence', async () => {
    const users = await t.json<Row[]>('identity/');
    const byName = (name: string) => users.find((user) => user['003use_name'] === name);
    expect(byName('hostile.html')).toMatchObject({
      '003use_bez': expect.stringContaining('<img'),
      '003use_state': null,
    });
    expect(byName('hostile.rtl')).toMatchObject({
      '003use_bez': expect.stringContaining(RTL_OVERRIDE),
      '003use_state': 'USER_DND',
    });
    expect(byName('hostile.emoji')?.['003use_bez']).toMatch(/\p{Extended_Pictographic}/u);
    expect(byName('hostile.long')?.['003use_bez']).toBe(LONG_DISPLAY_NAME);
    expect(LONG_DISPLAY_NAME.length).toBeGreaterThan(200);
    expect(users.some((user) => typeof user['003use_id'] === 'object')).toBe(true);
    expect(byName('tsander')).toBeDefined();
  });

  test('states: unknown hint strings for the planted users, and a colleague left out', async () => {
    const states = await t.json<Row>(
      `identity/states?keys=tsander,${MISSING_STATE_USER},ameyer,hostile.html,hostile.rtl,hostile.long`,
    );
    expect(states).not.toHaveProperty(MISSING_STATE_USER);
    expect(states.ameyer).toEqual({ state: 'Idle', '003use_bez': 'Anna Meyer' });
    expect(states['hostile.html']).toMatchObject({ state: 'Quantum&Superposition' });
    expect(states['hostile.rtl']).toMatchObject({ state: '' });
    expect(states['hostile.long']).toMatchObject({ state: 42 });
  });

  test('a team role of the agent lists a user who does not exist, an object and ".."', async () => {
    const team = (await t.json<Row>(`role/${encodeURIComponent('Team Zentrale')}`)).identities as unknown[];
    expect(team).toEqual(
      expect.arrayContaining(['tsander', GHOST_USER, 'hostile.html', '..', { evil: true }]),
    );
    expect((await t.api(`identity/${GHOST_USER}`)).status).toBe(404);
    expect((await t.json<Row>('role/Technik')).identities).not.toContain(GHOST_USER);
    expect(await t.json<unknown[]>('role/')).toContain('..');
  });

  test('locations and switches carry a record without a usable id and one with odd fields', async () => {
    const locations = await t.json<Row[]>('location/');
    expect(locations.some((row) => typeof row['012loc_id'] === 'object')).toBe(true);
    expect(locations.some((row) => row['012loc_static'] === 'maybe')).toBe(true);
    const switches = await t.json<Row[]>('condition/switch');
    expect(switches).toContainEqual(expect.objectContaining({ '039swi_state': 'maybe' }));
    expect(switches).toContainEqual(expect.objectContaining({ '009ext_extension': '..' }));
  });
});
