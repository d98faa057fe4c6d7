/**
 * The app's last moment with the PBX: every feature's `beforeQuit` (a profile automation) runs
 * together, and the app waits for them at most `QUIT_BUDGET_MS`, then quits anyway. An app that
 * hangs at quit because a PBX does not answer is worse than a profile left as it was; the log says
 * which of the two happened.
 */
import type { Clock, Logger, QuitTrigger, TimerHandle } from '../ports';

export const QUIT_BUDGET_MS = 2000;

export type QuitPreparation = 'nothing' | 'done' | 'failed' | 'timed-out';

export interface QuitParticipant {
  readonly name: string;
  beforeQuit(trigger: QuitTrigger): Promise<void>;
}

export async function prepareQuit(
  participants: readonly QuitParticipant[],
  trigger: QuitTrigger,
  clock: Clock,
  log: Logger,
  budgetMs = QUIT_BUDGET_MS,
): Promise<QuitPreparation> {
  if (participants.length === 0) return 'nothing';
  const startedMs = clock.monotonicMs();
  let timer: TimerHandle | null = null;
  const timeout = new Promise<'timed-out'>((resolve) => {
    timer = clock.setTimeout(() => resolve('timed-out'), budgetMs);
  });
  const work = Promise.allSettled(participants.map((participant) => participant.beforeQuit(trigger))).then(
    (results): QuitPreparation => {
      results.forEach((result, index) => {
        if (result.status === 'rejected')
          log.log('warn', 'a quit step failed', {
            feature: participants[index]?.name,
            error: String(result.reason),
          });
      });
      return results.some((result) => result.status === 'rejected') ? 'failed' : 'done';
    },
  );
  const outcome = await Promise.race([work, timeout]);
  if (timer !== null) clock.clearTimeout(timer);
  const tookMs = Math.round(clock.monotonicMs() - startedMs);
  if (outcome === 'timed-out') {
    log.log('warn', 'quit steps did not finish in time; quitting anyway', { trigger, budgetMs });
  } else {
    log.log('info', 'quit steps finished', { trigger, outcome, tookMs });
  }
  return outcome;
}
