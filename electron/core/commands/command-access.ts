/**
 * Enforces the contract's access rules (shared/command-access.ts): who asks (the window kind the
 * host knows for the sender, and a popup's own call) decides which commands run. The host itself
 * (its tray menu, global shortcuts, the command line) runs as `hostOrigin`: the user acting through
 * the operating system, not a page, may run every command.
 */
import type { CommandAccess, PopupScope } from '../../shared/command-access';
import type { CallView } from '../../shared/features/calls';
import type { WindowKind } from '../../shared/vocabulary';

export interface CommandOrigin {
  /** The window that asked, as the host identified its sender; `host` for the host's own menus. */
  window: WindowKind | 'host';
  /** For a popup: the call the host opened it for (never what its page claims). */
  popupCallId?: string;
}

export const hostOrigin: CommandOrigin = { window: 'host' };

/**
 * Before the input is read: `run` when the window may run the command with any input,
 * `popup-own-call` when a popup may run it about its own call only (checked on the parsed input
 * by `popupMayRun`), else the reason it is refused.
 */
export type WindowVerdict =
  | { kind: 'run' }
  | { kind: 'popup-own-call' }
  | { kind: 'refused'; reason: string };

export function windowMayRun(rule: CommandAccess<never> | undefined, origin: CommandOrigin): WindowVerdict {
  if (origin.window === 'host') return { kind: 'run' };
  // A command without a rule runs from no window: a rule is what lets it out.
  if (!rule) return { kind: 'refused', reason: 'no-rule' };
  if (rule.windows.includes(origin.window)) return { kind: 'run' };
  if (origin.window === 'popup' && rule.popup) {
    // The spare popup, not yet given a call, has no call to act on.
    return origin.popupCallId
      ? { kind: 'popup-own-call' }
      : { kind: 'refused', reason: 'popup-without-call' };
  }
  return { kind: 'refused', reason: 'not-for-this-window' };
}

/** A popup's command, parsed: true when it is about the popup's own call. */
export function popupMayRun(
  rule: CommandAccess<never>,
  origin: CommandOrigin,
  input: unknown,
  callsOf: (popupId: string) => readonly CallView[],
): boolean {
  const callId = origin.popupCallId;
  if (origin.window !== 'popup' || !callId || !rule.popup) return false;
  const scope: PopupScope = { callId, calls: callsOf(callId) };
  return (rule.popup as (input: unknown, scope: PopupScope) => boolean)(input, scope);
}
