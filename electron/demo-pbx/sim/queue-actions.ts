import type { PauseReason, QueueMembership, QueueSeed } from '../data/model';
import type { Random } from '../data/random';

export const QUEUE_ACTIONS = ['login', 'logout', 'pause', 'unpause'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

export interface QueueActionRequest {
  action: QueueAction;
  identity: string;
  reason?: string;
  code?: string;
}

/** The Asterisk Manager style answer the PBX passes through (Response/ActionID/Message). */
export interface QueueActionOutcome {
  status: 200 | 400;
  body: { Response: 'Success' | 'Error'; ActionID?: string; Message: string };
}

export function isQueueAction(action: string): action is QueueAction {
  return (QUEUE_ACTIONS as readonly string[]).includes(action);
}

/**
 * Pause reasons are checked against every queue's list (the PBX configures them system-wide and
 * offers them per queue), so "pause all with Mittagspause" also pauses a queue without reasons.
 */
function resolveReason(
  queues: readonly QueueSeed[],
  own: QueueSeed | null,
  request: QueueActionRequest,
): PauseReason | null | 'unknown' {
  const lists = own
    ? [own.pauseReasons, ...queues.map((q) => q.pauseReasons)]
    : queues.map((q) => q.pauseReasons);
  if (request.code !== undefined && request.code !== '') {
    for (const list of lists) {
      const found = list.find((r) => r.code === request.code);
      if (found) return found;
    }
    return 'unknown';
  }
  if (request.reason !== undefined && request.reason !== '') {
    const wanted = request.reason.toLowerCase();
    for (const list of lists) {
      const found = list.find((r) => r.name.toLowerCase() === wanted);
      if (found) return found;
    }
    return 'unknown';
  }
  return null;
}

function applyOne(
  membership: QueueMembership,
  request: QueueActionRequest,
  reason: PauseReason | null,
): string | null {
  switch (request.action) {
    case 'login':
      if (!membership.dynamic) return 'Member not dynamic';
      membership.loggedIn = true;
      return null;
    case 'logout':
      if (!membership.dynamic) return 'Member not dynamic';
      membership.loggedIn = false;
      membership.paused = false;
      membership.pauseReason = '';
      return null;
    case 'pause':
      if (!membership.loggedIn) return 'Interface not found';
      membership.paused = true;
      membership.pauseReason = reason?.name ?? '';
      return null;
    case 'unpause':
      if (!membership.loggedIn) return 'Interface not found';
      membership.paused = false;
      membership.pauseReason = '';
      return null;
  }
}

const SUCCESS_MESSAGE: Record<QueueAction, string> = {
  login: 'Added interface to queue',
  logout: 'Removed interface from queue',
  pause: 'Interface paused successfully',
  unpause: 'Interface unpaused successfully',
};

/**
 * Applies a login/logout/pause/unpause to one queue, or (queue = null) to every queue the agent is a
 * member of. Static members cannot log in or out: one queue answers 400 "Member not dynamic"; all
 * queues skips them and changes the dynamic ones.
 */
export function applyQueueAction(
  queues: readonly QueueSeed[],
  queue: QueueSeed | null,
  request: QueueActionRequest,
  random: Random,
): QueueActionOutcome {
  const actionId = random.int(0x100000000, 0xfffffffff).toString(16);
  const error = (message: string): QueueActionOutcome => ({
    status: 400,
    body: { Response: 'Error', ...(queue ? { ActionID: actionId } : {}), Message: message },
  });
  const reason = resolveReason(queues, queue, request);
  if (reason === 'unknown')
    return error(`Unknown pause reason ${request.code ?? request.reason ?? ''}`.trim());
  const targets = (queue ? [queue] : queues).flatMap((q) =>
    q.members.filter((m) => m.username === request.identity).map((m) => ({ queue: q, membership: m })),
  );
  if (targets.length === 0) {
    return error(
      queue
        ? `${request.identity} is not a member of queue ${queue.name}`
        : `${request.identity} is not a member of any queue`,
    );
  }
  const failures = targets
    .map((t) => applyOne(t.membership, request, reason))
    .filter((m): m is string => m !== null);
  if (queue && failures[0]) return error(failures[0]);
  if (!queue && failures.length === targets.length) return error(failures[0] ?? 'Nothing to do');
  return {
    status: 200,
    body: {
      Response: 'Success',
      ...(queue ? { ActionID: actionId } : {}),
      Message: SUCCESS_MESSAGE[request.action],
    },
  };
}
