import { X509Certificate } from 'node:crypto';
import type { PeerCertificate } from 'node:tls';
import { describe, expect, test } from 'vitest';
import {
  describeDistinguishedName,
  isoFromCertificateDate,
  refusedCertificateOf,
  withChangedFlag,
} from '../../../../electron/core/net/certificate-view';
import { makeSelfSignedCertificate } from '../../../harness/tls-fixtures';

const certificate = makeSelfSignedCertificate({
  commonName: 'pbx.example.local',
  altNames: ['pbx.example.local'],
});
const x509 = new X509Certificate(certificate.cert);

/** What Node's `getPeerCertificate()` gives for that certificate (the fields the view reads). */
function peerCertificate(overrides: Partial<PeerCertificate> = {}): PeerCertificate {
  const name = { CN: 'pbx.example.local', O: 'Companion Tests' };
  return {
    raw: x509.raw,
    subject: name,
    issuer: name,
    valid_from: x509.validFrom,
    valid_to: x509.validTo,
    ...overrides,
  } as PeerCertificate;
}

describe('the certificate the trust dialog shows', () => {
  test('names read like the Electron adapter writes them: CN, OU, O, L, ST, C', () => {
    expect(
      describeDistinguishedName({
        C: 'DE',
        O: 'Example Telecom',
        CN: 'pbx.example.local',
        OU: ['IT', 'Voice'],
        L: 'Deggendorf',
      }),
    ).toBe('CN=pbx.example.local, OU=IT, OU=Voice, O=Example Telecom, L=Deggendorf, C=DE');
    expect(describeDistinguishedName({})).toBe('');
    expect(describeDistinguishedName(undefined)).toBe('');
  });

  test('a refused certificate carries host, fingerprint, subject, issuer and validity in ISO form', () => {
    expect(refusedCertificateOf('PBX.Example.Local', peerCertificate())).toEqual({
      host: 'pbx.example.local',
      fingerprint256: certificate.fingerprint256,
      subject: 'CN=pbx.example.local, O=Companion Tests',
      issuer: 'CN=pbx.example.local, O=Companion Tests',
      validFrom: new Date(x509.validFrom).toISOString(),
      validTo: new Date(x509.validTo).toISOString(),
    });
  });

  test('a name with none of the usual attributes is still shown, from the certificate itself', () => {
    const view = refusedCertificateOf('pbx', peerCertificate({ subject: {} as PeerCertificate['subject'] }));
    expect(view.subject).toBe('CN=pbx.example.local, O=Companion Tests');
  });

  test('dates Node cannot read become empty rather than "Invalid Date"', () => {
    expect(isoFromCertificateDate('Nov 29 18:21:56 2026 GMT')).toBe('2026-11-29T18:21:56.000Z');
    expect(isoFromCertificateDate('garbage')).toBe('');
    expect(isoFromCertificateDate(undefined)).toBe('');
  });

  test('"changed" means a different certificate is pinned for the host', () => {
    const refused = refusedCertificateOf('pbx.example.local', peerCertificate());
    expect(withChangedFlag(refused, undefined).changed).toBe(false);
    expect(withChangedFlag(refused, certificate.fingerprint256).changed).toBe(false);
    expect(withChangedFlag(refused, `00${certificate.fingerprint256.slice(2)}`).changed).toBe(true);
  });
});
