import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestPbx, type TestPbx } from './helpers';

type Row = Record<string, unknown>;

describe('extensions and redirects', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());

  test('lists every extension with its type', async () => {
    const rows = await t.json<Row[]>('extension/');
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          '009ext_extension': '221',
          typ: 'Benutzer',
          text: 'Tina Sander',
          src: '011account',
          resource: expect.stringMatching(/^users\/user-\d+$/),
        },
        {
          '009ext_extension': '310',
          typ: 'Warteschlange',
          text: 'Vertrieb Inland',
          src: '029team',
          resource: 'queues/queue-3',
        },
        expect.objectContaining({ '009ext_extension': '110', typ: 'Notrufnummer' }),
      ]),
    );
  });

  test('?target= resolves a user, a queue or an external number', async () => {
    expect(await t.json<Row>('extension/?target=221')).toMatchObject({
      typ: 'Benutzer',
      text: 'Tina Sander',
      internal: true,
    });
    expect(await t.json<Row>('extension/?target=Support')).toMatchObject({
      typ: 'Warteschlange',
      '009ext_extension': '300',
      internal: true,
    });
    expect(await t.json<Row>(`extension/?target=${encodeURIComponent('+49 (0)89 1234567')}`)).toMatchObject({
      typ: 'Extern',
      internal: false,
      dialed: '+49891234567',
    });
  });

  test('lists redirects, sets one and clears it (old keeps the last target)', async () => {
    const before = await t.json<Row[]>('redirect/');
    expect(before).toEqual(expect.arrayContaining([{ source: '230', target: '200', old: '200' }]));
    const set = await t.post('redirect/221', { target: '08955555' });
    expect(await set.json()).toEqual({ status: 1, target: '08955555', old: '08955555', source: '221' });
    const cleared = await t.post('redirect/221', { target: '' });
    expect(await cleared.json()).toEqual({ status: 0, target: '', old: '08955555', source: '221' });
    expect(await t.json<Row[]>('redirect/')).toEqual(
      expect.arrayContaining([{ source: '221', target: '', old: '08955555' }]),
    );
    expect((await t.post('redirect/999', { target: '1' })).status).toBe(404);
    expect((await t.post('redirect/221', {})).status).toBe(400);
    expect((await t.post('redirect/221/action', { action: 'notify', destination: '', old: '' })).status).toBe(
      200,
    );
  });

  test('unknown paths are 404 and wrong methods 405', async () => {
    expect((await t.api('astdb/')).status).toBe(404);
    const authorization = `Basic ${Buffer.from(`api:${t.pbx.apiPassword}`).toString('base64')}`;
    expect(
      (await fetch(`${t.pbx.origin}/other/services/identity/`, { headers: { authorization } })).status,
    ).toBe(404);
    expect((await t.api('queue/', { method: 'DELETE' })).status).toBe(405);
  });
});
