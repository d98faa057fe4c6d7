import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { DIRECTORY_QUERIES, directoryOperations } from './control-directory';
import { faultSpecSchema } from './faults';
import type { RequestLog } from './request-log';
import { SimError } from './sim/sim-error';
import type { DemoSimulator } from './simulator';

const id = z.object({ phonecallId: z.coerce.number().int() });
const empty = z.looseObject({});

/**
 * The simulator over HTTP: `POST /_sim/<operation>` with the operation's arguments as a JSON object
 * (queries also answer GET, with arguments in the query string). The answer is the operation's
 * result as JSON, or {"ok":true}. Loopback clients only; no REST credentials needed.
 */
function operations(sim: DemoSimulator, requests: RequestLog) {
  const op = <S extends z.ZodType>(schema: S, run: (args: z.infer<S>) => unknown) => ({ schema, run });
  return {
    startInboundCall: op(
      z.object({ from: z.string().min(1), fromName: z.string().optional(), to: z.string().min(1) }),
      (a) => sim.startInboundCall(a),
    ),
    startOutboundCall: op(
      z.object({ fromUser: z.string().min(1), to: z.string().min(1), device: z.string().optional() }),
      (a) => sim.startOutboundCall(a),
    ),
    answer: op(
      id.extend({ by: z.string().optional(), device: z.string().optional() }),
      ({ phonecallId, ...options }) => sim.answer(phonecallId, options),
    ),
    hold: op(id, (a) => sim.hold(a.phonecallId)),
    resume: op(id, (a) => sim.resume(a.phonecallId)),
    hangup: op(
      id.extend({
        leaveVoicemail: z.boolean().optional(),
        voicemailDurationSeconds: z.number().int().min(1).max(600).optional(),
      }),
      ({ phonecallId, ...options }) => sim.hangup(phonecallId, options),
    ),
    transfer: op(id.extend({ to: z.string().min(1) }), ({ phonecallId, to }) =>
      sim.transfer(phonecallId, { to }),
    ),
    leaveVoicemail: op(
      z.object({
        mailbox: z.string().min(1),
        from: z.string().min(1),
        fromName: z.string().optional(),
        durationSeconds: z.number().int().min(1).max(600).optional(),
        broken: z.enum(['truncated', 'not-wav']).optional(),
        folder: z.string().optional(),
      }),
      (a) => sim.leaveVoicemail(a),
    ),
    setUserState: op(z.object({ username: z.string().min(1), state: z.string().min(1).nullable() }), (a) =>
      sim.setUserState(a.username, a.state),
    ),
    setDefaultDevice: op(
      z.object({ username: z.string().min(1), device: z.string().min(1).nullable() }),
      (a) => sim.setDefaultDevice(a.username, a.device),
    ),
    addBackgroundCalls: op(z.object({ count: z.coerce.number().int().min(0).max(10_000) }), (a) =>
      sim.addBackgroundCalls(a.count),
    ),
    clearBackgroundCalls: op(empty, () => sim.clearBackgroundCalls()),
    injectFault: op(faultSpecSchema, (a) => sim.injectFault(a)),
    clearFaults: op(empty, () => sim.clearFaults()),
    setLively: op(z.object({ on: z.boolean() }), (a) => sim.setLively(a.on)),
    setHostile: op(z.object({ on: z.boolean() }), (a) => sim.setHostile(a.on)),
    reset: op(empty, () => sim.reset()),
    liveCalls: op(empty, () => sim.liveCalls()),
    deviceActions: op(empty, () => sim.deviceActions()),
    queueActions: op(empty, () => sim.queueActions()),
    userActions: op(empty, () => sim.userActions()),
    voicemails: op(z.object({ mailbox: z.string().min(1) }), (a) => sim.voicemails(a.mailbox)),
    memberships: op(z.object({ username: z.string().min(1) }), (a) => sim.memberships(a.username)),
    userState: op(z.object({ username: z.string().min(1) }), (a) => ({ state: sim.userState(a.username) })),
    requests: op(empty, () => requests.entries),
    clearRequests: op(empty, () => requests.clear()),
    ...directoryOperations(sim),
  };
}

const QUERIES = new Set([
  'liveCalls',
  'deviceActions',
  'queueActions',
  'userActions',
  'voicemails',
  'memberships',
  'userState',
  'requests',
  ...DIRECTORY_QUERIES,
]);
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function send(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value ?? { ok: true }));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(body.length),
  });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : (JSON.parse(text) as unknown);
}

export function createControlHandler(
  sim: DemoSimulator,
  requests: RequestLog,
): (req: IncomingMessage, res: ServerResponse, url: URL) => void {
  const table: Record<string, { schema: z.ZodType; run: (args: never) => unknown }> = operations(
    sim,
    requests,
  );
  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? ''))
      return send(res, 403, { error: 'the simulator answers loopback clients only' });
    const name = url.pathname.replace(/^\/_sim\/?/, '').replace(/\/$/, '');
    if (name === '') return send(res, 200, { operations: Object.keys(table) });
    const operation = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!operation)
      return send(res, 404, { error: `no simulator operation "${name}"`, operations: Object.keys(table) });
    const method = req.method ?? 'GET';
    if (method !== 'POST' && !(method === 'GET' && QUERIES.has(name)))
      return send(res, 405, { error: `use POST /_sim/${name}` });
    let input: unknown;
    try {
      input = method === 'GET' ? Object.fromEntries(url.searchParams) : await readJson(req);
    } catch {
      return send(res, 400, { error: 'body must be JSON' });
    }
    const parsed = operation.schema.safeParse(input);
    if (!parsed.success) return send(res, 400, { error: z.prettifyError(parsed.error) });
    try {
      send(res, 200, operation.run(parsed.data as never));
    } catch (error) {
      if (error instanceof SimError) send(res, error.status, { error: error.message });
      else if (error instanceof z.ZodError) send(res, 400, { error: z.prettifyError(error) });
      else send(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (req, res, url) => {
    handle(req, res, url).catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'simulator request failed' });
    });
  };
}
