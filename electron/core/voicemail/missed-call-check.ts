/**
 * A voicemail can only arrive after a call to the agent ended unanswered (the caller went on to
 * the mailbox), and the app sees that end at once in `state.calls.live`. So the mailbox is looked
 * at right then and once more a few seconds later, instead of waiting up to the 30 s watch
 * interval, which stays as the backstop (and so the idle cost stays what it was).
 */
import type { CallView } from '../../shared/contract';
import type { Clock, TimerHandle } from '../ports';

/** When to look after the call ended: at once (the answer is ready) and after a short recording. */
export const MISSED_CALL_CHECKS_MS = [500, 5000] as const;

export class MissedCallCheck {
  readonly #clock: Clock;
  readonly #check: () => void;
  #unanswered = new Set<string>();
  #lastCalls: readonly CallView[] | null = null;
  readonly #timers = new Set<TimerHandle>();

  constructor(options: { clock: Clock; check: () => void }) {
    this.#clock = options.clock;
    this.#check = options.check;
  }

  /** The live calls as the state tree has them now; looks at the mailbox soon when one ended unanswered. */
  update(calls: readonly CallView[]): void {
    if (calls === this.#lastCalls) return;
    this.#lastCalls = calls;
    const present = new Set(calls.map((call) => call.id));
    const endedUnanswered = [...this.#unanswered].some((id) => !present.has(id));
    this.#unanswered = new Set(
      calls
        .filter((call) => call.direction === 'inbound' && call.answeredAtMs === null)
        .map((call) => call.id),
    );
    if (endedUnanswered) this.#schedule();
  }

  /** The session ended: no checks for a mailbox that is not watched any more. */
  reset(): void {
    for (const timer of this.#timers) this.#clock.clearTimeout(timer);
    this.#timers.clear();
    this.#unanswered.clear();
    this.#lastCalls = null;
  }

  #schedule(): void {
    for (const delayMs of MISSED_CALL_CHECKS_MS) {
      const timer = this.#clock.setTimeout(() => {
        this.#timers.delete(timer);
        this.#check();
      }, delayMs);
      this.#timers.add(timer);
    }
  }
}
