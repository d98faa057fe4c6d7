/**
 * The queue feature's words, built from the state: the pause across queues, a row's status and
 * figures, and the last action's outcome (the PBX's own answer only as its details). Plain functions so the
 * components stay small and the wording is tested once.
 */
import type { QueueOutcomeView, QueuesView, QueueView } from '../../../electron/shared/features/queues';
import type { Translator } from '../lib/i18n';
import type { AgentState } from '../shared/agent-state';
import type { TabBadge } from '../shared/tab';

/** Callers waiting in the queues the agent is logged in to. */
export function waitingCount(view: QueuesView): number {
  return view.queues.filter((queue) => queue.loggedIn).reduce((sum, queue) => sum + queue.waitingCount, 0);
}

/** The Queues tab's count: callers waiting. */
export function waitingBadge(view: QueuesView, i18n: Translator): TabBadge | null {
  if (view.status !== 'ready') return null;
  const count = waitingCount(view);
  return count > 0 ? { count, tone: 'info', label: waitingWords(count, i18n) } : null;
}

export function pauseStateText(view: QueuesView, i18n: Translator): string {
  const { pause, queues } = view;
  switch (pause.state) {
    case 'paused':
      return pause.reason
        ? i18n.t('queues.state.pausedReason', { reason: pause.reason })
        : i18n.t('queues.state.paused');
    case 'partly-paused': {
      const loggedIn = queues.filter((queue) => queue.loggedIn);
      const paused = loggedIn.filter((queue) => queue.paused).length;
      return i18n.t('queues.state.partlyPaused', { paused, total: loggedIn.length });
    }
    case 'logged-out':
      return i18n.t('queues.state.loggedOut');
    case 'none':
      return i18n.t('queues.none');
    default:
      return i18n.t('queues.state.available');
  }
}

/** The state bar's words: what the agent is now, and nothing the app cannot know while offline. */
export function agentStateText(view: QueuesView, state: AgentState, i18n: Translator): string {
  if (state === 'offline' && view.pause.state !== 'logged-out') return i18n.t('queues.state.offline');
  if (state === 'ringing') return i18n.t('queues.state.ringing');
  if (state === 'in-call') return i18n.t('queues.state.inCall');
  return pauseStateText(view, i18n);
}

/** Why a safety net holds the pause, and when it ends; null for a pause by hand. */
export function pauseCauseText(view: QueuesView, nowMs: number, i18n: Translator): string | null {
  const { cause, resumesAtMs } = view.pause;
  if (cause === 'lock') return i18n.t('queues.cause.lock');
  if (cause === 'idle') return i18n.t('queues.cause.idle');
  if (cause === 'wrap-up') {
    const seconds = resumesAtMs === null ? 0 : Math.max(0, Math.ceil((resumesAtMs - nowMs) / 1000));
    return i18n.t('queues.cause.wrapUp', { seconds });
  }
  return null;
}

export function rowStatusText(queue: QueueView, i18n: Translator): string {
  if (queue.pending) return i18n.t(`queues.row.pending.${queue.pending}`);
  if (!queue.loggedIn) return i18n.t('queues.row.loggedOut');
  const pause = queue.paused
    ? queue.pauseReason
      ? i18n.t('queues.row.pausedReason', { reason: queue.pauseReason })
      : i18n.t('queues.row.paused')
    : i18n.t('queues.row.available');
  return `${i18n.t('queues.row.loggedIn')} · ${pause}`;
}

/** "1 waiting", "3 waiting" (German needs the singular). */
export function waitingWords(count: number, i18n: Translator): string {
  return count === 1 ? i18n.t('queues.waitingOne') : i18n.t('queues.waiting', { count });
}

export function waitingText(queue: QueueView, nowMs: number, i18n: Translator): string {
  if (queue.waitingCount === 0) return i18n.t('queues.row.waitingNone');
  const waiting = waitingWords(queue.waitingCount, i18n);
  if (queue.longestWaitSinceMs === null) return waiting;
  const duration = i18n.formatDuration((nowMs - queue.longestWaitSinceMs) / 1000);
  return i18n.t('queues.row.waitingLongest', { waiting, duration });
}

export function agentsText(queue: QueueView, i18n: Translator): string | null {
  if (queue.agentsAvailable !== null && queue.agentsBusy !== null && queue.agentsPaused !== null) {
    return i18n.t('queues.row.agents', {
      available: queue.agentsAvailable,
      busy: queue.agentsBusy,
      paused: queue.agentsPaused,
    });
  }
  return queue.agentsPaused === null
    ? null
    : i18n.t('queues.row.agentsPaused', { paused: queue.agentsPaused });
}

/** What the toast says and, folded under Details, what the PBX said in its own words. */
export function outcomeToast(
  outcome: QueueOutcomeView,
  i18n: Translator,
): { text: string; details: string | null } {
  const auto =
    outcome.cause === 'lock'
      ? ` ${i18n.t('queues.auto.lock')}`
      : outcome.cause === 'idle'
        ? ` ${i18n.t('queues.auto.idle')}`
        : outcome.cause === 'wrap-up'
          ? ` ${i18n.t('queues.auto.wrapUp')}`
          : '';
  const target = outcome.queue ?? i18n.t('queues.target.all');
  if (outcome.ok) {
    const done =
      outcome.action === 'pause' && outcome.reason
        ? i18n.t('queues.done.pauseReason', { target, reason: outcome.reason })
        : i18n.t(`queues.done.${outcome.action}`, { target });
    return { text: `${done}${auto}`, details: outcome.pbxMessage };
  }
  const reason = outcome.error ? i18n.errorText(outcome.error) : i18n.t('error.internal');
  return {
    text: `${i18n.t(`queues.failed.${outcome.action}`, { target, reason })}${auto}`,
    details: outcome.error?.pbxMessage ?? null,
  };
}
