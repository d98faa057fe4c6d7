/**
 * The dial slice for components deep in another feature's markup (the call controls in a call row
 * or a caller popup): the page that has the state provides a reader once, the controls read it.
 */
import { getContext, setContext } from 'svelte';
import type { DialView } from '../../../electron/shared/features/dial';

export type { DialView };

const dialViewKey = Symbol('dial-view');

/** Call during component setup of the page (Panel, caller popup): `provideDialView(() => snapshot.dial)`. */
export function provideDialView(read: () => DialView): void {
  setContext(dialViewKey, read);
}

/** The provided reader, or null on a page that did not provide one. */
export function dialViewReader(): (() => DialView) | null {
  return getContext<(() => DialView) | undefined>(dialViewKey) ?? null;
}
