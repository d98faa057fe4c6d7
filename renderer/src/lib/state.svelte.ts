/**
 * The state tree as Svelte 5 state: loaded once with `app/get-state`, then replaced by every
 * `state` event. The core always pushes the whole tree, so it is held raw (no deep proxy) and
 * replaced, never patched.
 */
import type { CommandError, CompanionState, Unsubscribe } from '../../../electron/shared/contract';
import { invoke, subscribe } from './api';

export class CompanionStateHolder {
  current = $state.raw<CompanionState | null>(null);
  /** Why the first load failed; cleared by the next pushed state. */
  loadError = $state.raw<CommandError | null>(null);

  /** Starts following the core; call the returned function to stop (an `$effect` cleanup). */
  start(): Unsubscribe {
    let stopped = false;
    let pushed = false;
    // Subscribe before asking, so no change between the answer and the subscription is lost; a
    // pushed state is newer than the answer, so the answer is dropped once a push has arrived.
    const unsubscribe = subscribe('state', (next) => {
      if (stopped) return;
      pushed = true;
      this.current = next;
      this.loadError = null;
    });
    void invoke('app/get-state', {}).then((result) => {
      if (stopped || pushed) return;
      if (result.ok) this.current = result.value;
      else this.loadError = result.error;
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }
}
