/**
 * Holds the state tree the UI renders. Changes are made through `update()` with a recipe;
 * several updates in the same tick are pushed to the windows as one `state` event, so a burst of
 * call changes costs one IPC message per window, not one per field.
 */
import type { CompanionState } from '../../shared/contract';

export class StateStore {
  #state: CompanionState;
  #scheduled = false;
  readonly #publish: (state: CompanionState) => void;

  constructor(initial: CompanionState, publish: (state: CompanionState) => void) {
    this.#state = initial;
    this.#publish = publish;
  }

  get current(): CompanionState {
    return this.#state;
  }

  update(recipe: (state: CompanionState) => CompanionState): void {
    const next = recipe(this.#state);
    if (next === this.#state) return;
    this.#state = next;
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#publish(this.#state);
    });
  }
}
