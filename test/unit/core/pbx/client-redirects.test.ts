/**
 * The PBX password (the Authorization header) goes to the PBX's origin only. Redirects are followed
 * by the client, for GET and HEAD, on the same origin; a redirect to another origin (here another
 * port on 127.0.0.1) is refused before anything is sent there. The fetch under the client behaves
 * like Electron's `session.fetch`, which keeps the Authorization header on a cross-origin redirect
 * when told to follow (undici would drop it and hide the problem).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import type { FetchInit, FetchLike } from '../../../../electron/core/pbx/fetch-like';
import { createPbxApi } from '../../../../electron/core/pbx/index';
import { clientFor, expectedAuthorization, type StubPbx, startStubPbx } from './stub-pbx';

/** Electron's session.fetch semantics: `follow` re-sends every header to wherever Location points. */
const electronLikeFetch: FetchLike = async (url, init) => {
  if (init.redirect !== 'follow') return fetch(url, init);
  let current = url;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(current, { ...init, redirect: 'manual' } satisfies FetchInit);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !location) return response;
    current = new URL(location, current).href;
  }
  throw new Error('redirect count exceeded');
};

let pbx: StubPbx;
let elsewhere: StubPbx;
beforeAll(async () => {
  pbx = await startStubPbx();
  elsewhere = await startStubPbx(() => ({ status: 200, body: { stolen: true } }));
});
afterAll(async () => {
  await pbx.close();
  await elsewhere.close();
});
beforeEach(() => {
  pbx.requests.length = 0;
  elsewhere.requests.length = 0;
});

const client = () => clientFor(pbx.baseUrl, { fetch: electronLikeFetch });

describe('a redirect to another origin', () => {
  test('a GET is refused with a reason, and the other server never hears from the app', async () => {
    pbx.handle(() => ({ status: 302, headers: { location: `${elsewhere.origin}/collect` } }));
    const attempt = client().getJson(['identity', 'tsander'], z.unknown());
    await expect(attempt).rejects.toSatisfy(
      (error) =>
        isPbxError(error) &&
        error.kind === 'bad-request' &&
        error.status === 302 &&
        (error.detail ?? '').includes(`another server (${elsewhere.origin})`),
    );
    expect(pbx.requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
  });

  test('a HEAD and a voicemail download (asset root) are refused the same way', async () => {
    pbx.handle(() => ({ status: 307, headers: { location: `${elsewhere.origin}/acme/asset/x.wav` } }));
    await expect(client().head(['phonebook'], { trailingSlash: true })).rejects.toSatisfy(isPbxError);
    const api = createPbxApi(client());
    await expect(api.voicemail.download('221', 'INBOX', 'msg0000')).rejects.toSatisfy(
      (error) => isPbxError(error) && error.kind === 'bad-request',
    );
    expect(elsewhere.requests).toEqual([]);
  });

  test('http -> https of the same host is another origin too: the address needs fixing', async () => {
    const https = pbx.origin.replace('http:', 'https:');
    pbx.handle(() => ({ status: 301, headers: { location: `${https}/acme/services/queue/` } }));
    await expect(client().getJson(['queue'], z.unknown(), { trailingSlash: true })).rejects.toSatisfy(
      (error) => isPbxError(error) && (error.detail ?? '').includes('Check the server address'),
    );
    expect(pbx.requests).toHaveLength(1);
  });
});

describe('a redirect on the PBX itself', () => {
  test('a GET follows it with the password and returns the final answer', async () => {
    pbx.handle((request) =>
      request.rawPath === '/acme/services/queue'
        ? { status: 301, headers: { location: '/acme/services/queue/' } }
        : { status: 200, body: [{ name: 'Zentrale' }] },
    );
    expect(await client().getJson(['queue'], z.array(z.object({ name: z.string() })))).toEqual([
      { name: 'Zentrale' },
    ]);
    expect(pbx.requests.map((request) => [request.rawPath, request.headers.authorization])).toEqual([
      ['/acme/services/queue', expectedAuthorization()],
      ['/acme/services/queue/', expectedAuthorization()],
    ]);
  });

  test('a loop ends after a few hops as a bad answer', async () => {
    pbx.handle(() => ({ status: 302, headers: { location: '/acme/services/queue' } }));
    await expect(client().getJson(['queue'], z.unknown())).rejects.toSatisfy(
      (error) => isPbxError(error) && error.kind === 'bad-response' && error.detail === 'too many redirects',
    );
    expect(pbx.requests).toHaveLength(6);
  });

  test('an action is not followed even on the same origin', async () => {
    pbx.handle(() => ({ status: 302, headers: { location: '/acme/services/identity/tsander' } }));
    await expect(
      createPbxApi(client()).identity.deviceAction('tsander', 'default', { action: 'hangup' }),
    ).rejects.toSatisfy((error) => isPbxError(error) && error.kind === 'bad-request');
    expect(pbx.requests).toHaveLength(1);
  });
});
