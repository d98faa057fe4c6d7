import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import { createPbxApi } from '../../../../electron/core/pbx/index';
import { clientFor, expectedAuthorization, type Reply, type StubPbx, startStubPbx } from './stub-pbx';

let pbx: StubPbx;
beforeAll(async () => {
  pbx = await startStubPbx();
});
afterAll(() => pbx.close());
beforeEach(() => {
  pbx.requests.length = 0;
  pbx.handle(() => ({ status: 200, body: { response: 'ok' } }));
});

describe('what every request carries', () => {
  test('Basic auth and accept: application/json, below <base>/services/', async () => {
    await clientFor(pbx.baseUrl).getJson(['identity', 'tsander'], z.unknown());
    const [seen] = pbx.requests;
    expect(seen?.rawPath).toBe('/acme/services/identity/tsander');
    expect(seen?.headers.authorization).toBe(expectedAuthorization());
    expect(seen?.headers.accept).toBe('application/json');
  });

  test('what a user typed with /services/ and whitespace reaches the same REST root', async () => {
    await clientFor(`  ${pbx.baseUrl}/services/  `).getJson(['queue'], z.unknown(), { trailingSlash: true });
    expect(pbx.requests[0]?.rawPath).toBe('/acme/services/queue/');
  });

  test('JSON bodies are sent as application/json', async () => {
    await clientFor(pbx.baseUrl).postJson(['redirect', '101'], { target: '08955555' }, z.unknown());
    const [seen] = pbx.requests;
    expect(seen?.method).toBe('POST');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ target: '08955555' });
  });

  test('query values are encoded, lists stay comma-separated, undefined ones are left out', async () => {
    await clientFor(pbx.baseUrl).getJson(['phonebook'], z.unknown(), {
      query: { search: 'Müller & Söhne', keys: 'tsander,ameyer', letter: undefined, limit: 5 },
      trailingSlash: true,
    });
    expect(pbx.requests[0]?.query).toEqual({ search: 'Müller & Söhne', keys: 'tsander,ameyer', limit: '5' });
  });
});

describe('names with spaces and brackets travel as one path segment', () => {
  test('a device name reaches the PBX percent-encoded and decodes to the exact name', async () => {
    const api = createPbxApi(clientFor(pbx.baseUrl));
    await api.identity.deviceAction('tsander', 'pascom Softphone [Tina Sander]', {
      action: 'dial',
      destination: '101',
    });
    const [seen] = pbx.requests;
    expect(seen?.rawPath).toBe(
      '/acme/services/identity/tsander/device/pascom%20Softphone%20%5BTina%20Sander%5D/action',
    );
    expect(seen?.segments).toEqual([
      'identity',
      'tsander',
      'device',
      'pascom Softphone [Tina Sander]',
      'action',
    ]);
    expect(JSON.parse(seen?.body ?? '')).toEqual({ action: 'dial', destination: '101', prefix: 'auto' });
  });

  test('a queue name with a space, a slash and an umlaut stays one segment', async () => {
    const api = createPbxApi(clientFor(pbx.baseUrl));
    pbx.handle(() => ({ status: 200, body: { Response: 'Success', Message: 'ok' } }));
    await api.queue.agentAction('Vertrieb Inland/Süd', {
      action: 'pause',
      identity: 'tsander',
      reason: 'Lunch',
    });
    const [seen] = pbx.requests;
    expect(seen?.rawPath).toBe('/acme/services/queue/Vertrieb%20Inland%2FS%C3%BCd/action');
    expect(seen?.segments).toEqual(['queue', 'Vertrieb Inland/Süd', 'action']);
  });

  test('segments that URL parsing would resolve (`..`, empty) are refused before any request', async () => {
    const client = clientFor(pbx.baseUrl);
    for (const bad of ['..', '.', '']) {
      const attempt = client.getJson(['identity', bad, 'device'], z.unknown());
      await expect(attempt).rejects.toSatisfy((error) => isPbxError(error) && error.kind === 'bad-request');
    }
    expect(pbx.requests).toHaveLength(0);
  });
});

describe('redirects', () => {
  test('downloads follow redirects to the audio and return bytes with their content type', async () => {
    const wav = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3]);
    pbx.handle(
      (request): Reply =>
        request.rawPath.endsWith('/msg0000')
          ? { status: 302, headers: { location: '/acme/asset/files/msg0000.wav' } }
          : { status: 200, body: wav, headers: { 'content-type': 'audio/x-wav' } },
    );
    const file = await clientFor(pbx.baseUrl).download(['voicemailbox', '221', 'INBOX', 'msg0000'], {
      accept: 'audio/x-wav, audio/*',
    });
    expect(file.contentType).toBe('audio/x-wav');
    expect([...file.bytes]).toEqual([...wav]);
    expect(pbx.requests.map((request) => request.rawPath)).toEqual([
      '/acme/asset/voicemailbox/221/INBOX/msg0000',
      '/acme/asset/files/msg0000.wav',
    ]);
    expect(pbx.requests[0]?.headers.accept).toBe('audio/x-wav, audio/*');
  });

  test('an action is never silently re-sent as a GET after a redirect', async () => {
    pbx.handle(() => ({ status: 301, headers: { location: 'https://127.0.0.1:1/elsewhere' } }));
    const api = createPbxApi(clientFor(pbx.baseUrl));
    const attempt = api.identity.deviceAction('tsander', 'default', { action: 'hangup' });
    await expect(attempt).rejects.toSatisfy(
      (error) => isPbxError(error) && error.kind === 'bad-request' && error.status === 301,
    );
    expect(pbx.requests).toHaveLength(1);
  });
});

describe('HEAD', () => {
  test('returns the headers of the answer', async () => {
    pbx.handle(() => ({ status: 200, headers: { 'x-total': '15', 'x-totalfiltered': '3' } }));
    const headers = await clientFor(pbx.baseUrl).head(['phonebook'], { trailingSlash: true });
    expect(headers.get('x-total')).toBe('15');
    expect(pbx.requests[0]?.method).toBe('HEAD');
  });
});
