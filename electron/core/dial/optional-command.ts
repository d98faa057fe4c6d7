/**
 * Runs another feature's command by name when the contract has it: the answer hotkey runs the calls
 * feature's `calls/answer`, the pause hotkey and `--toggle-pause` the queues feature's
 * `queues/toggle-pause`. Each input is checked against the command's own schema, so a command whose
 * input changed is reported as refused instead of being run with something it does not expect.
 */
import { type CommandName, commandInputs, isCommandName } from '../../shared/contract';
import type { CommandOrigin } from '../commands/dispatch';
import type { FeatureDeps } from '../session/feature-deps';

export type OptionalCommandOutcome = 'ran' | 'missing' | 'refused';

export async function runOptionalCommand(
  run: FeatureDeps['run'],
  name: string,
  inputs: readonly unknown[],
  origin: CommandOrigin,
): Promise<OptionalCommandOutcome> {
  if (!isCommandName(name)) return 'missing';
  for (const input of inputs) {
    const parsed = commandInputs[name].safeParse(input);
    if (parsed.success) {
      await run(name as CommandName, parsed.data as never, origin);
      return 'ran';
    }
  }
  return 'refused';
}
