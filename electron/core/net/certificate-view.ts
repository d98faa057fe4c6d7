/**
 * Turns the certificate a server presented (Node's `PeerCertificate`) into the contract's
 * `CertificateView`, spelled exactly as the Electron adapter spells Chromium's, so the trust dialog
 * reads the same in the app, the preview and the tests.
 */
import { X509Certificate } from 'node:crypto';
import type { PeerCertificate } from 'node:tls';
import type { CertificateView } from '../../shared/contract';
import { fingerprint256OfDer, normalizeHost } from './certificate-fingerprint';

/** A refused certificate as recorded; `changed` depends on the pins when it is read. */
export type RefusedCertificate = Omit<CertificateView, 'changed'>;

/** The attributes Electron's `CertificatePrincipal` has, in the order its adapter lists them. */
const principalOrder = ['CN', 'OU', 'O', 'L', 'ST', 'C'] as const;

/** `CN=pbx.example.local, O=Example Telecom`; Node gives repeated attributes as arrays. */
export function describeDistinguishedName(name: unknown): string {
  if (typeof name !== 'object' || name === null) return '';
  const record = name as Record<string, unknown>;
  const parts: string[] = [];
  for (const attribute of principalOrder) {
    const value = record[attribute];
    const values = Array.isArray(value) ? value : [value];
    for (const item of values)
      if (typeof item === 'string' && item !== '') parts.push(`${attribute}=${item}`);
  }
  return parts.join(', ');
}

/** Node prints `Nov 29 18:21:56 2026 GMT`; the contract carries ISO 8601. */
export function isoFromCertificateDate(value: string | undefined): string {
  const ms = Date.parse(value ?? '');
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

/** What the user is shown about `certificate`, presented by `host`. */
export function refusedCertificateOf(host: string, certificate: PeerCertificate): RefusedCertificate {
  return {
    host: normalizeHost(host),
    fingerprint256: fingerprint256OfDer(certificate.raw),
    subject: describeDistinguishedName(certificate.subject) || oneLineName(certificate.raw, 'subject'),
    issuer: describeDistinguishedName(certificate.issuer) || oneLineName(certificate.raw, 'issuer'),
    validFrom: isoFromCertificateDate(certificate.valid_from),
    validTo: isoFromCertificateDate(certificate.valid_to),
  };
}

/** `changed`: the host has a pin, and it is not this certificate. */
export function withChangedFlag(
  refused: RefusedCertificate,
  pinnedFingerprint256: string | undefined,
): CertificateView {
  return {
    ...refused,
    changed: pinnedFingerprint256 !== undefined && pinnedFingerprint256 !== refused.fingerprint256,
  };
}

/** For names made only of attributes the principal order leaves out (e.g. just an email address). */
function oneLineName(der: Uint8Array, which: 'subject' | 'issuer'): string {
  try {
    return new X509Certificate(der)[which].split('\n').join(', ');
  } catch {
    return '';
  }
}
