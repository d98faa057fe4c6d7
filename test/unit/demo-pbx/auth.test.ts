import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { basicAuth, startTestPbx, type TestPbx } from './helpers';

describe('the demo PBX checks Basic credentials like the PBX', () => {
  let t: TestPbx;
  beforeAll(async () => {
    t = await startTestPbx();
  });
  afterAll(() => t.pbx.close());

  test('starts on the loopback interface with a random port and the demo instance', () => {
    expect(t.pbx.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.pbx.baseUrl).toBe(`${t.pbx.origin}/demo`);
    expect(t.pbx.apiUser).toBe('api');
    expect(t.pbx.agent).toBe('tsander');
  });

  test('a request without credentials gets 401 with a Basic challenge', async () => {
    const response = await fetch(`${t.pbx.baseUrl}/services/identity/`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  });

  test('wrong credentials get 401, the right ones 200', async () => {
    const wrong = await fetch(`${t.pbx.baseUrl}/services/identity/`, {
      headers: { authorization: basicAuth('api', 'nope') },
    });
    expect(wrong.status).toBe(401);
    const otherUser = await fetch(`${t.pbx.baseUrl}/services/identity/`, {
      headers: { authorization: basicAuth('moby', t.pbx.apiPassword) },
    });
    expect(otherUser.status).toBe(401);
    const right = await t.api('identity/');
    expect(right.status).toBe(200);
  });

  test('the pasted "Basic Auth String" form works too, and audio downloads need it as well', async () => {
    const token = Buffer.from(`api:${t.pbx.apiPassword}`).toString('base64');
    const response = await fetch(`${t.pbx.baseUrl}/services/identity/tsander`, {
      headers: { Authorization: `Basic ${token}` },
    });
    expect(response.status).toBe(200);
    const audio = await fetch(`${t.pbx.baseUrl}/asset/voicemailbox/221/INBOX/msg0000`);
    expect(audio.status).toBe(401);
  });

  test('every REST request is recorded with whether it was authorized; /_sim/ is not', async () => {
    t.pbx.clearRequests();
    await fetch(`${t.pbx.baseUrl}/services/queue/`);
    await t.api('queue/');
    await t.control('liveCalls');
    expect(t.pbx.requests.map((r) => [r.method, r.path, r.status, r.authorized])).toEqual([
      ['GET', '/services/queue/', 401, false],
      ['GET', '/services/queue/', 200, true],
    ]);
    expect(t.pbx.requests[1]?.responseBytes).toBeGreaterThan(100);
  });

  test('the password is random per start unless one is given', async () => {
    const { startDemoPbx } = await import('../../../electron/demo-pbx/index');
    const a = await startDemoPbx();
    const b = await startDemoPbx();
    try {
      expect(a.apiPassword).not.toBe(b.apiPassword);
      expect(a.apiPassword.length).toBeGreaterThanOrEqual(12);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
