/**
 * One connected session of the real core against the demo PBX (normal or hostile) for a stretch of
 * fake (or real) time, with normal calls ringing the agent now and then, and what a PBX admin and an agent
 * would ask of it afterwards: how hard did it ask the PBX, how long was it offline, did every call
 * get its popup, how many bad records did it leave out. The hostile suite asserts on it; the
 * benchmark prints it.
 */
import {
  DEMO_CALLERS,
  type DemoPbx,
  type RecordedRequest,
  startDemoPbx,
} from '../../electron/demo-pbx/index';
import type { ConnectionStatus } from '../../electron/shared/contract';
import { createCompanionFixture } from './companion-fixture';
import { createRealTimeDriver, type SessionDriver } from './session-driver';

export interface SessionRunOptions {
  hostile: boolean;
  durationMs: number;
  /** Fake time per step (real loopback HTTP completes between steps). */
  stepMs?: number;
  /** A normal inbound call rings the agent this often (none when 0). */
  callEveryMs?: number;
  /** Requests before this (the connect and the first loads) are left out of the rates. */
  warmUpMs?: number;
  /** Seed of the PBX's data; the core's jitter is seeded by the fixture. */
  seed?: number;
  /** Real time and Math.random (the benchmark) instead of the fixture's fake clock and seeded jitter. */
  realTime?: boolean;
}

export interface SessionRunResult {
  pbx: DemoPbx;
  driver: SessionDriver;
  requests: readonly RecordedRequest[];
  /** Requests per second after the warm-up: the mean, and the busiest 1 s and 10 s windows. */
  meanPerSecond: number;
  maxPerSecond: number;
  maxPer10Seconds: number;
  offlineMs: number;
  statuses: ConnectionStatus[];
  callsRung: number;
  popupsMissed: number;
  recordsDropped: number;
  fieldsIgnored: number;
  ceilingHits: number;
}

const callers = [DEMO_CALLERS.lukasMueller, DEMO_CALLERS.sabineWeiss, DEMO_CALLERS.franzHofer];
/** A popup must be open this soon after the PBX starts ringing (two polls and some slack). */
const POPUP_WITHIN_MS = 3000;
const RING_FOR_MS = 15_000;

/** Starts, runs and measures; the caller disposes `driver.companion` and closes `pbx`. */
export async function runSession(options: SessionRunOptions): Promise<SessionRunResult> {
  const stepMs = options.stepMs ?? 250;
  const warmUpMs = options.warmUpMs ?? 10_000;
  const driver = options.realTime
    ? await createRealTimeDriver()
    : fakeTimeDriver(await createCompanionFixture());
  const pbx = await startDemoPbx({
    apiPassword: 'session-run',
    now: () => driver.now(),
    hostile: options.hostile,
    internalAnswerDelayMs: 3_600_000,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const startedAt = driver.now();
  const transitions: { atMs: number; status: ConnectionStatus }[] = [];
  driver.companion.on('state', (state) => {
    const last = transitions.at(-1);
    if (last?.status !== state.connection.status)
      transitions.push({ atMs: driver.now(), status: state.connection.status });
  });
  const connected = await driver.connect({ serverAddress: pbx.baseUrl, apiPassword: 'session-run' });
  if (!connected.ok) throw new Error(`the session did not connect: ${connected.error.kind}`);

  let callsRung = 0;
  let popupsMissed = 0;
  const pending: { phonecallId: number; rangAtMs: number; checked: boolean }[] = [];
  const callEveryMs = options.callEveryMs ?? 0;
  let nextCallAtMs = startedAt + (callEveryMs > 0 ? Math.min(callEveryMs, 30_000) : Number.POSITIVE_INFINITY);
  while (driver.now() - startedAt < options.durationMs) {
    await driver.wait(stepMs);
    const now = driver.now();
    if (now >= nextCallAtMs) {
      const caller = callers[callsRung % callers.length] ?? DEMO_CALLERS.lukasMueller;
      const { phonecallId } = pbx.sim.startInboundCall({ from: caller.callsFrom, to: 'tsander' });
      pending.push({ phonecallId, rangAtMs: now, checked: false });
      callsRung += 1;
      nextCallAtMs = now + callEveryMs;
    }
    for (const call of pending) {
      if (!call.checked && now - call.rangAtMs >= POPUP_WITHIN_MS) {
        call.checked = true;
        const id = String(call.phonecallId);
        const opened = (event: string) =>
          event === `open:${id}` || (event.startsWith('open:') && event.endsWith(`/${id}`));
        if (!driver.windows.events.some(opened)) popupsMissed += 1;
      }
      if (
        now - call.rangAtMs >= RING_FOR_MS &&
        pbx.sim.liveCalls().some((leg) => leg.phonecallId === call.phonecallId)
      )
        pbx.sim.hangup(call.phonecallId);
    }
  }
  const endedAt = driver.now();
  const steady = pbx.requests.filter((request) => request.atMs >= startedAt + warmUpMs);
  const seconds = (endedAt - startedAt - warmUpMs) / 1000;
  return {
    pbx,
    driver,
    requests: pbx.requests,
    meanPerSecond: steady.length / seconds,
    maxPerSecond: busiestWindow(steady, 1000),
    maxPer10Seconds: busiestWindow(steady, 10_000) / 10,
    offlineMs: offlineTime(transitions, endedAt),
    statuses: [...new Set(transitions.map((transition) => transition.status))],
    callsRung,
    popupsMissed,
    recordsDropped: countLines(driver, '"PBX record dropped"'),
    fieldsIgnored: countLines(driver, '"PBX field ignored"'),
    ceilingHits: countLines(driver, 'request ceiling reached'),
  };
}

function fakeTimeDriver(fixture: Awaited<ReturnType<typeof createCompanionFixture>>): SessionDriver {
  return {
    companion: fixture.companion,
    windows: fixture.windows,
    logLines: fixture.logLines,
    now: () => fixture.clock.now(),
    wait: (ms) => fixture.pump(ms, ms),
    connect: fixture.connect,
  };
}

function countLines(driver: SessionDriver, text: string): number {
  return driver.logLines.filter((line) => line.includes(text)).length;
}

/** Most requests in any window of `windowMs` (sliding, starting at each request). */
function busiestWindow(requests: readonly RecordedRequest[], windowMs: number): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < requests.length; end++) {
    const endAt = requests[end]?.atMs ?? 0;
    while ((requests[start]?.atMs ?? endAt) <= endAt - windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Time spent in any status but online after the first time online. */
function offlineTime(
  transitions: readonly { atMs: number; status: ConnectionStatus }[],
  endedAt: number,
): number {
  const firstOnline = transitions.findIndex((transition) => transition.status === 'online');
  if (firstOnline < 0) return endedAt - (transitions[0]?.atMs ?? endedAt);
  let offline = 0;
  for (let index = firstOnline; index < transitions.length; index++) {
    const transition = transitions[index];
    const next = transitions[index + 1]?.atMs ?? endedAt;
    if (transition && transition.status !== 'online') offline += next - transition.atMs;
  }
  return offline;
}
