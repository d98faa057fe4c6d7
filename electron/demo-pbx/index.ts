import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createControlHandler } from './control';
import { seedActivity } from './data/activity-seed';
import { DEMO_USER_COUNT, MAX_USER_COUNT } from './data/bulk-users';
import { DEMO_AGENT } from './data/users';
import { FaultList } from './faults';
import { HostileMode } from './hostile/index';
import { DEFAULT_LIVELY_MEAN_INTERVAL_MS, LivelyMode } from './lively';
import { type RecordedRequest, RequestLog } from './request-log';
import { createRequestListener } from './server';
import { CallEngine } from './sim/calls';
import { PbxWorld } from './sim/world';
import { guardSimControl } from './sim-guard';
import { DemoSimulator } from './simulator';

export { DEMO_CALLERS, type DemoCaller, UNKNOWN_CALLER_NUMBER } from './data/known-callers';
export type { FaultSpec } from './faults';
export type { RecordedRequest } from './request-log';
export type { LiveCallRecord } from './sim/call-records';
export type { DeviceActionRecord, QueueActionRecord, UserActionRecord } from './sim/world';
export type {
  InboundCallInput,
  LeaveVoicemailInput,
  OutboundCallInput,
  QueueMembershipSummary,
  VoicemailSummary,
} from './simulator';
export { DemoSimulator } from './simulator';
export { describeWav, type WavInfo } from './wav';

export interface DemoPbxOptions {
  /** Default '127.0.0.1' (never anything else by default). */
  host?: string;
  /** Default 0 = a free port. */
  port?: number;
  /** Default 'demo': REST root `${origin}/${instance}/services/`, audio under `${origin}/${instance}/asset/`. */
  instance?: string;
  /** Default 'api'. */
  apiUser?: string;
  /** Default: random per start. */
  apiPassword?: string;
  /** Deterministic data (default a fixed seed). */
  seed?: number;
  /** Default 300 entries. */
  globalPhonebookSize?: number;
  /** Random inbound calls for the demo mode; default mean interval 20 s. */
  lively?: boolean | { meanIntervalMs?: number };
  /** Serve HTTPS instead of HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Clock in ms since epoch; default Date.now. */
  now?: () => number;
  /** Optional logger; never given the password. */
  log?: (line: string) => void;
  /** How long internal callees ring before picking up by themselves (default 2500 ms). */
  internalAnswerDelayMs?: number;
  /** The token `/_sim/` requests must carry (`x-sim-token`); default: random per start. */
  simToken?: string;
  /** Answer like a hostile or broken PBX (see hostile/index.ts); `/_sim/setHostile` switches it. */
  hostile?: boolean;
  /**
   * Users in all (default 11, the demo users): more are generated deterministically from `seed`
   * (data/bulk-users.ts), e.g. 2,000 for the team-board benchmarks.
   */
  userCount?: number;
  /**
   * The network round trip every REST answer takes (default 0, loopback): half before the PBX
   * looks at the request, half before the answer leaves, as over the internet to a cloud PBX.
   */
  roundTripMs?: number;
}

export interface DemoPbx {
  readonly origin: string;
  readonly baseUrl: string;
  readonly apiUser: string;
  readonly apiPassword: string;
  /** The demo agent the app acts for: 'tsander' (Tina Sander, ext 221, mailbox 221). */
  readonly agent: string;
  readonly sim: DemoSimulator;
  /** What a `/_sim/` request must send in its `x-sim-token` header (see sim-guard.ts). */
  readonly simToken: string;
  /** Every REST request received (not /_sim/). */
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  /** Another network round trip from the next request on (see `DemoPbxOptions.roundTripMs`). */
  setRoundTripMs(ms: number): void;
  close(): Promise<void>;
}

export const DEFAULT_SEED = 221;

function checkedRoundTrip(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0 || ms > 10_000) throw new Error('roundTripMs must be 0..10000');
  return ms;
}
const TICK_MS = 100;

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startDemoPbx(options: DemoPbxOptions = {}): Promise<DemoPbx> {
  const host = options.host ?? '127.0.0.1';
  const instance = options.instance ?? 'demo';
  const apiUser = options.apiUser ?? 'api';
  const apiPassword = options.apiPassword ?? randomBytes(12).toString('base64url');
  const simToken = options.simToken ?? randomBytes(18).toString('base64url');
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const userCount = options.userCount ?? DEMO_USER_COUNT;
  if (!Number.isInteger(userCount) || userCount < DEMO_USER_COUNT || userCount > MAX_USER_COUNT)
    throw new Error(`userCount must be a whole number from ${DEMO_USER_COUNT} to ${MAX_USER_COUNT}`);
  const world = new PbxWorld({
    seed,
    globalPhonebookSize: options.globalPhonebookSize ?? 300,
    now,
    internalAnswerDelayMs: options.internalAnswerDelayMs ?? 2500,
    userCount,
  });
  const engine = new CallEngine(world, DEMO_AGENT);
  seedActivity(world);
  const faults = new FaultList(now);
  const hostile = new HostileMode(DEMO_AGENT);
  hostile.setEnabled(options.hostile === true);
  const requestLog = new RequestLog();
  const livelyOptions = typeof options.lively === 'object' ? options.lively : {};
  const lively = new LivelyMode(
    world,
    engine,
    livelyOptions.meanIntervalMs ?? DEFAULT_LIVELY_MEAN_INTERVAL_MS,
    seed,
  );
  const reseed = (): void => {
    world.load();
    seedActivity(world);
  };
  const sim = new DemoSimulator({ world, engine, faults, hostile, lively, requestLog, reseed });
  const closing = new AbortController();
  const latency = { roundTripMs: checkedRoundTrip(options.roundTripMs ?? 0) };
  const listener = createRequestListener({
    instance,
    apiUser,
    apiPassword,
    world,
    engine,
    faults,
    hostile,
    requestLog,
    closing: closing.signal,
    latency,
    control: guardSimControl(createControlHandler(sim, requestLog), { token: simToken, listenHost: host }),
    log,
  });
  const server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : createHttpServer(listener);
  const address = await listen(server, options.port ?? 0, host);
  const hostInUrl = address.family === 'IPv6' || host.includes(':') ? `[${address.address}]` : host;
  const origin = `${options.tls ? 'https' : 'http'}://${hostInUrl}:${address.port}`;
  lively.setEnabled(options.lively !== undefined && options.lively !== false);
  // One timer drives deferred call events and the lively mode; unref'd, and cleared on close.
  const tick = setInterval(() => {
    world.scheduler.runDue();
    lively.tick();
  }, TICK_MS);
  tick.unref();
  log(`demo PBX listening on ${origin}/${instance} (API user ${apiUser})`);

  let closed: Promise<void> | null = null;
  return {
    origin,
    baseUrl: `${origin}/${instance}`,
    apiUser,
    apiPassword,
    agent: DEMO_AGENT,
    sim,
    simToken,
    get requests() {
      return requestLog.entries;
    },
    clearRequests: () => requestLog.clear(),
    setRoundTripMs(ms) {
      latency.roundTripMs = checkedRoundTrip(ms);
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        clearInterval(tick);
        lively.setEnabled(false);
        closing.abort();
        world.scheduler.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        log('demo PBX closed');
      });
      return closed;
    },
  };
}
