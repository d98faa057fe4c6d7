/**
 * A voicemail can only arrive after a call to the agent ended unanswered (the caller went on to
 * the mailbox), and the app sees that end at once in `state.calls.live`. So the mailbox is looked
 * at right then and several times in the next 20 s, instead of waiting up to the 30 s watch
 * interval, which stays as the backstop (and so the idle cost stays what it was: these looks
 * follow a missed call only, one HEAD each).
 */
import type { CallView } from '../../shared/contract';
import type { Clock, TimerHandle } from '../ports';

/**
 * When to look after the call ended. At 0.5 s for pascom's "went to voicemail" (the message is
 * stored as the call ends); then no more than 2 s apart for the first 6 s and 3 s up to 9 s, since a
 * message landing a few seconds later (a long greeting, slow storage) should not wait much longer
 * than one at once; then thinning out to 20 s, from where the 30 s watch takes over. Seven HEADs
 * (~650 bytes each) per missed call, none while idle.
 */
export const MISSED_CALL_CHECKS_MS = [500, 2000, 4000, 6000, 9000, 13_000, 20_000] as const;

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

  /** A new missed call starts the looks over (one series covers both calls, not two overlapping). */
  #schedule(): void {
    for (const timer of this.#timers) this.#clock.clearTimeout(timer);
    this.#timers.clear();
    for (const delayMs of MISSED_CALL_CHECKS_MS) {
      const timer = this.#clock.setTimeout(() => {
        this.#timers.delete(timer);
        this.#check();
      }, delayMs);
      this.#timers.add(timer);
    }
  }
}
