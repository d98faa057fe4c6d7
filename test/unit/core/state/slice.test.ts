import { describe, expect, test } from 'vitest';
import { changedFields, sliceOf } from '../../../../electron/core/state/slice';
import { StateStore } from '../../../../electron/core/state/state-store';
import type { CompanionState } from '../../../../electron/shared/contract';
import type { QueuesView } from '../../../../electron/shared/features/queues';
import { makeState } from '../../renderer/fake-companion';

function rig() {
  const published: CompanionState[] = [];
  const store = new StateStore(makeState(), (state) => published.push(state));
  return { store, published, queues: sliceOf<QueuesView>(store, 'queues') };
}

describe('the one way a feature changes its slice', () => {
  test('sets the fields it names, leaves the rest of the slice and the tree as they were', async () => {
    const { store, published, queues } = rig();
    const before = store.current;
    queues.update({ status: 'ready', defaultReason: 'Lunch' });
    expect(queues.current).toMatchObject({ status: 'ready', defaultReason: 'Lunch', queues: [] });
    expect(store.current.calls).toBe(before.calls);
    await Promise.resolve();
    expect(published).toHaveLength(1);
  });

  test('computes the fields from the slice when given a function', () => {
    const { queues } = rig();
    queues.update({ defaultReason: 'a' });
    queues.update((view) => ({ defaultReason: `${view.defaultReason}b` }));
    expect(queues.current.defaultReason).toBe('ab');
  });

  test('a change to what is already there (by value, not by reference) changes nothing and sends no state', async () => {
    const { store, published, queues } = rig();
    const before = store.current;
    queues.update({ pause: { ...queues.current.pause }, queues: [] });
    expect(store.current).toBe(before);
    await Promise.resolve();
    expect(published).toEqual([]);
    expect(changedFields({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(changedFields({ a: 1, b: 2 }, { a: 1, b: 3 })).toEqual({ a: 1, b: 3 });
  });
});
