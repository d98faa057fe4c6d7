/**
 * How certificates and hosts are spelled wherever a pin is compared: the SHA-256 fingerprint as
 * colon-separated upper-case hex (what browsers and `openssl x509 -fingerprint -sha256` show, so a
 * user can compare it by eye), and host names as URLs and Chromium spell them. Pure functions, so
 * the Electron adapter (Chromium's `sha256/<base64>`) and the Node adapter (DER bytes) agree.
 */
import { createHash } from 'node:crypto';

const sha256Bytes = 32;
const colonHexPattern = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

export function isColonHexFingerprint(value: string): boolean {
  return colonHexPattern.test(value);
}

/** `AA:BB:...` for raw digest bytes. */
export function colonHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** The SHA-256 fingerprint of a certificate in DER form, as openssl prints it. */
export function fingerprint256OfDer(der: Uint8Array): string {
  return colonHex(createHash('sha256').update(der).digest());
}

/**
 * Colon hex from either colon hex (any case) or Chromium's `sha256/<base64 of the digest>`
 * (`HashValue::ToString`, what Electron reports); null for anything else.
 */
export function fingerprintToColonHex(fingerprint: string): string | null {
  const trimmed = fingerprint.trim();
  if (isColonHexFingerprint(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const match = /^sha256\/([A-Za-z0-9+/]+={0,2})$/.exec(trimmed);
  if (!match?.[1]) return null;
  const bytes = Buffer.from(match[1], 'base64');
  // Node's base64 decoder skips what it cannot read instead of failing: check the length it got.
  if (bytes.length !== sha256Bytes || bytes.toString('base64') !== match[1]) return null;
  return colonHex(bytes);
}

/** Host names as Chromium and URLs spell them: lower case, no IPv6 brackets, no trailing dot. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}
