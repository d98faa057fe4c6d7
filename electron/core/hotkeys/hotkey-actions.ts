/**
 * What each global hotkey does and which letter it starts with: one row per action of the
 * contract's `hotkeyActions`. An action runs the contract command the panel, the popup or the tray
 * would run, so a hotkey has no logic of its own; a new feature's hotkey is one row here (and its
 * action in shared/features/hotkeys.ts). The shortcut fires while the agent works in another app,
 * so every outcome that needs words reaches them without a click: a failed dial brings up the panel
 * with its reason, the other actions leave a notice.
 */
import type { CommandName, CommandResults, Notice, ParsedCommandInput } from '../../shared/contract';
import type { HotkeyAction } from '../../shared/features/hotkeys';
import { type CommandOrigin, hostOrigin } from '../commands/dispatch';
import { isPbxError } from '../pbx/errors';
import type { Logger, WindowManager } from '../ports';

export interface HotkeyActionDeps {
  windows: WindowManager;
  run<K extends CommandName>(
    name: K,
    input: ParsedCommandInput<K>,
    origin: CommandOrigin,
  ): Promise<CommandResults[K]>;
  notice(notice: Omit<Notice, 'id'>): void;
  log: Logger;
  readSelection(): string;
  focusPanel(): void;
}

/** A command that takes no input: the hotkey runs it and words a refusal as a notice. */
type SimpleCommand = 'control/hang-up' | 'calls/answer' | 'queues/toggle-pause';

/** `letter: null`: no shortcut until the agent sets one (an optional action). */
type HotkeyRow = { letter: string | null } & (
  | { command: SimpleCommand; nothingToDo: string; failed: string }
  | { run(deps: HotkeyActionDeps): Promise<void> | void }
);

/** A global shortcut is the host's: the user acting through the OS, not a page. */
const origin: CommandOrigin = hostOrigin;

export const hotkeyTable: Record<HotkeyAction, HotkeyRow> = {
  'dial-selection': {
    letter: 'D',
    // The dial feature words a failure itself (panel up, reason in the dial box).
    run: (deps) =>
      deps.run('dial/number', { target: deps.readSelection(), source: 'hotkey' }, origin).then(
        () => {},
        () => {},
      ),
  },
  // The one way to answer: the calls feature's command, as the popup's button and the tray run it.
  answer: {
    letter: 'A',
    command: 'calls/answer',
    nothingToDo: 'notice.dial.noCallToAnswer',
    failed: 'notice.dial.answerFailed',
  },
  'hang-up': {
    letter: 'H',
    command: 'control/hang-up',
    nothingToDo: 'notice.dial.noCallToHangUp',
    failed: 'notice.dial.hangUpFailed',
  },
  'toggle-pause': {
    letter: 'P',
    command: 'queues/toggle-pause',
    nothingToDo: 'notice.dial.pauseFailed',
    failed: 'notice.dial.pauseFailed',
  },
  'show-panel': {
    letter: 'C',
    run: (deps) => {
      deps.windows.showPanel();
      deps.focusPanel();
    },
  },
  // Optional (off until set): the next availability profile; the notice names the one now active.
  'cycle-profile': {
    letter: null,
    run: (deps) =>
      deps.run('availability/cycle-profile', {}, origin).then(
        (outcome) =>
          deps.notice({
            level: 'info',
            key: 'notice.availability.profileNow',
            params: { profile: outcome.subject ?? '' },
          }),
        (error: unknown) => {
          deps.log.log('info', 'hotkey action failed', {
            error: isPbxError(error) ? error.kind : String(error),
          });
          deps.notice({ level: 'warning', key: 'notice.availability.cycleFailed' });
        },
      ),
  },
};

export async function runHotkeyAction(action: HotkeyAction, deps: HotkeyActionDeps): Promise<void> {
  const row = hotkeyTable[action];
  if ('run' in row) return row.run(deps);
  try {
    await deps.run(row.command, {}, origin);
  } catch (error) {
    // 409 from a device action: there is no call it could act on.
    const nothingToDo = isPbxError(error) && error.kind === 'conflict';
    deps.log.log('info', 'hotkey action failed', { error: isPbxError(error) ? error.kind : String(error) });
    deps.notice({
      level: nothingToDo ? 'info' : 'warning',
      key: nothingToDo ? row.nothingToDo : row.failed,
    });
  }
}
