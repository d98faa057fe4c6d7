/**
 * The single entry for commands from any transport (Electron IPC, the preview's WebSocket):
 * check the name, check that the asking window may run it (command-access.ts), parse the input
 * with the contract's schema, run it, and turn every outcome into a `CommandResult` value. Nothing thrown inside the core crosses to a window; an unexpected
 * error is logged here and reaches the UI as `internal`, without its message or stack.
 */
import type { AccessTable } from '../../shared/command-access';
import type { CommandError, CommandName, CommandResult } from '../../shared/contract';
import type { CommandSchemas } from '../../shared/feature-contract';
import type { CallView } from '../../shared/features/calls';
import { isPbxError } from '../pbx/errors';
import type { Logger } from '../ports';
import { type CommandOrigin, popupMayRun, windowMayRun } from './command-access';

export { type CommandOrigin, hostOrigin } from './command-access';

/** What the companion implements: the contract's command table, and running a parsed command. */
export interface CommandRunner {
  /** Input schema by command name: the contract's (or, in a test, a list composed like it). */
  readonly commandInputs: CommandSchemas;
  /** Which windows may run each command, composed like `commandInputs`. */
  readonly commandAccess: AccessTable;
  /** A caller popup's call (live, or its missed-call card), for the popup's access checks. */
  popupCalls(popupId: string): readonly CallView[];
  runCommand(name: CommandName, input: unknown, origin: CommandOrigin): Promise<unknown>;
  readonly commandLog: Logger;
}

/** Thrown inside the core to answer a command with a specific, user-presentable error. */
export class CommandFailure extends Error {
  readonly error: CommandError;
  constructor(error: CommandError) {
    super(error.detail ? `${error.kind}: ${error.detail}` : error.kind);
    this.name = 'CommandFailure';
    this.error = error;
  }
}

const machineReason = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function toCommandError(caught: unknown): CommandError | null {
  if (caught instanceof CommandFailure) return caught.error;
  if (isPbxError(caught)) {
    const error: CommandError = { kind: caught.kind };
    // Stable reasons (`host-not-found`) are for the UI to word; anything else is the PBX's own text.
    if (caught.detail !== undefined && machineReason.test(caught.detail)) error.detail = caught.detail;
    else if (caught.detail !== undefined) error.pbxMessage = caught.detail.slice(0, 200);
    if (caught.retryAfterMs !== undefined) error.retryAfterMs = caught.retryAfterMs;
    return error;
  }
  return null;
}

export async function dispatchCommand(
  runner: CommandRunner,
  name: unknown,
  input: unknown,
  origin: CommandOrigin,
): Promise<CommandResult<CommandName>> {
  if (typeof name !== 'string' || !Object.hasOwn(runner.commandInputs, name)) {
    runner.commandLog.log('warn', 'unknown command refused', { name: String(name).slice(0, 64) });
    return { ok: false, error: { kind: 'invalid-input', detail: 'unknown-command' } };
  }
  const rule = Object.hasOwn(runner.commandAccess, name) ? runner.commandAccess[name] : undefined;
  const verdict = windowMayRun(rule, origin);
  if (verdict.kind === 'refused') return refuse(runner, name, origin, verdict.reason);
  const schema = runner.commandInputs[name] as CommandSchemas[string];
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
    const field = issues[0]?.path.split('.').at(-1);
    // Only paths and codes are logged: never the values, which may be secrets.
    runner.commandLog.log('info', 'command input refused', { name, issues: JSON.stringify(issues) });
    const error: CommandError = { kind: 'invalid-input', issues };
    if (field) error.field = field;
    return { ok: false, error };
  }
  if (
    verdict.kind === 'popup-own-call' &&
    !(rule && popupMayRun(rule, origin, parsed.data, (popupId) => runner.popupCalls(popupId)))
  ) {
    return refuse(runner, name, origin, 'not-this-popups-call');
  }
  try {
    const value = await runner.runCommand(name as CommandName, parsed.data, origin);
    return { ok: true, value } as CommandResult<CommandName>;
  } catch (caught) {
    const error = toCommandError(caught);
    if (error) return { ok: false, error };
    runner.commandLog.log('error', 'command failed unexpectedly', {
      name,
      error: caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught),
    });
    return { ok: false, error: { kind: 'internal' } };
  }
}

/** A window asked for a command that is not its to run: `forbidden`, and a line in the log (no input). */
function refuse(
  runner: CommandRunner,
  name: string,
  origin: CommandOrigin,
  reason: string,
): CommandResult<CommandName> {
  runner.commandLog.log('warn', 'command refused for this window', { name, window: origin.window, reason });
  return { ok: false, error: { kind: 'forbidden', detail: 'window-not-allowed' } };
}
