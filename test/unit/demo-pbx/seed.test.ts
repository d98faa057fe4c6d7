import { describe, expect, test } from 'vitest';
import { startDemoPbx } from '../../../electron/demo-pbx/index';
import { fakeClock } from './helpers';

async function snapshot(options: { seed?: number; globalPhonebookSize?: number }): Promise<unknown[]> {
  const clock = fakeClock();
  const pbx = await startDemoPbx({ ...options, now: clock.now, apiPassword: 'x' });
  const authorization = `Basic ${Buffer.from('api:x').toString('base64')}`;
  try {
    const get = (path: string) =>
      fetch(`${pbx.baseUrl}/services/${path}`, { headers: { authorization } }).then((r) => r.json());
    return [
      await get('phonebook/?limit=20'),
      await get('cdr/?limit=10'),
      await get('voicemailbox/221/*'),
      await get('identity/tsander/device'),
    ];
  } finally {
    await pbx.close();
  }
}

describe('seeded data', () => {
  test('is the same for the same seed and clock, and differs for another seed', async () => {
    const a = await snapshot({ seed: 5 });
    expect(await snapshot({ seed: 5 })).toEqual(a);
    expect(await snapshot({ seed: 6 })).not.toEqual(a);
  });

  test('a large phonebook for benchmarks starts quickly', async () => {
    const started = performance.now();
    const pbx = await startDemoPbx({ globalPhonebookSize: 100_000 });
    const elapsedMs = performance.now() - started;
    try {
      const response = await fetch(`${pbx.baseUrl}/services/phonebook/?limit=1`, {
        method: 'HEAD',
        headers: { authorization: `Basic ${Buffer.from(`api:${pbx.apiPassword}`).toString('base64')}` },
      });
      expect(Number(response.headers.get('x-total'))).toBeGreaterThan(100_000);
      expect(elapsedMs).toBeLessThan(10_000);
    } finally {
      await pbx.close();
    }
  });
});
