/**
 * The BUILT main bundle (stand-in `electron`, whose `net.request` keeps every header on a followed
 * redirect, as Chromium does) against a PBX whose API answers with redirects. The password must
 * reach the PBX's origin only: a redirect to another origin (another port) is refused before a
 * request goes there; a redirect on the PBX itself is followed and the app connects.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';
import type { CommandResult } from '../../electron/shared/contract';
import { BootedApp } from '../harness/electron-stub/boot-process';
import type { BootSnapshot as Snapshot } from '../harness/electron-stub/boot-snapshot';
import { ensureBuilt } from '../harness/electron-stub/built-app';

interface Front {
  origin: string;
  seen: { path: string; headers: IncomingHttpHeaders }[];
  server: Server;
}

/** A server on its own port: `route` answers with a redirect, or null to pass the request on. */
async function startFront(route: (path: string) => string | null, upstream: string | null): Promise<Front> {
  const seen: Front['seen'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, headers: req.headers });
    const location = route(path);
    if (location !== null) {
      res.writeHead(302, { location }).end();
      return;
    }
    if (upstream === null) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    const headers: Record<string, string> = {};
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    void fetch(`${upstream}${path}`, { method: req.method ?? 'GET', headers })
      .then(async (answer) => {
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

describe('the built app against a PBX that redirects', () => {
  let app: BootedApp;
  let demo: DemoPbx;
  let elsewhere: Front;
  let front: Front;

  beforeAll(async () => {
    ensureBuilt();
    demo = await startDemoPbx();
    elsewhere = await startFront(() => null, null);
    // The identity lookup goes to another origin; everything else moves within the PBX's origin
    // (`/demo/...` -> `/demo/...?moved=1`) and then reaches the demo PBX.
    front = await startFront((path) => {
      if (path.includes('/services/identity/') && !path.includes('states')) {
        return `${elsewhere.origin}${path}`;
      }
      return path.includes('moved=1') ? null : `${path}${path.includes('?') ? '&' : '?'}moved=1`;
    }, demo.origin);
    app = await BootedApp.load();
    await app.probe('ready');
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await Promise.all([close(front.server), close(elsewhere.server), demo.close()]);
  });

  it('sends nothing to the other origin, and says why the PBX cannot be used', async () => {
    const result = await app.probe<CommandResult<'connection/connect'>>('invoke', {
      command: 'connection/connect',
      input: {
        serverAddress: `${front.origin}/demo`,
        auth: { kind: 'password', apiUser: demo.apiUser, apiPassword: demo.apiPassword },
        username: demo.agent,
      },
      page: 'settings',
    });
    expect(elsewhere.seen.map((request) => request.headers.authorization ?? 'no password')).toEqual([]);
    expect(result.ok, JSON.stringify(result)).toBe(false);
    expect(JSON.stringify(result)).toContain(`another server (${elsewhere.origin})`);

    // Redirects within the PBX's origin were followed, with the password, through the app's own
    // network adapter on the in-memory PBX session.
    const moved = front.seen.filter((request) => request.path.includes('moved=1'));
    expect(moved.length).toBeGreaterThan(0);
    for (const request of moved) expect(request.headers.authorization).toMatch(/^Basic /);
    const snapshot = await app.probe<Snapshot>('snapshot');
    const pbxRequests = snapshot.fetches.filter((fetch) => fetch.url.startsWith(front.origin));
    expect(pbxRequests.length).toBeGreaterThan(0);
    expect(pbxRequests.every((fetch) => fetch.partition === 'pbx')).toBe(true);
  });
});
