/**
 * The preview host shuts down however the browser left its connections. A clean-clone CI run
 * failed with "Tearing down "preview" exceeded the test timeout": the host waited for
 * `server.close()`, which leaves a connection that is in the middle of a request open, and only
 * cut connections after that wait. A request whose headers never finish stands in for it here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startPreviewHost } from '../../electron/preview/preview-host';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function opened(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

test('close ends even while a connection is in the middle of a request', async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'preview-close-'));
  cleanups.push(() => rmSync(rendererDir, { recursive: true, force: true }));
  for (const name of ['panel', 'popup', 'settings'])
    writeFileSync(join(rendererDir, `${name}.html`), '<!doctype html>');
  const host = await startPreviewHost({ rendererDir, pbx: { kind: 'demo', options: { lively: false } } });
  const port = Number(new URL(host.origin).port);

  const halfSent = await opened(port);
  cleanups.push(() => halfSent.destroy());
  halfSent.write(`GET /panel.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
  const socketClosed = new Promise<void>((resolve) => halfSent.on('close', () => resolve()));
  // Give the server the bytes, so the connection counts as active, not idle.
  await new Promise((resolve) => setTimeout(resolve, 50));

  const outcome = await Promise.race([
    host.close().then(() => 'closed' as const),
    new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000)),
  ]);
  expect(outcome).toBe('closed');
  await socketClosed;
}, 20_000);
