/**
 * Turns consecutive `/cdr/live` snapshots into call events for one agent.
 *
 * A snapshot lists every leg of every active call on the PBX. The tracker keeps the legs that
 * concern the agent (they are the callee: direct, transferred or a queue ringing them; or the
 * caller), and compares with the previous snapshot. Calls are keyed by leg (`phonecallId`); a
 * queue call by its queue leg, so a queue that rings the agent again with a new leg stays one call.
 *
 * A leg that is missing from one snapshot is kept for `graceSnapshots` more before it counts as
 * ended, because the PBX's live list flickers while a call is bridged or transferred. Where the
 * snapshot itself says what happened (a colleague's leg of the same call is connected; a transfer
 * leg hangs off the agent's leg), the tracker says so at once; so it does where the agent's hint
 * state (read with the snapshot) says the agent has no such call any more: a ringing call is gone
 * when nothing rings, a call in progress when nothing is in use. Every event is emitted once.
 */
import type { CallPhase, CallView } from '../../shared/features/calls';

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
  /** The PBX's own counters: they place a call first seen mid-way without trusting its clock. */
  durationSeconds: number;
  connectedSeconds: number;
}

/**
 * A call as the tracker follows it: the contract's `CallView` without what the calls feature adds
 * (phonebook contacts, display number, history). `remoteName` here is the name the PBX sent.
 */
export type TrackedCall = Pick<
  CallView,
  | 'id'
  | 'phonecallId'
  | 'direction'
  | 'phase'
  | 'remoteNumber'
  | 'remoteName'
  | 'remoteInternal'
  | 'queueName'
  | 'startedAtMs'
  | 'answeredAtMs'
  | 'route'
>;

/** Where a call of the agent was transferred to. */
export interface TransferTarget {
  number: string;
  name: string | null;
  userName: string | null;
}

export type EndReason = 'hangup' | 'missed' | 'answered-elsewhere' | 'transferred' | 'stopped-ringing';

export type CallEvent =
  | { type: 'ringing'; call: TrackedCall }
  /** `me`: on the agent's own leg (for an outbound call: the other side picked up). */
  | { type: 'answered'; call: TrackedCall; by: 'me' | 'elsewhere' }
  | { type: 'held'; call: TrackedCall }
  | { type: 'resumed'; call: TrackedCall }
  | { type: 'transferred'; call: TrackedCall; to: TransferTarget }
  | { type: 'missed'; call: TrackedCall }
  /** The call is gone for the agent; always the last event of a call. */
  | { type: 'ended'; call: TrackedCall; missed: boolean; reason: EndReason };

type OnceEvent = 'ringing' | 'answered' | 'transferred' | 'missed' | 'ended';

interface Entry {
  call: TrackedCall;
  /** The queue leg a queue call hangs off; null for other calls. */
  rootId: number | null;
  missingFor: number;
  emitted: Set<OnceEvent>;
}

type View = Omit<TrackedCall, 'id' | 'startedAtMs' | 'answeredAtMs'> & {
  key: string;
  id: string;
  rootId: number | null;
  durationSeconds: number;
  connectedSeconds: number;
};

export function phaseOf(state: string): CallPhase | null {
  const normalised = state.trim().toLowerCase();
  if (normalised === 'ringing' || normalised === 'ring' || normalised === 'ringinuse') return 'ringing';
  if (normalised === 'hold' || normalised === 'onhold' || normalised === 'held') return 'held';
  if (normalised === 'hangup' || normalised === 'down' || normalised === '') return null;
  // BUSY (the reference's sample), UP, CONNECTED, TALKING: the call is established.
  return 'connected';
}

const phaseRank: Record<CallPhase, number> = { ringing: 0, held: 1, connected: 2 };

/** What the agent's hint state (`InUse&Ringing`, `Idle`, ...) says about their calls. */
export interface HintCalls {
  ringing: boolean;
  inUse: boolean;
}

export function hintCalls(hint: string): HintCalls {
  return { ringing: /ring/i.test(hint), inUse: /inuse|busy|hold/i.test(hint) };
}

/** Whether the hint says the agent has no call like this one any more. */
function goneByHint(call: TrackedCall, hint: HintCalls | null): boolean {
  if (hint === null) return false;
  if (call.phase !== 'ringing') return !hint.inUse;
  // Dialing out shows as in use (or ringing, on some phones) until the other side answers.
  return call.direction === 'inbound' ? !hint.ringing : !hint.inUse && !hint.ringing;
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

  /**
   * Feed the next snapshot; returns the events it caused, in order. `hint`: what the agent's hint
   * state said when the snapshot was taken (null when unknown), so a call it no longer shows ends
   * without waiting out the grace.
   */
  update(legs: readonly LiveLeg[], nowMs: number, hint: HintCalls | null = null): CallEvent[] {
    const events: CallEvent[] = [];
    const byId = new Map(legs.map((leg) => [leg.phonecallId, leg]));
    const views = new Map<string, View>();
    for (const leg of legs) {
      const view = this.#viewOf(leg, byId);
      const known = view && views.get(view.key);
      if (view && (!known || phaseRank[view.phase] > phaseRank[known.phase])) views.set(view.key, view);
    }
    for (const view of views.values()) this.#apply(view, nowMs, events);
    for (const [key, entry] of this.#entries) {
      if (views.has(key)) continue;
      this.#settleMissing(key, entry, legs, byId, events, hint);
    }
    return events;
  }

  /** Forget everything (disconnect, agent changed) without emitting events. */
  clear(): void {
    this.#entries.clear();
  }

  #apply(view: View, nowMs: number, events: CallEvent[]): void {
    const entry = this.#entries.get(view.key);
    if (!entry) {
      const call: TrackedCall = {
        ...callFields(view),
        startedAtMs: nowMs - view.durationSeconds * 1000,
        answeredAtMs: view.phase === 'ringing' ? null : nowMs - view.connectedSeconds * 1000,
      };
      const created: Entry = { call, rootId: view.rootId, missingFor: 0, emitted: new Set() };
      this.#entries.set(view.key, created);
      // A call first seen already connected (the app started mid-call) did not ring for the agent.
      if (view.phase === 'ringing') emit(created, { type: 'ringing', call }, events);
      return;
    }
    entry.missingFor = 0;
    const before = entry.call;
    const call: TrackedCall = {
      ...before,
      phonecallId: view.phonecallId,
      phase: view.phase,
      remoteNumber: view.remoteNumber || before.remoteNumber,
      remoteName: view.remoteName ?? before.remoteName,
      queueName: view.queueName ?? before.queueName,
      answeredAtMs: before.answeredAtMs ?? (view.phase === 'ringing' ? null : nowMs),
    };
    entry.call = call;
    if (before.phase === view.phase) return;
    if (before.phase === 'ringing') emit(entry, { type: 'answered', call, by: 'me' }, events);
    if (view.phase === 'held') events.push({ type: 'held', call });
    else if (before.phase === 'held' && view.phase === 'connected') events.push({ type: 'resumed', call });
  }

  /** A call of the agent is not in this snapshot: answered elsewhere, transferred, or (after grace) ended. */
  #settleMissing(
    key: string,
    entry: Entry,
    legs: readonly LiveLeg[],
    byId: ReadonlyMap<number, LiveLeg>,
    events: CallEvent[],
    hint: HintCalls | null,
  ): void {
    const { call } = entry;
    const transfer = legs.find(
      (leg) => leg.parentId === call.phonecallId && leg.via === 'transfer' && !this.#isMe(leg.dstUserName),
    );
    if (transfer) {
      this.#entries.delete(key);
      const to = {
        number: nonEmpty(transfer.dstNumber) ?? '',
        name: nonEmpty(transfer.dstName),
        userName: nonEmpty(transfer.dstUserName),
      };
      emit(entry, { type: 'transferred', call, to }, events);
      emit(entry, { type: 'ended', call, missed: false, reason: 'transferred' }, events);
      return;
    }
    if (
      call.direction === 'inbound' &&
      call.answeredAtMs === null &&
      this.#takenByColleague(entry, legs, byId)
    ) {
      this.#entries.delete(key);
      emit(entry, { type: 'answered', call, by: 'elsewhere' }, events);
      emit(entry, { type: 'ended', call, missed: false, reason: 'answered-elsewhere' }, events);
      return;
    }
    entry.missingFor += 1;
    if (entry.missingFor <= this.#graceSnapshots && !goneByHint(call, hint)) return;
    this.#entries.delete(key);
    if (call.direction === 'outbound' || call.answeredAtMs !== null) {
      emit(entry, { type: 'ended', call, missed: false, reason: 'hangup' }, events);
      return;
    }
    // The queue still waits for someone to take the caller: it stopped ringing here (declined, or
    // the queue's ring timeout), which is not a missed call yet.
    const root = entry.rootId === null ? undefined : byId.get(entry.rootId);
    if (root && phaseOf(root.state) === 'ringing') {
      emit(entry, { type: 'ended', call, missed: false, reason: 'stopped-ringing' }, events);
      return;
    }
    emit(entry, { type: 'missed', call }, events);
    emit(entry, { type: 'ended', call, missed: true, reason: 'missed' }, events);
  }

  /** The same leg now connected to someone else (call pickup), or a colleague's leg of the same queue call. */
  #takenByColleague(entry: Entry, legs: readonly LiveLeg[], byId: ReadonlyMap<number, LiveLeg>): boolean {
    const takenByOther = (leg: LiveLeg) =>
      nonEmpty(leg.dstUserName) !== null &&
      phaseOf(leg.state) === 'connected' &&
      !this.#isMe(leg.dstUserName);
    const sameLeg = byId.get(entry.call.phonecallId);
    if (sameLeg && takenByOther(sameLeg)) return true;
    if (entry.rootId === null) return false;
    return legs.some((leg) => leg.parentId === entry.rootId && takenByOther(leg));
  }

  #isMe(userName: string | null): boolean {
    return userName?.toLowerCase() === this.#me;
  }

  #viewOf(leg: LiveLeg, byId: ReadonlyMap<number, LiveLeg>): View | null {
    const phase = phaseOf(leg.state);
    if (!phase) return null;
    const toMe = this.#isMe(leg.dstUserName);
    const fromMe = this.#isMe(leg.srcUserName);
    if (toMe === fromMe) return null;
    const parent = leg.parentId === null ? undefined : byId.get(leg.parentId);
    const throughQueue = leg.via === 'queue' && leg.parentId !== null;
    const counters = { durationSeconds: leg.durationSeconds, connectedSeconds: leg.connectedSeconds };
    if (toMe) {
      // Queue legs ringing an agent may carry the queue as source; the caller is on the parent.
      const rootId = throughQueue ? leg.parentId : null;
      const leadingNumber = nonEmpty(leg.srcNumber) ?? nonEmpty(parent?.srcNumber) ?? '';
      return {
        key: rootId === null ? `leg:${leg.phonecallId}` : `queue:${rootId}`,
        id: rootId === null ? String(leg.phonecallId) : `${rootId}/${leg.phonecallId}`,
        rootId,
        phonecallId: leg.phonecallId,
        direction: 'inbound',
        phase,
        remoteNumber: leadingNumber,
        remoteName: nonEmpty(leg.srcName) ?? nonEmpty(parent?.srcName),
        remoteInternal: leg.srcInternal,
        queueName: nonEmpty(leg.queueName) ?? (throughQueue ? nonEmpty(parent?.dstName) : null),
        route:
          throughQueue || nonEmpty(leg.queueName) ? 'queue' : leg.via === 'transfer' ? 'transfer' : 'direct',
        ...counters,
      };
    }
    // The legs a queue rings for the agent's own call into a queue carry the agent as source too;
    // the agent's call is the queue leg itself.
    if (throughQueue) return null;
    return {
      key: `leg:${leg.phonecallId}`,
      id: String(leg.phonecallId),
      rootId: null,
      phonecallId: leg.phonecallId,
      direction: 'outbound',
      phase,
      remoteNumber: nonEmpty(leg.dstNumber) ?? '',
      remoteName: nonEmpty(leg.dstName),
      remoteInternal: leg.dstInternal,
      // An agent's own call into a queue did not come to them through it (no wrap-up after it).
      queueName: null,
      route: leg.via === 'transfer' ? 'transfer' : 'direct',
      ...counters,
    };
  }
}

function callFields(view: View): Omit<TrackedCall, 'startedAtMs' | 'answeredAtMs'> {
  return {
    id: view.id,
    phonecallId: view.phonecallId,
    direction: view.direction,
    phase: view.phase,
    remoteNumber: view.remoteNumber,
    remoteName: view.remoteName,
    remoteInternal: view.remoteInternal,
    queueName: view.queueName,
    route: view.route,
  };
}

/** Pushes an event that happens once per call (held and resumed are pushed as often as they happen). */
function emit(entry: Entry, event: Extract<CallEvent, { type: OnceEvent }>, events: CallEvent[]): void {
  if (entry.emitted.has(event.type)) return;
  entry.emitted.add(event.type);
  events.push(event);
}

function nonEmpty(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value;
}
