/**
 * A feature's part of the state tree, and the one way every feature changes it. A change names the
 * fields to set (or computes them from the slice); fields equal to what is there change nothing,
 * so a poll that finds nothing new sends no `state` event to the windows.
 */
import type { StateStore } from './state-store';

export type SliceChange<S> = Partial<S> | ((slice: S) => Partial<S>);

export interface Slice<S> {
  readonly current: S;
  update(change: SliceChange<S>): void;
}

const same = (a: unknown, b: unknown): boolean => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

/** Field changes that differ from `current`, or null when there are none. */
export function changedFields<S extends object>(current: S, change: SliceChange<S>): Partial<S> | null {
  const fields = typeof change === 'function' ? change(current) : change;
  const keys = (Object.keys(fields) as (keyof S)[]).filter((key) => !same(fields[key], current[key]));
  return keys.length === 0 ? null : fields;
}

/** The slice of the state tree at `key` (a feature's name). */
export function sliceOf<S extends object>(store: StateStore, key: string): Slice<S> {
  const read = (): S => (store.current as unknown as Record<string, S>)[key] as S;
  return {
    get current() {
      return read();
    },
    update(change) {
      store.update((state) => {
        const slice = (state as unknown as Record<string, S>)[key] as S;
        const fields = changedFields(slice, change);
        return fields === null ? state : { ...state, [key]: { ...slice, ...fields } };
      });
    },
  };
}
