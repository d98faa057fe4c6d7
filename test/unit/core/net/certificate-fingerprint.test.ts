import { createHash, X509Certificate } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  fingerprint256OfDer,
  fingerprintToColonHex,
  isColonHexFingerprint,
  normalizeHost,
} from '../../../../electron/core/net/certificate-fingerprint';
import { makeSelfSignedCertificate } from '../../../harness/tls-fixtures';

const certificate = makeSelfSignedCertificate({
  commonName: 'pbx.example.local',
  altNames: ['pbx.example.local'],
});
const der = new X509Certificate(certificate.cert).raw;

describe('certificate fingerprints as the user compares them', () => {
  test('the fingerprint of the DER bytes is the one openssl prints', () => {
    expect(fingerprint256OfDer(der)).toBe(certificate.fingerprint256);
    expect(isColonHexFingerprint(fingerprint256OfDer(der))).toBe(true);
    expect(fingerprint256OfDer(der).split(':')).toHaveLength(32);
  });

  test("Electron's sha256/base64 and lower-case colon hex both read as openssl's spelling", () => {
    const chromium = `sha256/${createHash('sha256').update(der).digest('base64')}`;
    expect(fingerprintToColonHex(chromium)).toBe(certificate.fingerprint256);
    expect(fingerprintToColonHex(` ${certificate.fingerprint256.toLowerCase()} `)).toBe(
      certificate.fingerprint256,
    );
  });

  test.each(['', 'sha1/AAAA', 'sha256/AAAA', `sha256/${'A'.repeat(43)}=!`, 'AA:BB', 'not a fingerprint'])(
    '%j is no SHA-256 fingerprint',
    (value) => {
      expect(fingerprintToColonHex(value)).toBeNull();
    },
  );

  test('hosts are spelled as URLs and Chromium spell them', () => {
    expect(normalizeHost(' PBX.Example.Local. ')).toBe('pbx.example.local');
    expect(normalizeHost('[::1]')).toBe('::1');
    expect(normalizeHost('127.0.0.1')).toBe('127.0.0.1');
  });
});
