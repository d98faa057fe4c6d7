/**
 * Command handlers by name. Each feature offers `HandlersFor<its commands>`; the companion spreads
 * them into one `HandlerMap`, so a command of the contract without a handler, or a handler with
 * the wrong result type, is a compile error. Inputs arrive parsed (dispatch.ts ran the schema).
 */
import type { CommandName, CommandResults, ParsedCommandInput } from '../../shared/contract';
import type { CommandOrigin } from './dispatch';

export type Handler<K extends CommandName> = (
  input: ParsedCommandInput<K>,
  origin: CommandOrigin,
) => Promise<CommandResults[K]> | CommandResults[K];

export type HandlersFor<K extends CommandName> = { [P in K]: Handler<P> };

export type HandlerMap = HandlersFor<CommandName>;
