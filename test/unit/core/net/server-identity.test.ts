import { X509Certificate } from 'node:crypto';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { describe, expect, test } from 'vitest';
import { CERT_PIN_MISMATCH, serverIdentityCheck } from '../../../../electron/core/net/server-identity';
import { classifyNetworkFailure } from '../../../../electron/core/pbx/error-mapping';
import { makeSelfSignedCertificate } from '../../../harness/tls-fixtures';

const pinnedCertificate = makeSelfSignedCertificate({
  commonName: 'pbx.example.local',
  altNames: ['pbx.example.local'],
});
const otherCertificate = makeSelfSignedCertificate({
  commonName: 'pbx.example.local',
  altNames: ['pbx.example.local'],
});

/** The fields Node's identity check reads from `getPeerCertificate(true)`. */
function presented(pem: string, names: { cn: string; altNames: string }): PeerCertificate {
  return {
    raw: new X509Certificate(pem).raw,
    subject: { CN: names.cn },
    subjectaltname: names.altNames,
  } as PeerCertificate;
}

/** What undici's fetch throws when the handshake is refused: the identity error as `cause`. */
function fetchFailed(cause: Error): TypeError {
  return new TypeError('fetch failed', { cause });
}

describe('hosts without a pin: the usual verification', () => {
  const usual = serverIdentityCheck(null);

  test("is Node's own checkServerIdentity, unchanged", () => {
    expect(usual).toBe(checkServerIdentity);
  });

  test('accepts a certificate that names the host and refuses one that does not', () => {
    const publicCertificate = presented(otherCertificate.cert, {
      cn: 'pbx.example.com',
      altNames: 'DNS:pbx.example.com',
    });
    expect(usual('pbx.example.com', publicCertificate)).toBeUndefined();
    const refusal = usual('evil.example', publicCertificate);
    expect(refusal).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(classifyNetworkFailure(fetchFailed(refusal as Error)).kind).toBe('certificate');
  });

  test('a pinned fingerprint elsewhere does not make a certificate acceptable here', () => {
    const pinnedElsewhere = presented(pinnedCertificate.cert, {
      cn: 'pbx.example.local',
      altNames: 'DNS:pbx.example.local',
    });
    expect(usual('127.0.0.1', pinnedElsewhere)).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });
});

describe('a pinned host: only the exact leaf the user confirmed', () => {
  const pinned = serverIdentityCheck(pinnedCertificate.fingerprint256);

  test('accepts the pinned certificate whatever names it carries (the user trusted it for this host)', () => {
    const certificate = presented(pinnedCertificate.cert, {
      cn: 'pbx.example.local',
      altNames: 'DNS:pbx.example.local',
    });
    expect(pinned('192.168.10.5', certificate)).toBeUndefined();
    expect(pinned('pbx.example.local', certificate)).toBeUndefined();
  });

  test('refuses any other certificate, even one with the right names, as a certificate failure', () => {
    const impostor = presented(otherCertificate.cert, {
      cn: '192.168.10.5',
      altNames: 'IP Address:192.168.10.5',
    });
    const refusal = pinned('192.168.10.5', impostor);
    expect(refusal).toMatchObject({ code: CERT_PIN_MISMATCH });
    expect(classifyNetworkFailure(fetchFailed(refusal as Error))).toEqual({
      kind: 'certificate',
      detail: CERT_PIN_MISMATCH,
    });
  });

  test('refuses a certificate without DER bytes instead of trusting a precomputed fingerprint', () => {
    const withoutRaw = {
      fingerprint256: pinnedCertificate.fingerprint256,
      subject: { CN: 'x' },
    } as PeerCertificate;
    expect(pinned('pbx.example.local', withoutRaw)).toMatchObject({ code: CERT_PIN_MISMATCH });
  });

  test('reads a pin written in lower case', () => {
    const lowerCasePin = serverIdentityCheck(pinnedCertificate.fingerprint256.toLowerCase());
    const certificate = presented(pinnedCertificate.cert, { cn: 'pbx.example.local', altNames: '' });
    expect(lowerCasePin('pbx.example.local', certificate)).toBeUndefined();
  });
});
