/**
 * Certificates for TLS tests, made by the `openssl` CLI (installed here and in CI) in a temporary
 * folder that is removed again. EC P-256 keys: fast to generate, and what current PBXs use.
 * The fingerprint is what `openssl x509 -fingerprint -sha256` prints, i.e. what an admin would read
 * out to a user comparing it with the trust dialog.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificate {
  /** PEM private key. */
  key: string;
  /** PEM certificate. */
  cert: string;
  /** `AA:BB:...` as openssl prints it (32 bytes, upper case). */
  fingerprint256: string;
}

export interface CertificateNames {
  commonName: string;
  /** DNS names and IP addresses for the subjectAltName extension; none when omitted. */
  altNames?: readonly string[];
  days?: number;
}

/** A self-signed certificate, as an onsite PBX generates it for itself (openssl's defaults). */
export function makeSelfSignedCertificate(names: CertificateNames): TestCertificate {
  return inTempDir((dir) => {
    const extensions = altNameExtension(names.altNames);
    openssl([
      'req',
      '-x509',
      ...newKey(dir),
      ...subject(names.commonName),
      '-days',
      days(names),
      ...extensions,
    ]);
    return readCertificate(dir);
  });
}

/** A private certificate authority, as a company runs for its internal servers. */
export function makeCertificateAuthority(commonName: string): TestCertificate {
  return inTempDir((dir) => {
    openssl(['req', '-x509', ...newKey(dir), ...subject(commonName), '-days', '30']);
    return readCertificate(dir);
  });
}

/** A leaf signed by `authority`; the server should present `cert` followed by the authority's. */
export function makeCertificateSignedBy(
  authority: TestCertificate,
  names: CertificateNames,
): TestCertificate {
  return inTempDir((dir) => {
    writeFileSync(join(dir, 'ca.pem'), authority.cert);
    writeFileSync(join(dir, 'ca.key'), authority.key);
    const extensionLines = ['basicConstraints=critical,CA:FALSE'];
    if (names.altNames?.length) extensionLines.push(`subjectAltName=${altNameList(names.altNames)}`);
    writeFileSync(join(dir, 'leaf.ext'), `${extensionLines.join('\n')}\n`);
    openssl(['req', '-new', ...newKey(dir), ...subject(names.commonName), '-out', join(dir, 'leaf.csr')]);
    openssl([
      'x509',
      '-req',
      '-in',
      join(dir, 'leaf.csr'),
      '-CA',
      join(dir, 'ca.pem'),
      '-CAkey',
      join(dir, 'ca.key'),
      '-set_serial',
      String(Date.now()),
      '-days',
      days(names),
      '-extfile',
      join(dir, 'leaf.ext'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    return readCertificate(dir);
  });
}

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'companion-tls-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function newKey(dir: string): string[] {
  return [
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ];
}

function subject(commonName: string): string[] {
  if (/[/=\\]/.test(commonName)) throw new Error(`keep test common names simple: ${commonName}`);
  return ['-subj', `/CN=${commonName}/O=Companion Tests`];
}

function days(names: CertificateNames): string {
  return String(names.days ?? 30);
}

function altNameList(altNames: readonly string[]): string {
  return altNames.map((name) => (isIP(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
}

function altNameExtension(altNames: readonly string[] | undefined): string[] {
  return altNames?.length ? ['-addext', `subjectAltName=${altNameList(altNames)}`] : [];
}

function readCertificate(dir: string): TestCertificate {
  const certPath = join(dir, 'cert.pem');
  const printed = openssl(['x509', '-in', certPath, '-noout', '-fingerprint', '-sha256']);
  // OpenSSL 3 prints `sha256 Fingerprint=..`, 1.1 `SHA256 Fingerprint=..`.
  const match = /fingerprint=([0-9A-F:]+)/i.exec(printed);
  if (!match?.[1]) throw new Error(`unexpected openssl fingerprint output: ${printed}`);
  return {
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    fingerprint256: match[1].toUpperCase(),
  };
}

function openssl(args: string[]): string {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  if (result.error) throw new Error(`openssl could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}
