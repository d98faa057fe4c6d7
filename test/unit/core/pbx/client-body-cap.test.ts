/**
 * An answer larger than its kind's cap (API JSON, voicemail audio) is a `bad-response`, stopped as
 * it streams in: the server here sends an endless body, so a client that read the whole answer
 * would never finish.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isPbxError } from '../../../../electron/core/pbx/errors';
import { maxBodyBytes } from '../../../../electron/core/pbx/response-body';
import { clientFor } from './stub-pbx';

const chunk = Buffer.alloc(256 * 1024, 0x20);
let server: Server;
let baseUrl: string;
/** Bytes the server managed to send per request path before the client hung up. */
const sent = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    let bytes = 0;
    const declared = /declared-(\d+)/.exec(path)?.[1];
    const exact = /exact-(\d+)/.exec(path)?.[1];
    res.writeHead(200, {
      'content-type': path.includes('asset') ? 'audio/x-wav' : 'application/json',
      ...(declared ? { 'content-length': declared } : {}),
      ...(exact ? { 'content-length': exact } : {}),
    });
    if (exact) {
      res.end(Buffer.alloc(Number(exact), 0x20));
      return;
    }
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk)) bytes += chunk.length;
      sent.set(path, bytes);
    };
    res.on('drain', pump);
    res.on('close', () => sent.set(path, bytes));
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acme`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const tooLarge = (limit: number) => (error: unknown) =>
  isPbxError(error) &&
  error.kind === 'bad-response' &&
  (error.detail ?? '').includes(`larger than ${limit / 1024 / 1024} MiB`);

describe('the size cap of an answer', () => {
  test('an endless API answer stops at the JSON cap', async () => {
    const client = clientFor(baseUrl, { timeoutMs: 20_000 });
    await expect(client.getJson(['cdr', 'live'], z.unknown())).rejects.toSatisfy(tooLarge(maxBodyBytes.json));
  });

  test('an endless voicemail download stops at the audio cap', async () => {
    const client = clientFor(baseUrl, { downloadTimeoutMs: 20_000 });
    await expect(client.download(['voicemailbox', '221', 'INBOX', 'msg0000'])).rejects.toSatisfy(
      tooLarge(maxBodyBytes.audio),
    );
  });

  test('an answer that announces too many bytes is refused before its body is read', async () => {
    const client = clientFor(baseUrl);
    await expect(
      client.getJson(['phonebook', `declared-${maxBodyBytes.json + 1}`], z.unknown()),
    ).rejects.toSatisfy(tooLarge(maxBodyBytes.json));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.get(`/acme/services/phonebook/declared-${maxBodyBytes.json + 1}`) ?? 0).toBeLessThan(
      maxBodyBytes.json / 4,
    );
  });

  test('the caps are per kind: audio larger than the JSON cap still plays', async () => {
    const size = maxBodyBytes.json + 1024;
    const client = clientFor(baseUrl, { downloadTimeoutMs: 20_000 });
    const file = await client.download(['voicemailbox', '221', 'INBOX', `exact-${size}`]);
    expect(file.bytes.byteLength).toBe(size);
    await expect(client.getJson(['cdr', `exact-${size}`], z.unknown())).rejects.toSatisfy(
      tooLarge(maxBodyBytes.json),
    );
  });
});
