/**
 * Turns what the PBX says about queues (`/queue/` summaries and `/queue/<name>` details) into the
 * agent's view: one row per queue they are a member of, the pause across queues, the reasons.
 * Pure functions, so the rules about partial pauses and reason lists are tested without a PBX.
 */
import type { AgentView } from '../../shared/contract';
import type {
  QueuePauseReasonView,
  QueuePauseState,
  QueueSettingsView,
  QueuesView,
  QueueView,
} from '../../shared/features/queues';
import type { QueueDetail, QueueMember, QueueSummary } from '../pbx/schemas/queue';

/** The slice before any session (and while not connected). */
export function emptyQueuesView(settings: QueueSettingsView): QueuesView {
  return {
    status: 'offline',
    queues: [],
    reasons: [],
    defaultReason: null,
    pause: { state: 'none', reason: null, sinceMs: null, cause: null, resumesAtMs: null },
    lastOutcome: null,
    settings,
    idleDetection: false,
  };
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The agent's own row in a queue. The reference's table calls `agent` the display name while its
 * sample shows a username (`jgeissler`): both are accepted.
 */
export function findMembership(detail: QueueDetail, agent: AgentView): QueueMember | null {
  return (
    detail.members.find((member) => same(member.agent, agent.username)) ??
    detail.members.find((member) => same(member.agent, agent.displayName)) ??
    null
  );
}

function longestWaitSeconds(detail: QueueDetail): number | null {
  const waits = detail.entries.flatMap((entry) => (entry.waitSeconds === null ? [] : [entry.waitSeconds]));
  return waits.length === 0 ? null : Math.max(...waits);
}

export function toQueueView(
  summary: QueueSummary | null,
  detail: QueueDetail,
  member: QueueMember,
  nowMs: number,
): QueueView {
  const waitingCount = summary?.waitingCount ?? detail.entries.length;
  const longest = waitingCount > 0 ? longestWaitSeconds(detail) : null;
  // A static member is in the queue whatever the PBX says about logging in.
  const loggedIn = member.dynamic ? member.loggedIn : true;
  return {
    name: summary?.name ?? detail.name,
    extension: summary?.extension ?? detail.extension,
    dynamic: member.dynamic,
    loggedIn,
    paused: loggedIn && member.paused,
    pauseReason: loggedIn && member.paused ? member.pauseReason : null,
    waitingCount,
    longestWaitSinceMs: longest === null ? null : nowMs - longest * 1000,
    agentsAvailable: summary ? summary.counts.notInUse : null,
    agentsBusy: summary ? summary.counts.busy + summary.counts.ringing : null,
    agentsPaused: summary
      ? summary.counts.paused
      : detail.members.filter((other) => other.loggedIn && other.paused).length,
    pauseReasons: detail.pauseReasons.map((reason) => ({ name: reason.name, code: reason.code })),
    pending: null,
  };
}

export function pauseStateOf(queues: readonly QueueView[]): {
  state: QueuePauseState;
  reason: string | null;
} {
  if (queues.length === 0) return { state: 'none', reason: null };
  const loggedIn = queues.filter((queue) => queue.loggedIn);
  if (loggedIn.length === 0) return { state: 'logged-out', reason: null };
  const paused = loggedIn.filter((queue) => queue.paused);
  if (paused.length === 0) return { state: 'available', reason: null };
  const reason = paused.find((queue) => queue.pauseReason !== null)?.pauseReason ?? null;
  return { state: paused.length === loggedIn.length ? 'paused' : 'partly-paused', reason };
}

/** Every queue's reasons by name (a PBX may give one reason different codes per queue). */
export function reasonUnion(queues: readonly QueueView[]): QueuePauseReasonView[] {
  const reasons: QueuePauseReasonView[] = [];
  for (const queue of queues) {
    for (const reason of queue.pauseReasons) {
      if (!reasons.some((known) => same(known.name, reason.name))) reasons.push(reason);
    }
  }
  return reasons;
}

export function findReason(
  reasons: readonly QueuePauseReasonView[],
  name: string | null,
): QueuePauseReasonView | null {
  if (name === null) return null;
  return reasons.find((reason) => same(reason.name, name)) ?? null;
}

/** The last used reason while the PBX still offers it, else the PBX's first. */
export function defaultReasonOf(
  reasons: readonly QueuePauseReasonView[],
  lastUsed: string | null,
): QueuePauseReasonView | null {
  return findReason(reasons, lastUsed) ?? reasons[0] ?? null;
}

export function findQueue(queues: readonly QueueView[], name: string): QueueView | null {
  return (
    queues.find((queue) => queue.name === name) ?? queues.find((queue) => same(queue.name, name)) ?? null
  );
}
