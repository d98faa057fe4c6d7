/**
 * A part of a page that a feature contributes: a component and how it takes its props from the
 * state tree. Pages (the panel, the settings window) render lists of these, so a feature joins a
 * page with one list entry; `part()` checks the props against the component where it is listed.
 */
import type { Component } from 'svelte';
import type { CompanionState } from '../../../electron/shared/contract';
import type { Translator } from '../lib/i18n';

// biome-ignore lint/suspicious/noExplicitAny: Svelte's own constraint on component props.
type AnyProps = Record<string, any>;

export interface PagePart {
  readonly component: Component<AnyProps>;
  props(snapshot: CompanionState, i18n: Translator): AnyProps;
}

export function part<P extends AnyProps>(
  component: Component<P>,
  props: (snapshot: CompanionState, i18n: Translator) => P,
): PagePart {
  return { component: component as unknown as Component<AnyProps>, props };
}
