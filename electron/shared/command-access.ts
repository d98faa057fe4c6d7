/**
 * Which window may run which command, stated once, next to each command in its contract fragment
 * (`access`, built with `accessRules`). A window runs only what its page needs:
 *
 * - a caller popup shows the most untrusted data (the caller's name and number come from the
 *   PBX, i.e. from whoever calls), so it runs only its own call's actions and its dismissal;
 * - the settings window runs the connection and the settings commands;
 * - the panel runs the rest.
 *
 * `accessRules(commands, rules)` wants a rule for every command of the fragment (a new command
 * without one fails `tsc`), and contract.ts checks that the composed table covers every command.
 * The core enforces the rules in `dispatchCommand`, for Electron's IPC and the preview's bridge
 * alike; a command without a rule is refused. Zod-free, like the fragments' other plain values.
 */
import type { z } from 'zod';
import type { CommandSchemas } from './feature-contract';
import type { CallView } from './features/calls';
import type { WindowKind } from './vocabulary';

/**
 * What a popup shows, as the core knows it when the popup asks: a caller popup its own call (live,
 * or missed), the missed-calls summary (`missedCallsPopupId`) each missed call it lists.
 */
export interface PopupScope {
  /** The popup's id: the call it was opened for, or the summary's (the host knows it, the page does not choose it). */
  callId: string;
  /** The calls the popup shows; empty when the core no longer has them. */
  calls: readonly CallView[];
}

export interface CommandAccess<I = never> {
  /** The windows that may run the command with any input. */
  readonly windows: readonly WindowKind[];
  /**
   * A caller popup may run the command about its own call only: true when the parsed input is
   * about that call. Without it, a popup may run the command only if `windows` names it.
   */
  readonly popup?: (input: I, scope: PopupScope) => boolean;
}

/** A rule for every command of a fragment, each popup check typed with that command's input. */
export type AccessRules<C extends () => CommandSchemas> = {
  readonly [K in keyof ReturnType<C>]: CommandAccess<z.output<ReturnType<C>[K]>>;
};

/** The composed table: every command's rule, by command name. */
export type AccessTable = Readonly<Record<string, CommandAccess<never>>>;

/**
 * Types a fragment's rules against its commands: a missing or an unknown command fails `tsc`.
 * Marked free of side effects: a page that imports a fragment's vocabularies lets the bundler drop
 * the rules, and with them the schema builder they name, so no schema library reaches the renderer
 * (pack.test.ts checks).
 */
/* #__NO_SIDE_EFFECTS__ */
export function accessRules<C extends () => CommandSchemas>(
  _commands: C,
  rules: AccessRules<C>,
): AccessRules<C> {
  return rules;
}

/** The common popup checks: the input names the popup's own call, or its caller's number. */
export const ownCall = (input: { callId?: string | undefined }, scope: PopupScope): boolean =>
  input.callId !== undefined &&
  (input.callId === scope.callId || scope.calls.some((call) => call.id === input.callId));

export const ownCallerNumber = (number: string, scope: PopupScope): boolean => {
  const wanted = number.trim();
  return wanted !== '' && scope.calls.some((call) => call.remoteNumber.trim() === wanted);
};

/** Every window of the app (reading the state tree, for one). */
export const everyWindow: readonly WindowKind[] = ['panel', 'popup', 'settings'];
