import { createHash, X509Certificate } from 'node:crypto';
import type { Certificate, Request as CertificateRequest, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import { fingerprintToColonHex } from '../../../electron/core/net/certificate-fingerprint';
import { describePrincipal } from '../../../electron/main/certificate';
import { CertificatePinning } from '../../../electron/main/net';

/** A self-signed certificate as an onsite PBX would present it (CN=pbx.example.local). */
const selfSignedPem = `-----BEGIN CERTIFICATE-----
MIIBwTCCAWegAwIBAgIUf9eqI2JHdB+O4NZBsd/2B1L4tRcwCgYIKoZIzj0EAwIw
NjEaMBgGA1UEAwwRcGJ4LmV4YW1wbGUubG9jYWwxGDAWBgNVBAoMD0V4YW1wbGUg
VGVsZWNvbTAeFw0yNjExMjkxODIxNTZaFw0zNjExMjYxODIxNTZaMDYxGjAYBgNV
BAMMEXBieC5leGFtcGxlLmxvY2FsMRgwFgYDVQQKDA9FeGFtcGxlIFRlbGVjb20w
WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATV3lN198+GpR2OKoske99b54/L6mxz
R/FkvvTJcLClZ8bjCf/Z/Tw9XLZgOeB/HeD4mKYO9za/ofxyez3ofqIio1MwUTAd
BgNVHQ4EFgQUZV0hCiNon86NeYo8YC7z1hyJFEEwHwYDVR0jBBgwFoAUZV0hCiNo
n86NeYo8YC7z1hyJFEEwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBF
AiEAwpORazmL4s7AlS+TKoJ4kII43WVT5FnyBv8cwsv9XVQCIFkLuxpBDfmep5d1
N/JIkaYtSsYMh4bZeH4B0DZXMM4N
-----END CERTIFICATE-----`;

const x509 = new X509Certificate(selfSignedPem);
/** What `openssl x509 -fingerprint -sha256` prints for it. */
const opensslFingerprint =
  'BC:58:5E:D8:B1:CC:61:20:EC:1D:9F:C7:15:C2:2E:1D:E4:2E:31:19:82:4A:2E:02:36:27:B8:45:5B:7B:BF:24';
/** How Electron reports the same fingerprint: Chromium's `HashValue::ToString()`. */
const electronFingerprint = `sha256/${createHash('sha256').update(x509.raw).digest('base64')}`;

function electronCertificate(fingerprint = electronFingerprint): Certificate {
  const principal = {
    commonName: 'pbx.example.local',
    organizations: ['Example Telecom'],
    organizationUnits: [],
    locality: '',
    state: '',
    country: '',
  };
  return {
    data: selfSignedPem,
    fingerprint,
    issuer: principal,
    issuerName: 'pbx.example.local',
    subject: principal,
    subjectName: 'pbx.example.local',
    serialNumber: '7fd7aa',
    validStart: Date.parse(x509.validFrom) / 1000,
    validExpiry: Date.parse(x509.validTo) / 1000,
  } as unknown as Certificate;
}

function chromiumRefusal(hostname: string, certificate = electronCertificate()) {
  return { hostname, certificate, verificationResult: 'net::ERR_CERT_AUTHORITY_INVALID', errorCode: -202 };
}

class FakeSession {
  procsInstalled = 0;
  connectionsClosed = 0;
  proc: ((request: CertificateRequest, callback: (result: number) => void) => void) | null = null;
  setCertificateVerifyProc(proc: FakeSession['proc']) {
    this.proc = proc;
    this.procsInstalled++;
  }
  closeAllConnections() {
    this.connectionsClosed++;
    return Promise.resolve();
  }
}

function pinningOn(session: FakeSession) {
  return new CertificatePinning(session as unknown as Session, silentLogger);
}

describe('certificates as Electron reports them', () => {
  it("reads Electron's sha256/base64 fingerprint as the colon hex openssl and browsers show", () => {
    expect(fingerprintToColonHex(electronFingerprint)).toBe(opensslFingerprint);
    expect(fingerprintToColonHex(electronFingerprint)).toBe(x509.fingerprint256);
  });

  it('names the certificate the way the Node adapter and the trust dialog do', () => {
    expect(describePrincipal(electronCertificate().subject, 'fallback')).toBe(
      'CN=pbx.example.local, O=Example Telecom',
    );
    expect(describePrincipal(undefined, 'pbx.example.local')).toBe('pbx.example.local');
  });
});

describe('certificate pinning on the PBX session', () => {
  it('installs its verify proc before any request can be made', () => {
    const session = new FakeSession();
    pinningOn(session);
    expect(session.procsInstalled).toBe(1);
  });

  it("keeps Chromium's verdict for certificates Chromium trusts", () => {
    const pinning = pinningOn(new FakeSession());
    expect(
      pinning.verify({ ...chromiumRefusal('pbx.example.com'), verificationResult: 'net::OK', errorCode: 0 }),
    ).toBe(0);
  });

  it("refuses an untrusted certificate with Chromium's own error and remembers it for the trust dialog", () => {
    const pinning = pinningOn(new FakeSession());
    expect(pinning.verify(chromiumRefusal('PBX.example.local'))).toBe(-3);
    expect(pinning.lastRefused('pbx.example.local')).toEqual({
      host: 'pbx.example.local',
      fingerprint256: opensslFingerprint,
      subject: 'CN=pbx.example.local, O=Example Telecom',
      issuer: 'CN=pbx.example.local, O=Example Telecom',
      validFrom: new Date(x509.validFrom).toISOString(),
      validTo: new Date(x509.validTo).toISOString(),
      changed: false,
    });
    expect(pinning.lastRefused('other.example')).toBeNull();
  });

  it('accepts that exact certificate for that host once pinned, and nowhere else', () => {
    const session = new FakeSession();
    const pinning = pinningOn(session);
    pinning.verify(chromiumRefusal('pbx.example.local'));
    pinning.setPinned([{ host: 'pbx.example.local', fingerprint256: opensslFingerprint }]);

    expect(pinning.verify(chromiumRefusal('pbx.example.local'))).toBe(0);
    expect(pinning.lastRefused('pbx.example.local')).toBeNull();
    expect(pinning.verify(chromiumRefusal('evil.example'))).toBe(-3);
    // Chromium caches verdicts: pinning re-installs the proc (which clears that cache) and drops pooled sockets.
    expect(session.procsInstalled).toBe(2);
    expect(session.connectionsClosed).toBe(1);
  });

  it('refuses a changed certificate again and says that it changed', () => {
    const pinning = pinningOn(new FakeSession());
    pinning.setPinned([{ host: 'pbx.example.local', fingerprint256: opensslFingerprint }]);
    const otherCertificate = electronCertificate(
      `sha256/${createHash('sha256').update('another key').digest('base64')}`,
    );

    expect(pinning.verify(chromiumRefusal('pbx.example.local', otherCertificate))).toBe(-3);
    expect(pinning.lastRefused('pbx.example.local')).toMatchObject({ changed: true });
    expect(pinning.lastRefused('pbx.example.local')?.fingerprint256).not.toBe(opensslFingerprint);
  });

  it('answers through the proc it installed, the way Chromium calls it', () => {
    const session = new FakeSession();
    const pinning = pinningOn(session);
    pinning.setPinned([{ host: 'pbx.example.local', fingerprint256: opensslFingerprint }]);
    const results: number[] = [];
    session.proc?.(chromiumRefusal('pbx.example.local') as unknown as CertificateRequest, (result) =>
      results.push(result),
    );
    session.proc?.(chromiumRefusal('pbx.other.local') as unknown as CertificateRequest, (result) =>
      results.push(result),
    );
    expect(results).toEqual([0, -3]);
  });
});
