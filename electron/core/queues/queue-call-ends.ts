/**
 * Notices when a queue call of the agent ends, from the state tree alone: a call with a queue that
 * the agent answered (`answeredAtMs`) and that is no longer in `state.calls.live`. A queue call that
 * only rang and was taken by a colleague never had the agent talking, so it needs no wrap-up.
 */
import type { CallView } from '../../shared/contract';

export class QueueCallEnds {
  #answered = new Set<string>();

  /** The ids of answered queue calls that ended since the last look. */
  update(calls: readonly CallView[]): string[] {
    const present = new Set(calls.map((call) => call.id));
    const ended = [...this.#answered].filter((id) => !present.has(id));
    this.#answered = new Set(
      calls.filter((call) => call.queueName !== null && call.answeredAtMs !== null).map((call) => call.id),
    );
    return ended;
  }

  /** Forget what was seen (the session ended: its calls did not end, the app stopped seeing them). */
  reset(): void {
    this.#answered.clear();
  }
}
