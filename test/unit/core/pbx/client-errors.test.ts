import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { PbxExchange } from '../../../../electron/core/pbx/client';
import { DEFAULT_RETRY_AFTER_MS } from '../../../../electron/core/pbx/error-mapping';
import { isPbxError, type PbxError } from '../../../../electron/core/pbx/errors';
import { API_PASSWORD, clientFor, type StubPbx, startStubPbx } from './stub-pbx';

const anything = z.unknown();

async function failure(promise: Promise<unknown>): Promise<PbxError> {
  try {
    await promise;
  } catch (error) {
    if (isPbxError(error)) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

let pbx: StubPbx;
beforeAll(async () => {
  pbx = await startStubPbx();
});
afterAll(() => pbx.close());
beforeEach(() => {
  pbx.requests.length = 0;
});

describe('HTTP status codes become error kinds the connection lifecycle can act on', () => {
  test.each([
    [400, 'bad-request'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
  ] as const)('%i -> %s, with the status and the path but no body dump', async (status, kind) => {
    pbx.handle(() => ({ status, body: '<html><body>a long error page</body></html>' }));
    const error = await failure(clientFor(pbx.baseUrl).getJson(['identity', 'tsander'], anything));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/services/identity/tsander');
    expect(error.message).not.toContain('<html>');
  });

  test('204 No Content is "no data", not an error', async () => {
    pbx.handle(() => ({ status: 204 }));
    await expect(clientFor(pbx.baseUrl).getJson(['cdr', 'live'], anything)).resolves.toBeNull();
  });

  test('an empty 200 body is "no data" too', async () => {
    pbx.handle(() => ({ status: 200, body: '' }));
    await expect(clientFor(pbx.baseUrl).getJson(['cdr', 'live'], anything)).resolves.toBeNull();
  });

  test('a PBX message in a 400 body is kept as a short detail', async () => {
    pbx.handle(() => ({ status: 400, body: { Response: 'Error', Message: 'Static member cannot log out' } }));
    const error = await failure(clientFor(pbx.baseUrl).postJson(['queue', 'action'], {}, anything));
    expect(error.kind).toBe('bad-request');
    expect(error.detail).toBe('Static member cannot log out');
  });

  test('a PBX echoing the credentials back in an error body does not leak them', async () => {
    pbx.handle((request) => ({ status: 400, body: `bad request from ${request.headers.authorization}` }));
    const error = await failure(clientFor(pbx.baseUrl).getJson(['identity'], anything));
    const token = Buffer.from(`moby:${API_PASSWORD}`).toString('base64');
    expect(error.detail).toContain('[redacted]');
    expect(`${error.message} ${error.detail} ${JSON.stringify(error)}`).not.toContain(token);
    expect(`${error.message} ${error.detail}`).not.toContain(API_PASSWORD);
  });
});

describe('429 carries the delay the PBX asks for', () => {
  test('Retry-After in seconds', async () => {
    pbx.handle(() => ({ status: 429, headers: { 'retry-after': '7' } }));
    const error = await failure(clientFor(pbx.baseUrl).getJson(['identity', 'states'], anything));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(7000);
  });

  test('Retry-After as an HTTP date, measured against the injected clock', async () => {
    const nowMs = Date.parse('2024-03-01T10:00:00Z');
    pbx.handle(() => ({ status: 429, headers: { 'retry-after': 'Fri, 01 Mar 2024 10:01:30 GMT' } }));
    const client = clientFor(pbx.baseUrl, { now: () => nowMs });
    const error = await failure(client.getJson(['identity', 'states'], anything));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(90_000);
  });

  test('without Retry-After the default delay applies', async () => {
    pbx.handle(() => ({ status: 429 }));
    const error = await failure(clientFor(pbx.baseUrl).getJson(['identity', 'states'], anything));
    expect(error.retryAfterMs).toBe(DEFAULT_RETRY_AFTER_MS);
  });
});

describe('no answer at all', () => {
  test('a PBX that never answers times out after timeoutMs', async () => {
    pbx.handle(() => ({ hang: true }));
    const started = performance.now();
    const error = await failure(
      clientFor(pbx.baseUrl, { timeoutMs: 300 }).getJson(['cdr', 'live'], anything),
    );
    expect(error.kind).toBe('timeout');
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('every request gets its own fresh timeout', async () => {
    pbx.handle(() => ({ status: 200, body: [] }));
    const client = clientFor(pbx.baseUrl, { timeoutMs: 300 });
    await client.getJson(['queue'], anything);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(client.getJson(['queue'], anything)).resolves.toEqual([]);
  });

  test('a refused connection is offline', async () => {
    const port = await closedPort();
    const error = await failure(clientFor(`http://127.0.0.1:${port}/acme`).getJson(['identity'], anything));
    expect(error.kind).toBe('offline');
    expect(error.detail).toBe('connection-refused');
  });

  test('a connection cut before the answer is offline', async () => {
    pbx.handle(() => ({ destroy: true }));
    const error = await failure(clientFor(pbx.baseUrl).getJson(['identity'], anything));
    expect(error.kind).toBe('offline');
  });

  test("the caller's abort is rethrown as its own reason, not as a PBX failure", async () => {
    pbx.handle(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = clientFor(pbx.baseUrl).getJson(['cdr', 'live'], anything, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('suspend')), 50);
    await expect(pending).rejects.toThrow('suspend');
  });

  test('an already aborted signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort(new Error('suspended'));
    const client = clientFor(pbx.baseUrl);
    await expect(client.getJson(['cdr'], anything, { signal: controller.signal })).rejects.toThrow(
      'suspended',
    );
    expect(pbx.requests).toHaveLength(0);
  });
});

describe('bodies that do not parse', () => {
  test('non-JSON with 200 is a bad response', async () => {
    pbx.handle(() => ({ status: 200, body: '<html>login</html>', headers: { 'content-type': 'text/html' } }));
    const error = await failure(clientFor(pbx.baseUrl).getJson(['identity'], anything));
    expect(error.kind).toBe('bad-response');
    expect(error.detail).toBe('the body is not JSON');
  });

  test('a schema mismatch names the field, not the value', async () => {
    pbx.handle(() => ({ status: 200, body: { entries: [{ id: 'secret-looking-value' }] } }));
    const schema = z.object({ entries: z.array(z.object({ id: z.number() })) });
    const error = await failure(clientFor(pbx.baseUrl).getJson(['phonebook'], schema));
    expect(error.kind).toBe('bad-response');
    expect(error.detail).toMatch(/^field entries\[0\]\.id: /);
    expect(error.message).not.toContain('secret-looking-value');
  });
});

describe('onExchange sees every request without its secrets', () => {
  test('success and failure are both reported with status, bytes and duration', async () => {
    const exchanges: PbxExchange[] = [];
    const client = clientFor(pbx.baseUrl, { exchanges });
    pbx.handle(() => ({ status: 200, body: { ok: true } }));
    await client.getJson(['identity', 'tsander'], anything, { query: { search: 'Müller' } });
    pbx.handle(() => ({ status: 401 }));
    await failure(client.getJson(['identity', 'tsander'], anything));
    expect(exchanges).toHaveLength(2);
    expect(exchanges[0]).toMatchObject({
      method: 'GET',
      path: '/services/identity/tsander',
      status: 200,
      bytes: 11,
    });
    expect(exchanges[1]).toMatchObject({ status: 401, errorKind: 'auth', bytes: 0 });
    expect(exchanges[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(exchanges)).not.toContain('Müller');
  });

  test('an observer that throws does not break the request', async () => {
    pbx.handle(() => ({ status: 200, body: [1] }));
    const client = clientFor(pbx.baseUrl, {
      onExchange: () => {
        throw new Error('logger broke');
      },
    });
    await expect(client.getJson(['queue'], anything)).resolves.toEqual([1]);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
