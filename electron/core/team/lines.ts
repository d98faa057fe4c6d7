/**
 * Colleagues' line states as the app saw them, and since when. The board asks for colleagues only
 * while the panel is open, so "since" is only as good as what the app saw: a state that was already
 * there when the app started looking is marked as such (`sawChange: false`, "for at least …"),
 * and every gap in looking (the panel closed) starts over, since anything may have happened then.
 */
import type { TeamLineCondition, TeamLineView } from '../../shared/features/team';
import { lineConditionsOf } from '../pbx/index';
import type { SharedLineStates } from '../sync/line-state-share';

// The core's reading of hints and the contract's vocabulary are the same words.
const conditionsOf: (hint: string) => TeamLineCondition[] = lineConditionsOf;

export class LineStates {
  readonly #lines = new Map<string, TeamLineView>();

  get(username: string): TeamLineView | null {
    return this.#lines.get(username.toLowerCase()) ?? null;
  }

  /**
   * One states answer. A user asked for but missing from it (deleted, renamed, or a PBX that left
   * them out) is unknown, like a hint the app does not understand. Returns whether anything changed.
   */
  update(answer: SharedLineStates, nowMs: number): boolean {
    const states = answer.states ?? {};
    const byLowerName = new Map(Object.entries(states).map(([name, state]) => [name.toLowerCase(), state]));
    let changed = false;
    for (const username of answer.asked) {
      const name = username.toLowerCase();
      const hint = states[username] ?? byLowerName.get(name);
      const conditions = hint ? conditionsOf(hint.state) : [];
      const before = this.#lines.get(name);
      if (before && before.conditions.join('&') === conditions.join('&')) continue;
      // From unknown to a known state is no change the app saw, only one it learned of.
      const sawChange = before !== undefined && before.conditions.length > 0;
      this.#lines.set(name, { conditions, sinceMs: nowMs, sawChange });
      changed = true;
    }
    return changed;
  }

  /** The app stops looking (the panel closed, the session ended): what it knew is stale. */
  clear(): void {
    this.#lines.clear();
  }
}
