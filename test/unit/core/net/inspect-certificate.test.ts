import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { inspectPresentedCertificate } from '../../../../electron/core/net/inspect-certificate';
import { makeSelfSignedCertificate } from '../../../harness/tls-fixtures';

const certificate = makeSelfSignedCertificate({
  commonName: 'pbx.example.local',
  altNames: ['pbx.example.local'],
});
const servers: Server[] = [];
const sockets = new Set<Socket>();

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listening(server: Server): Promise<number> {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('looking at the certificate a refused server presents', () => {
  test('reads the leaf, its PEM and what the dialog shows, and sends no request', async () => {
    const requests: string[] = [];
    const server = createHttpsServer(
      { key: certificate.key, cert: certificate.cert },
      (request, response) => {
        requests.push(request.url ?? '');
        response.end();
      },
    );
    const port = await listening(server);

    const presented = await inspectPresentedCertificate({ host: '127.0.0.1', port });

    expect(presented?.fingerprint256).toBe(certificate.fingerprint256);
    expect(presented?.pem.trim()).toBe(certificate.cert.trim());
    expect(presented?.view).toMatchObject({
      host: '127.0.0.1',
      subject: 'CN=pbx.example.local, O=Companion Tests',
    });
    expect(requests).toEqual([]);
  });

  test('gives up on a server that never completes the handshake', async () => {
    const port = await listening(createServer(() => {}));
    const startedMs = performance.now();
    expect(await inspectPresentedCertificate({ host: '127.0.0.1', port }, { timeoutMs: 200 })).toBeNull();
    expect(performance.now() - startedMs).toBeLessThan(2000);
  });

  test('stops when the request it serves is cancelled', async () => {
    const port = await listening(createServer(() => {}));
    const cancel = new AbortController();
    const inspection = inspectPresentedCertificate({ host: '127.0.0.1', port }, { signal: cancel.signal });
    cancel.abort();
    expect(await inspection).toBeNull();
  });

  test('finds nothing on a server that does not speak TLS', async () => {
    const port = await listening(createHttpServer((_request, response) => response.end('plain')));
    expect(await inspectPresentedCertificate({ host: '127.0.0.1', port })).toBeNull();
  });
});
