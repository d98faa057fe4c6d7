/**
 * What Electron reports about a server certificate, as the contract's `CertificateView`. The
 * spelling rules (fingerprints as colon hex, host names, the `changed` flag) are the core's, shared
 * with the Node adapter, so the trust dialog reads the same in the app, the preview and the tests.
 */
import type { Certificate, CertificatePrincipal } from 'electron';
import { normalizeHost } from '../core/net/certificate-fingerprint';
import type { RefusedCertificate } from '../core/net/certificate-view';

/** `CN=pbx.example.local, O=Example Telecom`, in the attribute order the Node adapter uses. */
export function describePrincipal(principal: CertificatePrincipal | undefined, fallback: string): string {
  if (!principal) return fallback;
  const parts: string[] = [];
  if (principal.commonName) parts.push(`CN=${principal.commonName}`);
  for (const unit of principal.organizationUnits ?? []) if (unit) parts.push(`OU=${unit}`);
  for (const organization of principal.organizations ?? []) if (organization) parts.push(`O=${organization}`);
  if (principal.locality) parts.push(`L=${principal.locality}`);
  if (principal.state) parts.push(`ST=${principal.state}`);
  if (principal.country) parts.push(`C=${principal.country}`);
  return parts.length > 0 ? parts.join(', ') : fallback;
}

/** Electron gives validity as seconds since the epoch; the contract carries ISO 8601. */
function isoFromSeconds(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

export function refusedCertificateOf(
  host: string,
  certificate: Certificate,
  fingerprint256: string,
): RefusedCertificate {
  return {
    host: normalizeHost(host),
    fingerprint256,
    subject: describePrincipal(certificate.subject, certificate.subjectName),
    issuer: describePrincipal(certificate.issuer, certificate.issuerName),
    validFrom: isoFromSeconds(certificate.validStart),
    validTo: isoFromSeconds(certificate.validExpiry),
  };
}
