import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultList, FaultSpec } from './faults';
import type { HostileMode } from './hostile/index';
import type { RouteRequest } from './http/request';
import { failure, type RouteResult } from './http/respond';
import { matchRoute, type Route } from './http/router';
import type { RecordedRequest, RequestLog } from './request-log';
import { assetRoutes, serviceRoutes } from './routes/index';
import type { CallEngine } from './sim/calls';
import { SimError } from './sim/sim-error';
import type { PbxWorld } from './sim/world';

export interface ServerContext {
  instance: string;
  apiUser: string;
  apiPassword: string;
  world: PbxWorld;
  engine: CallEngine;
  faults: FaultList;
  /** Plants bad records and answers among the good ones while enabled. */
  hostile: HostileMode;
  requestLog: RequestLog;
  /** Aborted on close, so that a latency fault does not keep the process alive. */
  closing: AbortSignal;
  /**
   * The network between app and PBX: every REST answer takes this round trip, half on the way in
   * (the PBX sees the request, and the state it answers from, that much later) and half on the way
   * back. Read per request, so `/_sim/setLatency` applies to the next one.
   */
  latency: { roundTripMs: number };
  control: (req: IncomingMessage, res: ServerResponse, url: URL) => void;
  log: (line: string) => void;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;
const REALM = 'Basic realm="pascom REST API"';
// What the reference's HEAD samples show the PBX (nginx + PHP) sending with every answer.
const PBX_HEADERS = {
  'cache-control': 'no-store, no-cache, must-revalidate',
  pragma: 'no-cache',
  expires: 'Thu, 19 Nov 1981 08:52:00 GMT',
  server: 'nginx',
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer): { body: unknown; isJson: boolean } {
  if (raw.length === 0) return { body: undefined, isJson: false };
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text) as unknown, isJson: true };
  } catch {
    return { body: text, isJson: false };
  }
}

function isAuthorized(header: string | undefined, user: string, password: string): boolean {
  const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && decoded.slice(0, colon) === user && decoded.slice(colon + 1) === password;
}

function decodeSegments(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

function faultResult(fault: FaultSpec): RouteResult | null {
  switch (fault.kind) {
    case 'status': {
      const status = fault.status ?? 500;
      return status === 204 ? { status } : failure(status, 'injected fault');
    }
    case 'retry-after':
      return {
        ...failure(429, 'Too Many Requests'),
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
      };
    case 'unauthorized':
      return { ...failure(401, 'Unauthorized'), headers: { 'www-authenticate': REALM } };
    default:
      return null;
  }
}

function route(
  ctx: ServerContext,
  request: Omit<RouteRequest, 'params' | 'segments'>,
  segments: string[],
): RouteResult {
  const [area, ...rest] = segments;
  const routes: readonly Route[] | undefined =
    area === 'services' ? serviceRoutes : area === 'asset' ? assetRoutes : undefined;
  if (!routes) return failure(404, 'not found');
  const match = matchRoute(routes, request.method, rest);
  if (match.kind === 'not-found') return failure(404, 'not found');
  if (match.kind === 'method-not-allowed')
    return { ...failure(405, 'method not allowed'), headers: { allow: match.allowed.join(', ') } };
  try {
    return match.handler({ ...request, segments: rest, params: match.params });
  } catch (error) {
    if (error instanceof SimError) return failure(error.status, error.message);
    ctx.log(`demo PBX: ${request.method} failed: ${error instanceof Error ? error.message : String(error)}`);
    return failure(500, 'internal error');
  }
}

function serialise(
  result: RouteResult,
  malformed: boolean,
): { status: number; headers: Record<string, string>; body: Buffer } {
  const headers: Record<string, string> = { ...PBX_HEADERS };
  let body = result.bytes ?? Buffer.alloc(0);
  let status = result.status;
  if (!result.bytes && (result.json !== undefined || malformed)) {
    headers['content-type'] = 'application/json; charset=utf-8';
    const text = result.json === undefined ? '{"response": "ok"}' : JSON.stringify(result.json);
    // A body cut off mid-way: what a proxy timeout or a PHP fatal error leaves behind.
    body = Buffer.from(
      malformed
        ? `${text.slice(0, Math.max(1, Math.floor(text.length * 0.6)))}<br />\n<b>Fatal error</b>`
        : text,
    );
    if (malformed && status === 204) status = 200;
  }
  Object.assign(headers, result.headers);
  return { status, headers, body };
}

/** Socket counters at the end of the socket's previous exchange (keep-alive: one after the other). */
const socketMarks = new WeakMap<Socket, { read: number; written: number }>();

/** Bytes of this exchange on its socket, both ways, since the socket's previous exchange ended. */
function wireBytesOf(socket: Socket | null): number {
  if (!socket) return 0;
  const mark = socketMarks.get(socket) ?? { read: 0, written: 0 };
  const now = { read: socket.bytesRead, written: socket.bytesWritten };
  socketMarks.set(socket, now);
  return now.read - mark.read + (now.written - mark.written);
}

const pause = (ms: number, signal: AbortSignal): Promise<boolean> =>
  ms <= 0 ? Promise.resolve(true) : sleep(ms, true, { signal }).catch(() => false);

/** The REST side: request log, faults, Basic auth, routing below /<instance>/services and /asset. */
export function createRequestListener(
  ctx: ServerContext,
): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://demo-pbx.invalid');
    if (url.pathname === '/_sim' || url.pathname.startsWith('/_sim/')) {
      ctx.control(req, res, url);
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const halfTripMs = ctx.latency.roundTripMs / 2;
    if (!(await pause(halfTripMs, ctx.closing))) return;
    const atMs = ctx.world.now();
    const query = Object.fromEntries(url.searchParams);
    const segments = decodeSegments(url.pathname);
    const inInstance = segments !== null && segments[0] === ctx.instance;
    const below = inInstance ? segments.slice(1) : (segments ?? []);
    const path = `/${below.join('/')}${url.pathname.endsWith('/') && below.length > 0 ? '/' : ''}`;
    const raw = await readBody(req).catch(() => null);
    const { body, isJson } = raw ? parseBody(raw) : { body: undefined, isJson: false };
    const authorized = isAuthorized(req.headers.authorization, ctx.apiUser, ctx.apiPassword);
    const record = (status: number, responseBytes: number): RecordedRequest => {
      const entry = { method, path, query, body, status, responseBytes, wireBytes: 0, atMs, authorized };
      ctx.requestLog.add(entry);
      return entry;
    };

    const decision = ctx.faults.take(path);
    if (decision.latencyMs > 0) {
      const completed = await sleep(decision.latencyMs, true, { signal: ctx.closing }).catch(() => false);
      if (!completed) return;
    }
    if (decision.fault?.kind === 'drop') {
      record(0, 0);
      req.socket.destroy();
      return;
    }
    ctx.world.scheduler.runDue();
    let result = decision.fault ? faultResult(decision.fault) : null;
    if (!result) {
      if (!authorized) result = { ...failure(401, 'Unauthorized'), headers: { 'www-authenticate': REALM } };
      else if (raw === null) result = failure(413, 'request body too large');
      else if (segments === null) result = failure(400, 'malformed percent-encoding in path');
      else if (!inInstance) result = failure(404, `no PBX instance here; try /${ctx.instance}/services/`);
      else {
        result = route(
          ctx,
          {
            method,
            query,
            body,
            bodyIsJson: isJson,
            instance: ctx.instance,
            world: ctx.world,
            engine: ctx.engine,
          },
          below,
        );
        result = ctx.hostile.apply({ method, segments: below, query, nowMs: ctx.world.now() }, result);
      }
    }
    const { status, headers, body: payload } = serialise(result, decision.fault?.kind === 'malformed');
    const withoutBody = method === 'HEAD' || status === 204 || status === 304;
    // HEAD announces the length the GET body would have; 204/304 must not carry one at all.
    if (status !== 204 && status !== 304) headers['content-length'] = String(payload.length);
    if (!(await pause(halfTripMs, ctx.closing))) return;
    const entry = record(status, withoutBody ? 0 : payload.length);
    res.once('finish', () => {
      entry.wireBytes = wireBytesOf(req.socket);
    });
    res.writeHead(status, headers);
    res.end(withoutBody ? undefined : payload);
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      ctx.log(`demo PBX: request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
}
