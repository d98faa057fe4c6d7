/**
 * An `http:` PBX address of another machine (issue 15, finding 2): the password would cross the
 * LAN readable every second, so nothing is sent there (not one request with the Authorization
 * header) until the user agreed in the settings window. The "LAN" PBX is the demo PBX, reached
 * through a fetch that records every request and takes `pbx.lan.example` to 127.0.0.1.
 */
import { expect, test } from 'vitest';
import type { FetchLike } from '../../electron/core/ports';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import { currentSettingsVersion } from '../../electron/core/settings/schema';
import { useDemoSession } from '../harness/demo-session';

const password = 'Klartext-2026!';
const session = useDemoSession(password, { pbxClock: 'real', connect: false, waitFor: 'nothing' });

/** Every request the app sends, and the LAN name routed to the demo PBX on this machine. */
function lanNetwork() {
  const sent: { url: string; authorization: string | null }[] = [];
  const fetch: FetchLike = (url, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ url, authorization: headers.get('authorization') });
    return globalThis.fetch(url.replace('//pbx.lan.example:', '//127.0.0.1:'), init);
  };
  return { sent, fetch };
}

const lanAddress = () => session.pbx.baseUrl.replace('//127.0.0.1:', '//pbx.lan.example:');
const refused = {
  ok: false,
  error: { kind: 'invalid-input', field: 'serverAddress', detail: 'plain-http-needs-consent' },
};

test('without consent the connect form sends nothing; with it, the PBX is asked as usual', async () => {
  const network = lanNetwork();
  const { fixture } = await session.start({ fixture: { fetch: network.fetch } });
  const serverAddress = lanAddress();

  expect(await session.connect({ serverAddress })).toEqual(refused);
  expect(network.sent).toEqual([]);
  expect(fixture.companion.state.connection.settings.plainHttpAllowed).toEqual([]);

  const origin = new URL(serverAddress).origin;
  expect(await session.run('connection/allow-plain-http', { serverAddress, allow: true })).toMatchObject({
    ok: true,
    value: { plainHttpAllowed: [origin] },
  });
  expect(fixture.companion.state.connection.settings.plainHttpAllowed).toEqual([origin]);
  expect(await session.connect({ serverAddress })).toMatchObject({
    ok: true,
    value: { username: 'tsander' },
  });
  expect(network.sent.length).toBeGreaterThan(0);
  expect(network.sent.every((request) => request.url.startsWith(`${origin}/`))).toBe(true);
  expect(network.sent[0]?.authorization).toMatch(/^Basic /);

  // Taking the consent back ends the session at once: no further request goes there.
  expect((await session.run('connection/allow-plain-http', { serverAddress, allow: false })).ok).toBe(true);
  await fixture.until(() => fixture.companion.state.connection.status === 'setup');
  const count = network.sent.length;
  await fixture.clock.advance(10_000);
  expect(network.sent.length).toBe(count);
  expect(fixture.companion.state.connection.failure).toMatchObject({ detail: 'plain-http-needs-consent' });
});

test('a stored http: address without consent is not resumed at start: setup, the reason, no request', async () => {
  const network = lanNetwork();
  await session.start({ connect: false });
  const serverAddress = lanAddress();
  const settingsFile = new MemorySettingsFile({
    version: currentSettingsVersion,
    connection: { serverAddress, authKind: 'password', apiUser: 'api', username: 'tsander' },
  });
  const secrets = new MemorySecretStore(null);
  await secrets.set(`pascom-companion:${serverAddress} api`, password);
  const { fixture } = await session.start({ fixture: { fetch: network.fetch, settingsFile, secrets } });
  await fixture.companion.start();

  expect(fixture.companion.state.connection).toMatchObject({
    status: 'setup',
    failure: { detail: 'plain-http-needs-consent', field: 'serverAddress' },
  });
  await fixture.clock.advance(10_000);
  expect(network.sent).toEqual([]);
});

test('https, and this machine (the built-in demo PBX) need no consent; consent is asked for http: only', async () => {
  const network = lanNetwork();
  await session.start({ fixture: { fetch: network.fetch } });
  expect((await session.connect()).ok).toBe(true);
  expect(
    await session.run('connection/allow-plain-http', {
      serverAddress: 'https://pbx.example.com/acme',
      allow: true,
    }),
  ).toEqual({
    ok: false,
    error: { kind: 'invalid-input', field: 'serverAddress', detail: 'not-plain-http' },
  });
});
