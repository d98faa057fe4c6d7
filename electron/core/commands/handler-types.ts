/**
 * Command handlers. Each feature offers `FeatureHandlers<its contract fragment>`: a handler for
 * every command of the fragment, taking the parsed input and resolving to the fragment's result
 * type, so a command without a handler, or one with the wrong result, is a compile error. The
 * companion puts every feature's handlers into one `HandlerMap`; inputs arrive parsed (dispatch.ts
 * ran the schema).
 */
import type { z } from 'zod';
import type { CommandsOf, FeatureContract, ResultsOf } from '../../shared/feature-contract';
import type { CommandOrigin } from './dispatch';

export type FeatureHandlers<F extends FeatureContract> = {
  [K in keyof CommandsOf<F> & string]: (
    input: z.output<CommandsOf<F>[K]>,
    origin: CommandOrigin,
  ) => K extends keyof ResultsOf<F> ? ResultsOf<F>[K] | Promise<ResultsOf<F>[K]> : never;
};

/** Any handler, as the companion keeps them by name. */
export type AnyHandler = (input: never, origin: CommandOrigin) => unknown;

export type HandlerMap = Readonly<Record<string, AnyHandler>>;
