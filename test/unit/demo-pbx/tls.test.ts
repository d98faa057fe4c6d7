import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { describe, expect, test } from 'vitest';
import { startDemoPbx } from '../../../electron/demo-pbx/index';

function selfSignedCertificate(): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'demo-pbx-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const certificate = selfSignedCertificate();

describe.skipIf(certificate === null)('the demo PBX over HTTPS with a self-signed certificate', () => {
  test('serves the REST API over TLS; a client that trusts the certificate gets answers', async () => {
    if (!certificate) return;
    const pbx = await startDemoPbx({ tls: certificate, apiPassword: 'tls-secret' });
    const agent = new Agent({ connect: { ca: certificate.cert } });
    try {
      expect(pbx.origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const response = await undiciFetch(`${pbx.baseUrl}/services/identity/tsander`, {
        dispatcher: agent,
        headers: { authorization: `Basic ${Buffer.from('api:tls-secret').toString('base64')}` },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as Record<string, unknown>)['003use_name']).toBe('tsander');
      await expect(undiciFetch(`${pbx.baseUrl}/services/identity/tsander`)).rejects.toThrow();
    } finally {
      await agent.close();
      await pbx.close();
    }
  });
});
