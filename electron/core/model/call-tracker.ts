/**
 * Turns consecutive `/cdr/live` snapshots into call events for one agent.
 *
 * A snapshot lists every leg of every active call on the PBX. The tracker keeps the legs that
 * concern the agent (they are the callee: direct or a queue ringing them; or the caller), keys
 * them by phonecallId, and compares with the previous snapshot. A leg that is missing from one
 * snapshot is kept for `graceSnapshots` more before it counts as ended, because the PBX's live
 * list flickers while a call is being bridged or transferred. Every transition is emitted once.
 */
import type { CallDirection, CallPhase } from '../../shared/contract';

/** The parts of a live record the tracker needs (mapped from the PBX client's LiveCall). */
export interface LiveLeg {
  phonecallId: number;
  parentId: number | null;
  state: string;
  via: string | null;
  srcUserName: string | null;
  srcNumber: string | null;
  srcName: string | null;
  srcInternal: boolean;
  dstUserName: string | null;
  dstNumber: string | null;
  dstName: string | null;
  dstInternal: boolean;
  queueName: string | null;
}

export interface TrackedCall {
  id: string;
  phonecallId: number;
  direction: CallDirection;
  phase: CallPhase;
  remoteNumber: string;
  remoteName: string | null;
  remoteInternal: boolean;
  queueName: string | null;
  startedAtMs: number;
  answeredAtMs: number | null;
}

export type CallEvent =
  | { type: 'ringing'; call: TrackedCall }
  | { type: 'answered'; call: TrackedCall }
  | { type: 'held'; call: TrackedCall }
  | { type: 'resumed'; call: TrackedCall }
  | { type: 'ended'; call: TrackedCall; missed: boolean };

interface Entry {
  call: TrackedCall;
  missingFor: number;
}

export function phaseOf(state: string): CallPhase | null {
  const normalised = state.trim().toLowerCase();
  if (normalised === 'ringing' || normalised === 'ring' || normalised === 'ringinuse') return 'ringing';
  if (normalised === 'hold' || normalised === 'onhold' || normalised === 'held') return 'held';
  if (normalised === 'hangup' || normalised === 'down' || normalised === '') return null;
  // BUSY (the reference's sample), UP, CONNECTED, TALKING: the call is established.
  return 'connected';
}

export class CallTracker {
  readonly #me: string;
  readonly #graceSnapshots: number;
  readonly #entries = new Map<string, Entry>();

  constructor(me: string, options: { graceSnapshots?: number } = {}) {
    this.#me = me.toLowerCase();
    this.#graceSnapshots = options.graceSnapshots ?? 1;
  }

  get calls(): TrackedCall[] {
    return [...this.#entries.values()].map((entry) => entry.call);
  }

  /** Feed the next snapshot; returns the events it caused, in order. */
  update(legs: readonly LiveLeg[], nowMs: number): CallEvent[] {
    const events: CallEvent[] = [];
    const byId = new Map(legs.map((leg) => [leg.phonecallId, leg]));
    const seen = new Set<string>();
    for (const leg of legs) {
      const view = this.#viewOf(leg, byId);
      if (!view) continue;
      seen.add(view.id);
      const entry = this.#entries.get(view.id);
      if (!entry) {
        const call: TrackedCall = {
          ...view,
          startedAtMs: nowMs,
          answeredAtMs: view.phase === 'ringing' ? null : nowMs,
        };
        this.#entries.set(view.id, { call, missingFor: 0 });
        // A call first seen already connected (outbound dial, or the app started mid-call) did
        // not ring for the agent: no popup for it.
        if (view.phase === 'ringing') events.push({ type: 'ringing', call });
        continue;
      }
      entry.missingFor = 0;
      const before = entry.call;
      const call: TrackedCall = {
        ...before,
        phase: view.phase,
        remoteName: view.remoteName ?? before.remoteName,
        queueName: view.queueName ?? before.queueName,
        answeredAtMs: before.answeredAtMs ?? (view.phase === 'ringing' ? null : nowMs),
      };
      entry.call = call;
      if (before.phase === view.phase) continue;
      if (before.phase === 'ringing') events.push({ type: 'answered', call });
      if (view.phase === 'held') events.push({ type: 'held', call });
      else if (before.phase === 'held' && view.phase === 'connected') events.push({ type: 'resumed', call });
    }
    for (const [id, entry] of this.#entries) {
      if (seen.has(id)) continue;
      entry.missingFor += 1;
      if (entry.missingFor <= this.#graceSnapshots) continue;
      this.#entries.delete(id);
      const missed = entry.call.direction === 'inbound' && entry.call.answeredAtMs === null;
      events.push({ type: 'ended', call: entry.call, missed });
    }
    return events;
  }

  /** Forget everything (disconnect, agent changed) without emitting events. */
  clear(): void {
    this.#entries.clear();
  }

  #viewOf(
    leg: LiveLeg,
    byId: ReadonlyMap<number, LiveLeg>,
  ): Omit<TrackedCall, 'startedAtMs' | 'answeredAtMs'> | null {
    const phase = phaseOf(leg.state);
    if (!phase) return null;
    const toMe = leg.dstUserName?.toLowerCase() === this.#me;
    const fromMe = leg.srcUserName?.toLowerCase() === this.#me;
    if (toMe === fromMe) return null;
    const parent = leg.parentId === null ? undefined : byId.get(leg.parentId);
    if (toMe) {
      // Queue legs ringing an agent may carry the queue as source; the caller is on the parent.
      const number = nonEmpty(leg.srcNumber) ?? nonEmpty(parent?.srcNumber) ?? '';
      return {
        id: String(leg.phonecallId),
        phonecallId: leg.phonecallId,
        direction: 'inbound',
        phase,
        remoteNumber: number,
        remoteName: nonEmpty(leg.srcName) ?? nonEmpty(parent?.srcName),
        remoteInternal: leg.srcInternal,
        queueName: nonEmpty(leg.queueName) ?? (leg.via === 'queue' ? nonEmpty(parent?.dstName) : null),
      };
    }
    return {
      id: String(leg.phonecallId),
      phonecallId: leg.phonecallId,
      direction: 'outbound',
      phase,
      remoteNumber: nonEmpty(leg.dstNumber) ?? '',
      remoteName: nonEmpty(leg.dstName),
      remoteInternal: leg.dstInternal,
      queueName: nonEmpty(leg.queueName),
    };
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value;
}
