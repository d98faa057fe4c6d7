/**
 * What a feature's part of the contract looks like (`features/<name>.ts`), and how the parts are
 * put together. The contract (contract.ts) composes the list in feature-list.ts; a test composes
 * its own list the same way.
 *
 * A fragment builds its zod schemas inside `commands()`, never at module level: the renderer
 * imports a fragment's vocabularies (popup corners, hotkey actions, ...) and must not carry zod
 * into its bundle for that. An object literal of plain values and functions is dropped by the
 * bundler when nothing uses it; a `z.object(...)` call at module level is not.
 */
import type { z } from 'zod';
import type { AccessTable } from './command-access';

export type CommandSchemas = Record<string, z.ZodType>;

/** What the contract knows of a feature's types: never read at run time. */
export interface FeatureTypes {
  /** What each command resolves to, by command name. */
  results: object;
  /** The feature's slice of the state tree, at `state[name]`. */
  slice: unknown;
  /** Its events' payloads, by event name. */
  events: object;
}

export interface FeatureContract {
  /** The slice's key in the state tree. */
  readonly name: string;
  /** The input schema of every command the feature offers, by command name (`area/verb`). */
  readonly commands: () => CommandSchemas;
  readonly events: readonly string[];
  /** Which windows may run each command (command-access.ts): one rule per command. */
  readonly access: AccessTable;
  /** `{} as { results; slice; events }`: types only. */
  readonly types: FeatureTypes;
}

export type CommandsOf<F extends FeatureContract> = ReturnType<F['commands']>;
export type CommandNameOf<F extends FeatureContract> = keyof CommandsOf<F> & string;
export type ResultsOf<F extends FeatureContract> = F['types']['results'];
export type SliceOf<F extends FeatureContract> = F['types']['slice'];
export type EventsOf<F extends FeatureContract> = F['types']['events'];
export type AccessOf<F extends FeatureContract> = F['access'];

/** `A | B` to `A & B` (the features' command maps are disjoint, so nothing is lost). */
export type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (
  whole: infer I,
) => void
  ? I
  : never;

/** The state tree's feature part: each feature's slice under its name. */
export type SlicesOf<F extends FeatureContract> = { [C in F as C['name']]: SliceOf<C> };

/** Every command's input schema of a list of features; a command name used twice is a mistake. */
export function composeCommands<const F extends readonly FeatureContract[]>(
  features: F,
): UnionToIntersection<CommandsOf<F[number]>> {
  const all: CommandSchemas = {};
  for (const feature of features) {
    for (const [name, schema] of Object.entries(feature.commands())) {
      if (Object.hasOwn(all, name)) throw new Error(`command ${name} is offered twice`);
      all[name] = schema;
    }
  }
  return all as UnionToIntersection<CommandsOf<F[number]>>;
}

/**
 * Every command's access rule of a list of features. A command without a rule, or a rule for a
 * command the list does not offer, is a mistake caught when the list is composed.
 */
export function composeAccess(features: readonly FeatureContract[]): AccessTable {
  const table: Record<string, AccessTable[string]> = {};
  for (const feature of features) {
    const commands = Object.keys(feature.commands());
    for (const name of commands) {
      const rule = Object.hasOwn(feature.access, name) ? feature.access[name] : undefined;
      if (!rule) throw new Error(`command ${name} has no access rule`);
      table[name] = rule;
    }
    const unknown = Object.keys(feature.access).filter((name) => !commands.includes(name));
    if (unknown.length > 0) throw new Error(`access rules for unknown commands: ${unknown.join(', ')}`);
  }
  return table;
}

export function composeEvents<const F extends readonly FeatureContract[]>(features: F): string[] {
  return features.flatMap((feature) => [...feature.events]);
}
