import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type FakeClock, fakeClock, startTestPbx, type TestPbx } from './helpers';

describe('injected faults hit REST requests only', () => {
  let t: TestPbx;
  let clock: FakeClock;
  beforeEach(async () => {
    clock = fakeClock();
    t = await startTestPbx({ now: clock.now });
  });
  afterEach(() => t.pbx.close());

  test('latency delays the answer but not the simulator API', async () => {
    t.pbx.sim.injectFault({ kind: 'latency', ms: 300, count: 1 });
    const simStarted = performance.now();
    await t.control('liveCalls');
    expect(performance.now() - simStarted).toBeLessThan(250);
    const started = performance.now();
    expect((await t.api('identity/tsander')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    const after = performance.now();
    await t.api('identity/tsander');
    expect(performance.now() - after).toBeLessThan(250);
  });

  test('a status code for N requests, then normal answers again', async () => {
    t.pbx.sim.injectFault({ kind: 'status', status: 500, count: 2 });
    expect((await t.api('queue/')).status).toBe(500);
    expect((await t.api('queue/')).status).toBe(500);
    expect((await t.api('queue/')).status).toBe(200);
    expect(t.pbx.requests.map((r) => r.status)).toEqual([500, 500, 200]);
  });

  test('a status code for some time on the PBX clock, limited to a path prefix', async () => {
    t.pbx.sim.injectFault({ kind: 'status', status: 503, forMs: 10_000, pathPrefix: '/cdr' });
    expect((await t.api('cdr/live')).status).toBe(503);
    expect((await t.api('identity/tsander')).status).toBe(200);
    clock.advance(10_000);
    expect((await t.api('cdr/live')).status).toBe(204);
  });

  test('a 204 answer can be forced (older PBXs answer it to /identity/states)', async () => {
    t.pbx.sim.injectFault({ kind: 'status', status: 204, pathPrefix: '/services/identity/states' });
    const response = await t.api('identity/states?keys=tsander');
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  test('429 with Retry-After', async () => {
    t.pbx.sim.injectFault({ kind: 'retry-after', retryAfterSeconds: 7, count: 1 });
    const response = await t.api('queue/');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
  });

  test('a dropped connection: the socket closes without an answer', async () => {
    t.pbx.sim.injectFault({ kind: 'drop', count: 1 });
    await expect(t.api('identity/tsander')).rejects.toThrow();
    expect(t.pbx.requests.at(-1)?.status).toBe(0);
    expect((await t.api('identity/tsander')).status).toBe(200);
  });

  test('malformed JSON: a body cut off mid-way with the JSON content type', async () => {
    t.pbx.sim.injectFault({ kind: 'malformed', count: 1 });
    const response = await t.api('identity/tsander');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(text.startsWith('{"003use_id"')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  test('401 even with the right credentials, until cleared', async () => {
    t.pbx.sim.injectFault({ kind: 'unauthorized' });
    const response = await t.api('identity/tsander');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await t.api('queue/')).status).toBe(401);
    t.pbx.sim.clearFaults();
    expect((await t.api('queue/')).status).toBe(200);
  });

  test('invalid fault specs are refused', () => {
    expect(() => t.pbx.sim.injectFault({ kind: 'status', status: 42 })).toThrow();
  });
});
