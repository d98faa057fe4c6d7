/**
 * Self-signed onsite PBXs over HTTPS, in Node: the demo PBX serves TLS with certificates made by
 * openssl, and requests go through `createNodeTlsTrust`'s fetch. A certificate nobody trusts is
 * refused and shown; the user pins it by fingerprint; a PBX that comes back with another
 * certificate is refused again, marked as changed. Last, the same story through the real core.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { Companion } from '../../electron/core/companion';
import { openPbxSession } from '../../electron/core/connection/pbx-session';
import { silentLogger } from '../../electron/core/log';
import { CERT_PIN_MISMATCH } from '../../electron/core/net/server-identity';
import { basicAuthFromPassword } from '../../electron/core/pbx/auth';
import { parseServerAddress } from '../../electron/core/pbx/server-address';
import type { FetchLike, Logger, WindowManager } from '../../electron/core/ports';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import { type DemoPbx, startDemoPbx } from '../../electron/demo-pbx/index';
import { createNodeTlsTrust, type NodeTlsNetwork } from '../../electron/preview/node-tls-trust';
import {
  makeCertificateAuthority,
  makeCertificateSignedBy,
  makeSelfSignedCertificate,
  type TestCertificate,
} from '../harness/tls-fixtures';

const pbxNames = { commonName: 'pbx.example.local', altNames: ['pbx.example.local'] };
const original = makeSelfSignedCertificate(pbxNames);
const renewed = makeSelfSignedCertificate(pbxNames);
const host = '127.0.0.1';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function httpsPbx(certificate: Pick<TestCertificate, 'key' | 'cert'>, port?: number): Promise<DemoPbx> {
  const pbx = await startDemoPbx({
    host,
    tls: { key: certificate.key, cert: certificate.cert },
    apiPassword: 'correct horse',
    ...(port === undefined ? {} : { port }),
  });
  cleanups.push(() => pbx.close());
  return pbx;
}

function nodeNetwork(log: Logger = silentLogger): NodeTlsNetwork {
  const network = createNodeTlsTrust({ log });
  cleanups.push(() => network.close());
  return network;
}

/** The core's own check of address + credentials + username: two real REST requests. */
function verifyAgent(pbx: DemoPbx, fetch: FetchLike, baseUrl = pbx.baseUrl) {
  const address = parseServerAddress(baseUrl);
  const auth = basicAuthFromPassword(pbx.apiUser, pbx.apiPassword);
  if (!address.ok || !auth.ok) throw new Error('test setup: address or credentials do not parse');
  return openPbxSession({ address: address.value, auth: auth.value, fetch, log: silentLogger }).verify(
    pbx.agent,
  );
}

const certificateFailure = { name: 'PbxError', kind: 'certificate' };

describe('a self-signed PBX certificate in Node', () => {
  test('is refused as a certificate failure, and the user is shown exactly what the server presented', async () => {
    const pbx = await httpsPbx(original);
    const { fetch, trust } = nodeNetwork();

    await expect(verifyAgent(pbx, fetch)).rejects.toMatchObject(certificateFailure);

    const refused = trust.lastRefused(host);
    expect(refused).toMatchObject({
      host,
      fingerprint256: original.fingerprint256,
      subject: 'CN=pbx.example.local, O=Companion Tests',
      issuer: 'CN=pbx.example.local, O=Companion Tests',
      changed: false,
    });
    expect(Date.parse(refused?.validTo ?? '') - Date.parse(refused?.validFrom ?? '')).toBe(
      30 * 24 * 3600_000,
    );
    // Neither the refused handshake nor the inspection after it sent a request (or credentials).
    expect(pbx.requests).toEqual([]);
  });

  test('once pinned by its fingerprint, the same request succeeds', async () => {
    const pbx = await httpsPbx(original);
    const { fetch, trust } = nodeNetwork();
    await expect(verifyAgent(pbx, fetch)).rejects.toMatchObject(certificateFailure);

    trust.setPinned([{ host, fingerprint256: original.fingerprint256 }]);

    await expect(verifyAgent(pbx, fetch)).resolves.toMatchObject({
      username: 'tsander',
      displayName: 'Tina Sander',
    });
    expect(trust.lastRefused(host)).toBeNull();
  });

  test('a PBX that restarts with a new certificate is refused again, and the dialog says it changed', async () => {
    const before = await httpsPbx(original);
    const { fetch, trust } = nodeNetwork();
    trust.setPinned([{ host, fingerprint256: original.fingerprint256 }]);
    await expect(verifyAgent(before, fetch)).resolves.toMatchObject({ username: 'tsander' });

    const port = Number(new URL(before.origin).port);
    await before.close();
    const after = await httpsPbx(renewed, port);

    // The first request may still pick the kept-alive connection the old PBX just closed (an
    // `offline` connection reset, which the app's poll loop retries); the next handshake is refused.
    await vi.waitFor(() => expect(verifyAgent(after, fetch)).rejects.toMatchObject(certificateFailure));
    expect(trust.lastRefused(host)).toMatchObject({ fingerprint256: renewed.fingerprint256, changed: true });
    expect(after.requests).toEqual([]);
  });

  test('after an app restart (pins from settings, nothing in memory) the pinned certificate is accepted without asking', async () => {
    const pbx = await httpsPbx(original);
    const messages: string[] = [];
    const recording: Logger = { log: (_level, message) => messages.push(message), child: () => recording };
    const { fetch, trust } = nodeNetwork(recording);
    trust.setPinned([{ host, fingerprint256: original.fingerprint256 }]);

    await expect(verifyAgent(pbx, fetch)).resolves.toMatchObject({ username: 'tsander' });
    expect(trust.lastRefused(host)).toBeNull();
    // Recognised by an inspection after the first handshake failed; no request was lost or repeated.
    expect(messages).toEqual(['pinned certificate recognised']);
    expect(pbx.requests.map((request) => request.status)).toEqual([200, 200]);
  });

  test('after an app restart, a PBX whose certificate changed in the meantime is refused as changed', async () => {
    const pbx = await httpsPbx(renewed);
    const { fetch, trust } = nodeNetwork();
    trust.setPinned([{ host, fingerprint256: original.fingerprint256 }]);

    await expect(verifyAgent(pbx, fetch)).rejects.toMatchObject(certificateFailure);
    expect(trust.lastRefused(host)).toMatchObject({ fingerprint256: renewed.fingerprint256, changed: true });
    expect(pbx.requests).toEqual([]);
  });

  test('a pin for one host does not apply to another host, even on the same server', async () => {
    const pbx = await httpsPbx(original);
    const { fetch, trust } = nodeNetwork();
    trust.setPinned([{ host, fingerprint256: original.fingerprint256 }]);
    const sameServerByName = pbx.baseUrl.replace(host, 'localhost');

    await expect(verifyAgent(pbx, fetch, sameServerByName)).rejects.toMatchObject(certificateFailure);
    expect(trust.lastRefused('localhost')).toMatchObject({
      fingerprint256: original.fingerprint256,
      changed: false,
    });
    await expect(verifyAgent(pbx, fetch)).resolves.toMatchObject({ username: 'tsander' });
  });

  test('removing a pin takes effect at once: connections accepted under it are not reused', async () => {
    const pbx = await httpsPbx(original);
    const { fetch, trust } = nodeNetwork();
    trust.setPinned([{ host, fingerprint256: original.fingerprint256 }]);
    await expect(verifyAgent(pbx, fetch)).resolves.toMatchObject({ username: 'tsander' });

    trust.setPinned([]);

    await expect(verifyAgent(pbx, fetch)).rejects.toMatchObject(certificateFailure);
    expect(trust.lastRefused(host)).toMatchObject({
      fingerprint256: original.fingerprint256,
      changed: false,
    });
  });

  test('a leaf issued by a private CA is pinned as that leaf, not as its CA', async () => {
    const authority = makeCertificateAuthority('Example Private CA');
    const leaf = makeCertificateSignedBy(authority, pbxNames);
    const pbx = await httpsPbx({ key: leaf.key, cert: leaf.cert + authority.cert });
    const { fetch, trust } = nodeNetwork();

    await expect(verifyAgent(pbx, fetch)).rejects.toMatchObject(certificateFailure);
    expect(trust.lastRefused(host)).toMatchObject({
      fingerprint256: leaf.fingerprint256,
      issuer: 'CN=Example Private CA, O=Companion Tests',
    });

    trust.setPinned([{ host, fingerprint256: leaf.fingerprint256 }]);
    await expect(verifyAgent(pbx, fetch)).resolves.toMatchObject({ username: 'tsander' });
  });

  test('only the exact pinned leaf counts: a certificate issued with the pinned one is still refused', async () => {
    // openssl's self-signed certificates may sign others; with the pinned one as trust anchor such
    // a chain verifies, and it is the identity check that refuses it.
    const pinnedSelfSigned = makeCertificateAuthority('pbx.example.local');
    const before = await httpsPbx(pinnedSelfSigned);
    const { fetch, trust } = nodeNetwork();
    await expect(verifyAgent(before, fetch)).rejects.toMatchObject(certificateFailure);
    trust.setPinned([{ host, fingerprint256: pinnedSelfSigned.fingerprint256 }]);
    await expect(verifyAgent(before, fetch)).resolves.toMatchObject({ username: 'tsander' });

    const issued = makeCertificateSignedBy(pinnedSelfSigned, pbxNames);
    const port = Number(new URL(before.origin).port);
    await before.close();
    const after = await httpsPbx({ key: issued.key, cert: issued.cert + pinnedSelfSigned.cert }, port);

    await vi.waitFor(() =>
      expect(verifyAgent(after, fetch)).rejects.toMatchObject({
        ...certificateFailure,
        detail: CERT_PIN_MISMATCH,
      }),
    );
    expect(trust.lastRefused(host)).toMatchObject({ fingerprint256: issued.fingerprint256, changed: true });
  });

  test('plain HTTP on the LAN passes through untouched', async () => {
    const pbx = await startDemoPbx({ host });
    cleanups.push(() => pbx.close());
    const { fetch } = nodeNetwork();
    await expect(verifyAgent(pbx, fetch)).resolves.toMatchObject({ username: 'tsander' });
  });
});

class RecordingWindows implements WindowManager {
  readonly opened: string[] = [];
  openPopup(callId: string): void {
    this.opened.push(`popup:${callId}`);
  }
  closePopup(callId: string): void {
    this.opened.push(`close:${callId}`);
  }
  showPanel(): void {
    this.opened.push('panel');
  }
  openSettings(): void {
    this.opened.push('settings');
  }
}

describe('the companion connecting to a self-signed PBX', () => {
  async function companionOn(
    network: NodeTlsNetwork,
    settingsFile = new MemorySettingsFile(),
  ): Promise<Companion> {
    const companion = await Companion.create({
      fetch: network.fetch,
      tls: network.trust,
      settingsFile,
      secrets: new MemorySecretStore(null),
      windows: new RecordingWindows(),
      app: { version: '0.0.0-test', platform: process.platform, preview: true, systemLocale: 'en-US' },
    });
    cleanups.push(() => companion.dispose());
    return companion;
  }

  const fromSettings = { window: 'settings' } as const;
  const connectInput = (pbx: DemoPbx) => ({
    serverAddress: pbx.baseUrl,
    username: pbx.agent,
    auth: { kind: 'password', apiUser: pbx.apiUser, apiPassword: pbx.apiPassword },
  });

  test('shows the certificate, connects once the user trusts it, and stops again when it changes', async () => {
    const pbx = await httpsPbx(original);
    const settingsFile = new MemorySettingsFile();
    const companion = await companionOn(nodeNetwork(), settingsFile);

    const refused = await dispatchCommand(companion, 'connection/connect', connectInput(pbx), fromSettings);
    expect(refused).toEqual({
      ok: false,
      error: { kind: 'certificate', detail: 'certificate-untrusted', field: 'serverAddress' },
    });
    expect(companion.state.connection.status).toBe('cert-untrusted');
    const shown = companion.state.connection.certificate;
    expect(shown).toMatchObject({ host, fingerprint256: original.fingerprint256, changed: false });

    // Only the certificate the server presented can be trusted: not one a window names, nor for another host.
    const notPresented = { ok: false, error: { kind: 'invalid-input', detail: 'certificate-not-presented' } };
    for (const pin of [
      { host, fingerprint256: renewed.fingerprint256 },
      { host: 'pbx.elsewhere.example', fingerprint256: original.fingerprint256 },
    ]) {
      expect(await dispatchCommand(companion, 'connection/trust-certificate', pin, fromSettings)).toEqual(
        notPresented,
      );
    }
    const pinned = (settingsFile.document as { connection?: { trustedCertificates?: unknown[] } } | null)
      ?.connection?.trustedCertificates;
    expect(pinned ?? []).toEqual([]);

    const trusted = await dispatchCommand(
      companion,
      'connection/trust-certificate',
      { host: shown?.host, fingerprint256: shown?.fingerprint256 },
      fromSettings,
    );
    expect(trusted).toEqual({ ok: true, value: null });
    const connected = await dispatchCommand(companion, 'connection/connect', connectInput(pbx), fromSettings);
    expect(connected).toMatchObject({ ok: true, value: { username: 'tsander', displayName: 'Tina Sander' } });
    expect(companion.state.connection.status).toBe('online');
    // Settings keep the pin as host + fingerprint; the certificate itself is not stored anywhere.
    expect(settingsFile.document).toMatchObject({
      connection: { trustedCertificates: [{ host, fingerprint256: original.fingerprint256 }] },
    });

    // The PBX comes back with a new certificate while the agent is online: polling stops, the user is asked.
    const port = Number(new URL(pbx.origin).port);
    await pbx.close();
    await httpsPbx({ key: renewed.key, cert: renewed.cert }, port);
    await dispatchCommand(companion, 'connection/retry', {}, fromSettings);
    await vi.waitFor(() => expect(companion.state.connection.status).toBe('cert-untrusted'), {
      timeout: 10_000,
    });
    expect(companion.state.connection.certificate).toMatchObject({
      fingerprint256: renewed.fingerprint256,
      changed: true,
    });
    expect(companion.state.connection.failure).toMatchObject({
      kind: 'certificate',
      detail: 'certificate-changed',
    });
  });

  test('after an app restart, a certificate pinned before connects without asking again', async () => {
    const pbx = await httpsPbx(original);
    const settingsFile = new MemorySettingsFile();
    const before = await companionOn(nodeNetwork(), settingsFile);
    await dispatchCommand(before, 'connection/connect', connectInput(pbx), fromSettings);
    const shown = before.state.connection.certificate;
    const pin = { host: shown?.host, fingerprint256: shown?.fingerprint256 };
    expect(await dispatchCommand(before, 'connection/trust-certificate', pin, fromSettings)).toMatchObject({
      ok: true,
    });
    await before.dispose();

    // A new process: same settings document, a network that has never seen the certificate.
    const after = await companionOn(nodeNetwork(), settingsFile);
    const connected = await dispatchCommand(after, 'connection/connect', connectInput(pbx), fromSettings);
    expect(connected).toMatchObject({ ok: true, value: { username: 'tsander' } });
    expect(after.state.connection).toMatchObject({ status: 'online', certificate: null });
  });
});
