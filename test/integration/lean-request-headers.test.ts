/**
 * Every PBX request carries only what the PBX needs: Node's fetch (the preview, benches) and
 * Electron's net.request (pbx-fetch.ts) both send the app's short User-Agent, no Accept-Language
 * and no browser headers, over one kept-alive connection. A server records the raw header names
 * as received, so a header that comes back fails the test.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClientRequest, ClientRequestConstructorOptions, Session } from 'electron';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { silentLogger } from '../../electron/core/log';
import { pbxUserAgent } from '../../electron/core/pbx/user-agent';
import { createPbxNetwork } from '../../electron/main/net';
import { createNodeTlsTrust } from '../../electron/preview/node-tls-trust';
import { FakeClientRequest, type FakeRequestOptions } from '../harness/electron-stub/client-request';
import { FakeSession } from '../harness/electron-stub/session';

interface Received {
  names: string[];
  headers: IncomingMessage['headers'];
  socket: unknown;
}

let server: Server;
let base: string;
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const names = req.rawHeaders.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase());
    received.push({ names, headers: req.headers, socket: req.socket });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const userAgent = pbxUserAgent('1.4.2');
const core = { accept: 'application/json', authorization: 'Basic dTpw' };
const init = (extra: { method?: string; body?: string; headers?: Record<string, string> } = {}) => ({
  method: extra.method ?? 'GET',
  headers: { ...core, ...extra.headers },
  signal: new AbortController().signal,
  redirect: 'manual' as const,
  ...(extra.body === undefined ? {} : { body: extra.body }),
});

describe("the preview's and benches' network (Node, undici)", () => {
  test('a poll sends host, connection, accept, authorization, accept-encoding and the short User-Agent only', async () => {
    const network = createNodeTlsTrust({ userAgent });
    try {
      received.length = 0;
      for (let i = 0; i < 3; i++) {
        const response = await network.fetch(`${base}/services/identity/states?keys=221`, init());
        await response.arrayBuffer();
      }
      const posted = await network.fetch(
        `${base}/services/queue/Support`,
        init({ method: 'PUT', body: '{"paused":true}', headers: { 'content-type': 'application/json' } }),
      );
      await posted.arrayBuffer();
    } finally {
      await network.close();
    }
    expect(received).toHaveLength(4);
    const poll = ['accept', 'accept-encoding', 'authorization', 'connection', 'host', 'user-agent'];
    for (const request of received.slice(0, 3)) expect([...request.names].sort()).toEqual(poll);
    expect([...(received[3]?.names ?? [])].sort()).toEqual(
      [...poll, 'content-length', 'content-type'].sort(),
    );
    expect(received[0]?.headers['user-agent']).toBe('pascom-companion/1.4.2');
    expect(received[0]?.headers.connection).toBe('keep-alive');
    // Kept alive: four requests over at most two connections (the pool may open a second one while
    // the first is being released), not one connection each.
    expect(new Set(received.map((request) => request.socket)).size).toBeLessThanOrEqual(2);
  });

  test('without a version the User-Agent still names the app', () => {
    expect(pbxUserAgent('')).toBe('pascom-companion');
    expect(pbxUserAgent('2.0.0-beta.1\r\nX: y')).toBe('pascom-companion/2.0.0-beta.1Xy');
  });
});

describe("Electron's network (net.request through pbx-fetch.ts)", () => {
  test('sets the short User-Agent on each request and no Accept-Language, and tells the session so', async () => {
    const session = new FakeSession('pbx-headers');
    const network = createPbxNetwork(
      session as unknown as Session,
      (options: ClientRequestConstructorOptions) =>
        new FakeClientRequest(options as unknown as FakeRequestOptions) as unknown as ClientRequest,
      silentLogger,
      userAgent,
    );
    expect(session.userAgent).toEqual({ userAgent: 'pascom-companion/1.4.2', acceptLanguages: '' });
    received.length = 0;
    const response = await network.fetch(`${base}/services/identity/states?keys=221`, init());
    await response.arrayBuffer();
    expect(received).toHaveLength(1);
    const names = received[0]?.names ?? [];
    expect(received[0]?.headers['user-agent']).toBe('pascom-companion/1.4.2');
    expect(names).not.toContain('accept-language');
    expect(names.filter((name) => name.startsWith('sec-'))).toEqual([]);
    expect(names.filter((name) => name === 'user-agent')).toHaveLength(1);
  });
});
