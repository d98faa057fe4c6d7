/**
 * The last check of every TLS handshake that carries a request, after OpenSSL verified the chain:
 * - a host without a pin gets Node's own `tls.checkServerIdentity` (names and IP addresses in the
 *   certificate must match), exactly as any HTTPS client would;
 * - a host with a pin accepts only the exact leaf the user confirmed, by SHA-256 fingerprint. Names
 *   do not count there: a self-signed PBX certificate rarely names the address the user typed, and
 *   the user trusted this certificate for this host, not a name in it.
 */
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { fingerprint256OfDer } from './certificate-fingerprint';

export type ServerIdentityCheck = (hostname: string, certificate: PeerCertificate) => Error | undefined;

/**
 * The code a pin mismatch carries. It contains `CERT`, which is what lets the PBX client's error
 * mapping report it as a `certificate` failure like OpenSSL's own codes.
 */
export const CERT_PIN_MISMATCH = 'ERR_TLS_CERT_PIN_MISMATCH';

export function serverIdentityCheck(pinnedFingerprint256: string | null): ServerIdentityCheck {
  if (pinnedFingerprint256 === null) return checkServerIdentity;
  const pinned = pinnedFingerprint256.toUpperCase();
  return (hostname, certificate) => {
    // Fingerprint the DER bytes ourselves rather than trusting a precomputed field.
    const presented = certificate.raw ? fingerprint256OfDer(certificate.raw) : null;
    if (presented === pinned) return undefined;
    return Object.assign(new Error(`${hostname} presented a certificate other than the one pinned for it`), {
      code: CERT_PIN_MISMATCH,
      host: hostname,
    });
  };
}
