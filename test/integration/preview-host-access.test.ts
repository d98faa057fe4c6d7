/**
 * Who gets into the browser preview (issue 15, finding 8): the token travels in addresses, never in
 * a cookie (cookies are shared by every port of 127.0.0.1); only requests naming 127.0.0.1 and the
 * preview's port in their Host header are answered (a page that rebinds its DNS name to 127.0.0.1
 * still sends its own name); a popup's socket speaks for a call whose popup is open, no other. A
 * small stand-in renderer keeps this test independent of the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { type PreviewHost, startPreviewHost } from '../../electron/preview/preview-host';

let host: PreviewHost;
let rendererDir: string;
let token: string;
let port: number;

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'preview-access-'));
  mkdirSync(join(rendererDir, 'assets'));
  const page =
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="connect-src \'none\'"></head><body></body></html>';
  for (const name of ['panel', 'popup', 'settings']) writeFileSync(join(rendererDir, `${name}.html`), page);
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1);');
  host = await startPreviewHost({ rendererDir, pbx: { kind: 'demo', options: { lively: false } } });
  token = new URL(host.url).searchParams.get('token') ?? '';
  port = Number(new URL(host.origin).port);
}, 30_000);

afterAll(async () => {
  await host?.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(path: string, hostHeader = `127.0.0.1:${port}`): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, headers: { host: hostHeader } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The same length as the real token, so a length check alone cannot tell them apart. */
const wrongToken = () => token.replace(/./, (first) => (first === '0' ? '1' : '0'));

describe('pages', () => {
  test('the desk and every page need the token in the address; no answer sets a cookie', async () => {
    const answers = await Promise.all([
      get(`/?token=${token}`),
      get(`/app/panel.html?token=${token}`),
      get('/app/assets/index-abc.js'),
      get('/app/bridge.js'),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers['set-cookie']).toBeUndefined();
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
    }
    // The bridge script holds no token: each page reads its own from its address.
    expect(answers[3]?.body).not.toContain(token);
    expect(answers[3]?.body).toContain(`ws://127.0.0.1:${port}/bridge`);

    for (const path of [
      '/',
      '/app/panel.html',
      `/?token=${wrongToken()}`,
      `/app/settings.html?token=${wrongToken()}`,
    ]) {
      expect((await get(path)).status, path).toBe(403);
    }
  });

  test('a request that names another host is refused, token or not (DNS rebinding)', async () => {
    expect((await get(`/?token=${token}`, `rebind.evil.example:${port}`)).status).toBe(403);
    expect((await get('/app/assets/index-abc.js', `localhost.evil.example:${port}`)).status).toBe(403);
    expect((await get(`/?token=${token}`, '127.0.0.1:1')).status).toBe(403);
  });
});

function socket(query: string, headers: Record<string, string> = {}): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/bridge?${query}`, {
      origin: host.origin,
      headers,
    });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.once('error', () => resolve(-1));
  });
}

function invoke(ws: WebSocket, id: number, name: string, input: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: unknown) => {
      const frame = JSON.parse(String(data)) as { type: string; id?: number; result?: unknown };
      if (frame.type !== 'result' || frame.id !== id) return;
      ws.off('message', onMessage);
      resolve(frame.result);
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ type: 'invoke', id, name, input }));
  });
}

describe('the bridge', () => {
  test('needs the token and this host', async () => {
    const panel = await socket(`token=${token}&window=panel`);
    expect(panel).toBeInstanceOf(WebSocket);
    (panel as WebSocket).close();
    expect(await socket(`token=${wrongToken()}&window=panel`)).toBe(403);
    expect(await socket('window=panel')).toBe(403);
    expect(await socket(`token=${token}&window=panel`, { host: `rebind.evil.example:${port}` })).toBe(403);
  });

  test('a popup speaks for a call whose popup is open, and acts on that call only', async () => {
    const demo = host.demo;
    if (!demo) throw new Error('the preview runs the demo PBX');
    const forbidden = { ok: false, error: { kind: 'forbidden', detail: 'window-not-allowed' } };
    expect(await socket(`token=${token}&window=popup&call=no-such-call`)).toBe(403);

    const spare = await socket(`token=${token}&window=popup`);
    if (!(spare instanceof WebSocket)) throw new Error(`spare popup refused: ${spare}`);
    // Before it has a call, the spare claims one that has no popup: ignored, it still acts on none.
    spare.send(JSON.stringify({ type: 'bind', call: 'no-such-call' }));
    expect(await invoke(spare, 1, 'popup/dismiss', { callId: 'no-such-call' })).toEqual(forbidden);

    demo.sim.startInboundCall({ from: '+49 89 1234567', to: demo.agent });
    demo.sim.startInboundCall({ from: '+43 1 5875123', to: demo.agent });
    const deadline = Date.now() + 10_000;
    while (host.windows.openPopups.length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const [first, second] = host.windows.openPopups;
    if (!first || !second) throw new Error('two popups should be open');

    spare.send(JSON.stringify({ type: 'bind', call: first }));
    // A second bind does not move it to another call.
    spare.send(JSON.stringify({ type: 'bind', call: second }));
    expect(await invoke(spare, 2, 'popup/dismiss', { callId: second })).toEqual(forbidden);
    expect(await invoke(spare, 3, 'secret/forget', {})).toEqual(forbidden);
    expect(await invoke(spare, 4, 'popup/dismiss', { callId: first })).toEqual({ ok: true, value: null });
    expect(host.windows.openPopups).toEqual([second]);
    spare.close();
  }, 20_000);
});
