/**
 * The demo's /_sim/ control API answers only requests that carry this start's token and name this
 * machine in their Host header: a web page open while the demo runs can do neither.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostNameOf, sameToken } from '../../../electron/demo-pbx/sim-guard';
import { startTestPbx, type TestPbx } from './helpers';

/** A raw request, so the Host header can be anything (fetch does not let a caller set it). */
function rawPost(
  t: TestPbx,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const { port } = new URL(t.pbx.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ from: '+49891234567', to: 'tsander' }));
  });
}

describe('the /_sim/ guard', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());

  test('every start has its own token, and the demo hands it out through its API', async () => {
    const other = await startTestPbx();
    try {
      expect(t.pbx.simToken).toMatch(/^[\w-]{20,}$/);
      expect(other.pbx.simToken).not.toBe(t.pbx.simToken);
    } finally {
      await other.pbx.close();
    }
  });

  test('without the token, a request is refused and no call is started', async () => {
    const host = new URL(t.pbx.origin).host;
    const refused = await rawPost(t, '/_sim/startInboundCall', { host });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('x-sim-token');
    const wrong = await rawPost(t, '/_sim/startInboundCall', { host, 'x-sim-token': `${t.pbx.simToken}x` });
    expect(wrong.status).toBe(403);
    expect((await t.simFetch('')).status).toBe(200);
    expect((await fetch(`${t.pbx.origin}/_sim/`)).status).toBe(403);
    expect(t.pbx.sim.liveCalls()).toEqual([]);
  });

  test('a foreign Host header (a page that rebound its DNS name to 127.0.0.1) is refused, token or not', async () => {
    const port = new URL(t.pbx.origin).port;
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`]) {
      const refused = await rawPost(t, '/_sim/startInboundCall', { host, 'x-sim-token': t.pbx.simToken });
      expect(refused.status, host).toBe(403);
      expect(refused.body).toContain('Host');
    }
    expect(t.pbx.sim.liveCalls()).toEqual([]);
  });

  test('with the token and a local Host, it works as before', async () => {
    const port = new URL(t.pbx.origin).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const started = await rawPost(t, '/_sim/startInboundCall', { host, 'x-sim-token': t.pbx.simToken });
      expect(started.status, host).toBe(200);
    }
    expect(t.pbx.sim.liveCalls().length).toBeGreaterThan(0);
  });

  test('reads Host headers and compares tokens strictly', () => {
    expect(hostNameOf('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(hostNameOf('[::1]:8080')).toBe('::1');
    expect(hostNameOf('LocalHost')).toBe('localhost');
    expect(hostNameOf('a:b:c')).toBeNull();
    expect(hostNameOf(undefined)).toBeNull();
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abd', 'abc')).toBe(false);
    expect(sameToken('ab', 'abc')).toBe(false);
    expect(sameToken(undefined, 'abc')).toBe(false);
  });
});
