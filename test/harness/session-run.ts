/**
 * One connected session of the real core against the demo PBX (normal or hostile) for a stretch of
 * fake time, with normal calls ringing the agent now and then, and what a PBX admin and an agent
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
import { type CompanionFixture, createCompanionFixture } from './companion-fixture';

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
}

export interface SessionRunResult {
  pbx: DemoPbx;
  fixture: CompanionFixture;
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

/** Starts, runs and measures; the caller closes `fixture.companion` and `pbx`. */
export async function runSession(options: SessionRunOptions): Promise<SessionRunResult> {
  const stepMs = options.stepMs ?? 250;
  const warmUpMs = options.warmUpMs ?? 10_000;
  const fixture = await createCompanionFixture();
  const pbx = await startDemoPbx({
    apiPassword: 'session-run',
    now: () => fixture.clock.now(),
    hostile: options.hostile,
    internalAnswerDelayMs: 3_600_000,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const startedAt = fixture.clock.now();
  const transitions: { atMs: number; status: ConnectionStatus }[] = [];
  fixture.companion.on('state', (state) => {
    const last = transitions.at(-1);
    if (last?.status !== state.connection.status)
      transitions.push({ atMs: fixture.clock.now(), status: state.connection.status });
  });
  const connected = await fixture.connect({ serverAddress: pbx.baseUrl, apiPassword: 'session-run' });
  if (!connected.ok) throw new Error(`the session did not connect: ${connected.error.kind}`);

  let callsRung = 0;
  let popupsMissed = 0;
  const pending: { phonecallId: number; rangAtMs: number; checked: boolean }[] = [];
  const callEveryMs = options.callEveryMs ?? 0;
  let nextCallAtMs = startedAt + (callEveryMs > 0 ? Math.min(callEveryMs, 30_000) : Number.POSITIVE_INFINITY);
  while (fixture.clock.now() - startedAt < options.durationMs) {
    await fixture.pump(stepMs, stepMs);
    const now = fixture.clock.now();
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
        if (!fixture.windows.events.some(opened)) popupsMissed += 1;
      }
      if (
        now - call.rangAtMs >= RING_FOR_MS &&
        pbx.sim.liveCalls().some((leg) => leg.phonecallId === call.phonecallId)
      )
        pbx.sim.hangup(call.phonecallId);
    }
  }
  const endedAt = fixture.clock.now();
  const steady = pbx.requests.filter((request) => request.atMs >= startedAt + warmUpMs);
  const seconds = (endedAt - startedAt - warmUpMs) / 1000;
  return {
    pbx,
    fixture,
    requests: pbx.requests,
    meanPerSecond: steady.length / seconds,
    maxPerSecond: busiestWindow(steady, 1000),
    maxPer10Seconds: busiestWindow(steady, 10_000) / 10,
    offlineMs: offlineTime(transitions, endedAt),
    statuses: [...new Set(transitions.map((transition) => transition.status))],
    callsRung,
    popupsMissed,
    recordsDropped: countLines(fixture, '"PBX record dropped"'),
    fieldsIgnored: countLines(fixture, '"PBX field ignored"'),
    ceilingHits: countLines(fixture, 'request ceiling reached'),
  };
}

function countLines(fixture: CompanionFixture, text: string): number {
  return fixture.logLines.filter((line) => line.includes(text)).length;
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
