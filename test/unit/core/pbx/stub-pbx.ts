/**
 * A scripted HTTP server on 127.0.0.1 for the client's unit tests: every request is recorded as
 * the server saw it (raw, still percent-encoded path), and a test-provided handler answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { basicAuthFromPassword } from '../../../../electron/core/pbx/auth';
import { PbxClient, type PbxClientOptions, type PbxExchange } from '../../../../electron/core/pbx/client';
import { parseServerAddress } from '../../../../electron/core/pbx/server-address';

export interface SeenRequest {
  method: string;
  /** Raw request target below the origin, e.g. `/acme/services/queue/Vertrieb%20Inland`. */
  rawPath: string;
  /** Decoded segments below `/acme/services/` (or `/acme/asset/`). */
  segments: string[];
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array | object;
  /** Never answer (timeouts) or cut the connection (resets). */
  hang?: boolean;
  destroy?: boolean;
}

export type Handler = (request: SeenRequest) => Reply | Promise<Reply>;

export interface StubPbx {
  readonly origin: string;
  readonly baseUrl: string;
  readonly requests: SeenRequest[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export const INSTANCE = 'acme';
export const API_USER = 'moby';
export const API_PASSWORD = 'S3cr3t-pässwörd:with-colon';

export async function startStubPbx(handler: Handler = () => ({ status: 204 })): Promise<StubPbx> {
  let current = handler;
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    void answer(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const below = url.pathname.split('/').slice(3);
    const seen: SeenRequest = {
      method: req.method ?? '',
      rawPath: req.url?.split('?')[0] ?? '',
      segments: below
        .filter((part, index) => part !== '' || index < below.length - 1)
        .map(decodeURIComponent),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(seen);
    const reply = await current(seen);
    if (reply.hang) return;
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    const body =
      reply.body === undefined
        ? ''
        : typeof reply.body === 'string' || reply.body instanceof Uint8Array
          ? reply.body
          : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, {
      ...(typeof reply.body === 'object' && !(reply.body instanceof Uint8Array)
        ? { 'content-type': 'application/json' }
        : {}),
      ...reply.headers,
    });
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: `${origin}/${INSTANCE}`,
    requests,
    handle(next) {
      current = next;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function clientFor(
  baseUrl: string,
  options: Partial<Omit<PbxClientOptions, 'serverAddress' | 'auth'>> & {
    exchanges?: PbxExchange[];
  } = {},
): PbxClient {
  const address = parseServerAddress(baseUrl);
  const auth = basicAuthFromPassword(API_USER, API_PASSWORD);
  if (!address.ok || !auth.ok) throw new Error('test setup: bad address or credentials');
  const { exchanges, ...rest } = options;
  return new PbxClient({
    serverAddress: address.value,
    auth: auth.value,
    fetch,
    ...(exchanges === undefined ? {} : { onExchange: (exchange) => exchanges.push(exchange) }),
    ...rest,
  });
}

export function expectedAuthorization(): string {
  return `Basic ${Buffer.from(`${API_USER}:${API_PASSWORD}`, 'utf8').toString('base64')}`;
}
