/**
 * Decides what a queue action sends, and refuses (without a request) what the PBX must refuse:
 * logging a static member in or out, pausing where the agent is logged out, a reason the PBX does
 * not offer. Also says how the rows should look once the PBX agrees (shown at once, restored if
 * it does not).
 */
import type {
  QueueActionName,
  QueuePauseCause,
  QueuePauseReasonView,
  QueueView,
} from '../../shared/features/queues';
import { CommandFailure } from '../commands/dispatch';
import type { QueueAgentAction } from '../pbx/queue';
import { defaultReasonOf, findQueue, findReason, reasonUnion } from './queue-view';

export interface QueueActionRequest {
  action: QueueActionName;
  /** null: every queue the agent is a member of (`/queue/action`). */
  queue: string | null;
  /** Pause only. Omitted: the default reason; null: no reason. */
  reason?: string | null;
  cause: QueuePauseCause;
  /**
   * Checked when the action's turn comes (actions wait for each other): a safety net's pause
   * must not land on top of what the agent did by hand in the meantime.
   */
  stillWanted?: (queues: readonly QueueView[]) => boolean;
}

export interface QueueActionPlan {
  /** The queue name for `/queue/<name>/action`; null for `/queue/action`. */
  queue: string | null;
  body: QueueAgentAction;
  reason: QueuePauseReasonView | null;
  /** Names of the rows the action changes. */
  affected: ReadonlySet<string>;
}

function refuse(
  detail: string,
  kind: 'invalid-input' | 'not-found' | 'unavailable' = 'invalid-input',
): never {
  throw new CommandFailure({ kind, detail });
}

function pauseReason(
  offered: readonly QueuePauseReasonView[],
  wanted: string | null | undefined,
  lastUsed: string | null,
): QueuePauseReasonView | null {
  // A queue (or PBX) without reasons: pause without one (the issue: "if the PBX accepts it").
  if (offered.length === 0 || wanted === null) return null;
  if (wanted === undefined) return defaultReasonOf(offered, lastUsed);
  const found = findReason(offered, wanted);
  if (!found)
    throw new CommandFailure({ kind: 'invalid-input', detail: 'queue-unknown-reason', field: 'reason' });
  return found;
}

/** The reference offers a reason by name or by code; a reason known only by its code goes as `code`. */
function reasonFields(reason: QueuePauseReasonView | null): Pick<QueueAgentAction, 'reason' | 'code'> {
  if (reason === null) return {};
  return reason.code !== null && reason.code === reason.name
    ? { code: reason.code }
    : { reason: reason.name };
}

export function planQueueAction(
  queues: readonly QueueView[],
  request: QueueActionRequest,
  identity: string,
  lastUsedReason: string | null,
): QueueActionPlan {
  if (queues.length === 0) refuse('queue-none', 'unavailable');
  const one = request.queue === null ? null : findQueue(queues, request.queue);
  if (request.queue !== null && !one) refuse('queue-not-member', 'not-found');
  const targets = one ? [one] : queues;
  const name = one?.name ?? null;

  if (request.action === 'login' || request.action === 'logout') {
    const dynamic = targets.filter((queue) => queue.dynamic);
    if (dynamic.length === 0) refuse('queue-static-member');
    return {
      queue: name,
      // The reference's login/logout bodies carry `penalty: "0"`.
      body: { action: request.action, identity, penalty: 0 },
      reason: null,
      affected: new Set(dynamic.map((queue) => queue.name)),
    };
  }

  const loggedIn = targets.filter((queue) => queue.loggedIn);
  if (loggedIn.length === 0) refuse('queue-logged-out');
  if (request.action === 'unpause') {
    return {
      queue: name,
      body: { action: 'unpause', identity },
      reason: null,
      affected: new Set(loggedIn.map((queue) => queue.name)),
    };
  }
  const offered = one ? one.pauseReasons : reasonUnion(queues);
  const reason = pauseReason(offered, request.reason, lastUsedReason);
  return {
    queue: name,
    body: { action: 'pause', identity, ...reasonFields(reason) },
    reason,
    affected: new Set(loggedIn.map((queue) => queue.name)),
  };
}

/** How a row looks once the PBX has done what the plan asks. */
export function expectedRow(queue: QueueView, plan: QueueActionPlan): QueueView {
  if (!plan.affected.has(queue.name)) return queue;
  const action = plan.body.action;
  switch (action) {
    case 'pause':
      return { ...queue, paused: true, pauseReason: plan.reason?.name ?? null, pending: action };
    case 'unpause':
      return { ...queue, paused: false, pauseReason: null, pending: action };
    case 'login':
      return { ...queue, loggedIn: true, pending: action };
    case 'logout':
      return { ...queue, loggedIn: false, paused: false, pauseReason: null, pending: action };
  }
}
