/**
 * Today's calls of the agent for the panel, from `/cdr` (the legs that rang the agent or that the
 * agent placed), grouped into calls by chain. A call that just ended shows at once from what the
 * tracker saw, and is replaced by the PBX's record once the history has it.
 */
import type { RecentCallOutcome, RecentCallView } from '../../shared/features/calls';
import type { CdrRecord } from '../pbx/schemas/cdr';
import type { EndReason, TrackedCall } from './call-tracker';

export const maxRecentCalls = 100;

/** How a number is shown and named (the call view builder's `resolve`). */
export type NumberResolver = (
  number: string,
  pbxName: string | null,
) => { name: string | null; displayNumber: string };

/**
 * Someone talked on this leg. `connected` counts whole seconds, so a call answered and hung up
 * within a second has 0 there; its result is still `hangup` (an unanswered one ends `noanswer`).
 */
export function wasAnswered(record: CdrRecord): boolean {
  return record.connectedSeconds > 0 || record.result === 'hangup';
}

/** `resultDetails` of a leg that stopped ringing because someone else took the call. */
const takenElsewhere = new Set(['elsewhere', 'picked']);

interface Group {
  records: CdrRecord[];
  direction: 'inbound' | 'outbound';
}

/** Groups the agent's legs of today into calls, newest first. */
export function recentCallsFrom(
  records: readonly CdrRecord[],
  me: string,
  resolve: NumberResolver,
): RecentCallView[] {
  const groups = new Map<string, Group>();
  for (const record of records) {
    const key = groupKeyOf(record, me);
    if (key === null) continue;
    const group = groups.get(key) ?? {
      records: [],
      direction: key.startsWith('in:') ? 'inbound' : 'outbound',
    };
    group.records.push(record);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, group]) => toRecentCall(key, group, resolve))
    .sort((a, b) => b.startedAtMs - a.startedAtMs)
    .slice(0, maxRecentCalls);
}

/**
 * The live legs of a call the tracker followed: the agent's leg, and for a queue call the queue
 * leg it hangs off (`TrackedCall.id` is `<queue leg>/<agent leg>`).
 */
export function liveLegIds(call: Pick<TrackedCall, 'id' | 'phonecallId'>): number[] {
  const root = Number(call.id.split('/')[0]);
  return Number.isInteger(root) && root !== call.phonecallId ? [call.phonecallId, root] : [call.phonecallId];
}

/**
 * Whether a history record is a leg of the live call with these legs. The reference gives a CDR
 * row the live call's `phonecallId` (its own `id` is a record id, another sequence) and a `chain`
 * of `<timestamp>_<phonecallId of the call's first leg>` shared by every leg; a PBX that leaves
 * `phonecallId` out is matched by its record id, as older demo data did.
 */
export function isLegOfLiveCall(record: CdrRecord, legIds: readonly number[]): boolean {
  if (legIds.includes(record.phonecallId ?? record.id)) return true;
  const chainRoot = /_(\d+)$/.exec(record.chain ?? '')?.[1];
  return chainRoot !== undefined && legIds.includes(Number(chainRoot));
}

/** The calls of `seen` that none of the history `records` is a leg of: those still to show as seen. */
export function notYetRecorded<T extends { call: Pick<TrackedCall, 'id' | 'phonecallId'> }>(
  seen: readonly T[],
  records: readonly CdrRecord[],
): T[] {
  return seen.filter((entry) => {
    const legs = liveLegIds(entry.call);
    return !records.some((record) => isLegOfLiveCall(record, legs));
  });
}

/** Which of the agent's calls a leg belongs to (`in:<chain>`, `out:<chain>`); null: not the agent's. */
export function groupKeyOf(record: CdrRecord, me: string): string | null {
  const isMe = (name: string | null) => name?.toLowerCase() === me.toLowerCase();
  const inbound = isMe(record.dst.userName) && !isMe(record.src.userName);
  const outbound = isMe(record.src.userName) && !isMe(record.dst.userName);
  // The legs a queue rings for the agent's own call into it carry the agent as source too.
  if (!inbound && !(outbound && record.via !== 'queue')) return null;
  return `${inbound ? 'in' : 'out'}:${record.chain ?? record.parentId ?? record.id}`;
}

function toRecentCall(key: string, group: Group, resolve: NumberResolver): RecentCallView {
  const sorted = [...group.records].sort((a, b) => (a.timestampMs ?? 0) - (b.timestampMs ?? 0));
  const first = sorted[0] as CdrRecord;
  const inbound = group.direction === 'inbound';
  const party = inbound ? first.src : first.dst;
  const connectedSeconds = sorted.reduce((sum, record) => sum + record.connectedSeconds, 0);
  let outcome: RecentCallOutcome;
  const answered = sorted.some(wasAnswered);
  if (inbound) {
    if (answered) outcome = 'answered';
    else if (sorted.some((record) => takenElsewhere.has(record.resultDetails ?? '')))
      outcome = 'answered-elsewhere';
    else outcome = 'missed';
  } else outcome = answered ? 'outgoing' : 'not-reached';
  const number = party.number ?? '';
  const resolved = resolve(number, party.name);
  return {
    id: key,
    direction: group.direction,
    outcome,
    remoteNumber: number,
    remoteDisplayNumber: resolved.displayNumber,
    remoteName: resolved.name,
    remoteInternal: party.internal ?? false,
    queueName: sorted.find((record) => record.queue?.queueName)?.queue?.queueName ?? null,
    startedAtMs: first.timestampMs ?? 0,
    connectedSeconds,
  };
}

/** What the tracker saw of a call that just ended, until the PBX's history has it. */
export function recentCallFromTracker(
  call: TrackedCall,
  reason: EndReason,
  endedAtMs: number,
  resolve: NumberResolver,
): RecentCallView {
  const resolved = resolve(call.remoteNumber, call.remoteName);
  const outcome: RecentCallOutcome =
    call.direction === 'outbound'
      ? call.answeredAtMs === null
        ? 'not-reached'
        : 'outgoing'
      : call.answeredAtMs !== null
        ? 'answered'
        : reason === 'answered-elsewhere'
          ? 'answered-elsewhere'
          : 'missed';
  return {
    id: `live:${call.id}`,
    direction: call.direction,
    outcome,
    remoteNumber: call.remoteNumber,
    remoteDisplayNumber: resolved.displayNumber,
    remoteName: resolved.name,
    remoteInternal: call.remoteInternal,
    queueName: call.queueName,
    startedAtMs: call.startedAtMs,
    connectedSeconds:
      call.answeredAtMs === null ? 0 : Math.max(0, Math.round((endedAtMs - call.answeredAtMs) / 1000)),
  };
}

/** Local midnight of the day `nowMs` falls on (the agent's "today"). */
export function startOfDayMs(nowMs: number): number {
  const day = new Date(nowMs);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}
