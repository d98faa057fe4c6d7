/**
 * Other users' line states riding in the agent's own `/identity/states` request. The calls
 * feature asks for the agent's hint every second; a feature that wants colleagues' hints (the team
 * board, while the panel is open) names them here, and the calls feature's request carries them
 * and publishes the answer. So following 50 colleagues costs no request of its own, only the
 * longer URL and answer (issue 13); the request splits only past the URL limit (pbx/state-keys.ts).
 *
 * Features never import each other, so this lives beside them and reaches both through their deps.
 */
import type { Unsubscribe } from '../../shared/contract';

export interface SharedLineStates {
  /** Every username the request carried for others (not the agent's own). */
  readonly asked: readonly string[];
  /** Hint state by username as the PBX answered; a user it left out is missing. Null: no states endpoint (204). */
  readonly states: Readonly<Record<string, { state: string; displayName: string | null }>> | null;
}

export class LineStateShare {
  readonly #wanted = new Map<string, () => readonly string[]>();
  readonly #listeners = new Set<(answer: SharedLineStates) => void>();

  /**
   * `usernames` is asked before every states request, so a feature whose interest ends (a lease
   * runs out) answers [] from then on without a timer of its own.
   */
  want(owner: string, usernames: () => readonly string[]): Unsubscribe {
    this.#wanted.set(owner, usernames);
    return () => {
      if (this.#wanted.get(owner) === usernames) this.#wanted.delete(owner);
    };
  }

  /** Every username some feature wants along now, each once, in the order asked. */
  wanted(): string[] {
    const all = new Set<string>();
    for (const usernames of this.#wanted.values()) for (const name of usernames()) all.add(name);
    return [...all];
  }

  /** The states request answered (the calls feature calls this after each one that carried others). */
  publish(answer: SharedLineStates): void {
    for (const listener of this.#listeners) listener(answer);
  }

  onAnswer(listener: (answer: SharedLineStates) => void): Unsubscribe {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
