/** The dial feature's slice of the state tree, changed in one place. */
import type { DialView } from '../../shared/features/dial';
import type { StateStore } from '../state/state-store';

export function updateDial(store: StateStore, recipe: (dial: DialView) => DialView): void {
  store.update((state) => {
    const next = recipe(state.dial);
    return next === state.dial ? state : { ...state, dial: next };
  });
}
