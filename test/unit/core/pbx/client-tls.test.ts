/**
 * Certificate problems over real TLS: a self-signed PBX certificate is refused as `certificate`
 * (the onboarding then offers to pin it), a pinned one works through undici's fetch with an Agent
 * (the Node path of the app), and a pinned certificate for another host is still refused.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { basicAuthFromPassword } from '../../../../electron/core/pbx/auth';
import { type FetchLike, PbxClient } from '../../../../electron/core/pbx/client';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import { parseServerAddress } from '../../../../electron/core/pbx/server-address';

// Test-only certificates (valid 2000-2100), made with `openssl ca -selfsign`.
const LOCAL_KEY = [
  '-----BEGIN PRIVATE KEY-----',
  'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgXm1oNNsCZfKhkbbf',
  'GxZPcugriSAbMpqCEk1B6KuPq+WhRANCAAQ/XDWYUC49lrf3X17yEepRV4Vw00jQ',
  'sr2qsP7BnpnQSk4p7mv2+AmeZWZo1Fve0sVKK84gIFB68sdTHHu0tp85',
  '-----END PRIVATE KEY-----',
].join('\n');
const LOCAL_CERT = [
  '-----BEGIN CERTIFICATE-----',
  'MIIBWzCCAQKgAwIBAgIBATAKBggqhkjOPQQDAjAUMRIwEAYDVQQDDAkxMjcuMC4w',
  'LjEwIBcNMDAwMTAxMDAwMDAwWhgPMjEwMDAxMDEwMDAwMDBaMBQxEjAQBgNVBAMM',
  'CTEyNy4wLjAuMTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABD9cNZhQLj2Wt/df',
  'XvIR6lFXhXDTSNCyvaqw/sGemdBKTinua/b4CZ5lZmjUW97SxUorziAgUHryx1Mc',
  'e7S2nzmjQzBBMA8GA1UdEQQIMAaHBH8AAAEwDwYDVR0TAQH/BAUwAwEB/zAdBgNV',
  'HQ4EFgQU9M8t5yg5b31SDGJetDASUHoR/CUwCgYIKoZIzj0EAwIDRwAwRAIgema4',
  'FnX8Ijql23+sXHyhhA7MHXR2OyoN9ggsIXjcS9oCIBb6hwJhb8uAjK+dixC3FisQ',
  'o+MtCzJDCaTxyHhLOHwg',
  '-----END CERTIFICATE-----',
].join('\n');
const OTHER_HOST_KEY = [
  '-----BEGIN PRIVATE KEY-----',
  'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgsM0+a8IgcEP8SzkT',
  '+vr1PiTSpl5hV6+iCuY3YMhjh6+hRANCAASe8DEs7yDV1r0Y9wZIZMqLxXJ9Gyj7',
  'yci7Rl4tAJA761ZlLuUOw5Ny11yN0LAPSfZRneKRLqvzdbtz0yhGM9+m',
  '-----END PRIVATE KEY-----',
].join('\n');
const OTHER_HOST_CERT = [
  '-----BEGIN CERTIFICATE-----',
  'MIIBgDCCASWgAwIBAgIBAjAKBggqhkjOPQQDAjAeMRwwGgYDVQQDDBNwYnguZXhh',
  'bXBsZS5pbnZhbGlkMCAXDTAwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAwMDAwWjAe',
  'MRwwGgYDVQQDDBNwYnguZXhhbXBsZS5pbnZhbGlkMFkwEwYHKoZIzj0CAQYIKoZI',
  'zj0DAQcDQgAEnvAxLO8g1da9GPcGSGTKi8VyfRso+8nIu0ZeLQCQO+tWZS7lDsOT',
  'ctdcjdCwD0n2UZ3ikS6r83W7c9MoRjPfpqNSMFAwHgYDVR0RBBcwFYITcGJ4LmV4',
  'YW1wbGUuaW52YWxpZDAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBTEn7bKtmsm',
  'c3Rchl0hG1LY9VtD+TAKBggqhkjOPQQDAgNJADBGAiEA/8Gr+J5FcQiVhVvEuME9',
  'LwQz987Jr3rokIjhdKFG4RUCIQDcPEUJCBtQqpkN3kmRtg0lQHsL5vpRImZMF4Dy',
  'pT9VfQ==',
  '-----END CERTIFICATE-----',
].join('\n');

let server: Server | null = null;
let agent: Agent | null = null;
afterEach(async () => {
  await agent?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
  agent = null;
});

async function startHttpsPbx(key: string, cert: string): Promise<string> {
  server = createServer({ key, cert }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}/acme`;
}

function client(baseUrl: string, fetchLike: FetchLike): PbxClient {
  const address = parseServerAddress(baseUrl);
  const auth = basicAuthFromPassword('moby', 'secret');
  if (!address.ok || !auth.ok) throw new Error('test setup');
  return new PbxClient({ serverAddress: address.value, auth: auth.value, fetch: fetchLike });
}

/** undici's fetch with an Agent that trusts exactly one certificate (how the app pins in Node). */
function pinnedFetch(cert: string): FetchLike {
  agent = new Agent({ connect: { ca: cert } });
  const dispatcher = agent;
  return (url, init) => undiciFetch(url, { ...init, dispatcher });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isPbxError(error)) throw new Error(`expected a PbxError, got ${String(error)}`);
  return error;
}

describe('certificates', () => {
  test('a self-signed certificate is refused as a certificate problem, named in the detail', async () => {
    const baseUrl = await startHttpsPbx(LOCAL_KEY, LOCAL_CERT);
    const error = await failure(
      client(baseUrl, (url, init) => fetch(url, init)).getJson(['identity'], z.unknown()),
    );
    expect(error.kind).toBe('certificate');
    expect(error.detail).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  test('the same certificate, pinned, is trusted', async () => {
    const baseUrl = await startHttpsPbx(LOCAL_KEY, LOCAL_CERT);
    const answer = await client(baseUrl, pinnedFetch(LOCAL_CERT)).getJson(['identity'], z.unknown());
    expect(answer).toEqual({ ok: true });
  });

  test('a trusted certificate issued for another host is refused (altname mismatch)', async () => {
    const baseUrl = await startHttpsPbx(OTHER_HOST_KEY, OTHER_HOST_CERT);
    const error = await failure(
      client(baseUrl, pinnedFetch(OTHER_HOST_CERT)).getJson(['identity'], z.unknown()),
    );
    expect(error.kind).toBe('certificate');
    expect(error.detail).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });
});
