/**
 * What each global hotkey does: it runs the contract command the panel, the popup or the tray
 * would run (`dial/number`, `calls/answer`, `control/hang-up`, `queues/toggle-pause`), so a hotkey
 * has no logic of its own. The shortcut fires while the agent works in another app, so every
 * outcome that needs words reaches them without a click: a failed dial brings up the panel with its
 * reason, the other actions leave a notice.
 */
import type { CommandName } from '../../shared/contract';
import type { HotkeyAction } from '../../shared/features/hotkeys';
import type { FeatureDeps } from '../feature';
import { isPbxError } from '../pbx/errors';
import type { Logger, WindowManager } from '../ports';

type AnyDeps = FeatureDeps<never, unknown, unknown>;

export interface HotkeyActionDeps {
  windows: WindowManager;
  run: AnyDeps['run'];
  notice: AnyDeps['notice'];
  log: Logger;
  readSelection(): string;
  focusPanel(): void;
}

const origin = { window: 'panel' } as const;

export async function runHotkeyAction(action: HotkeyAction, deps: HotkeyActionDeps): Promise<void> {
  switch (action) {
    case 'dial-selection':
      // The dial feature words a failure itself (panel up, reason in the dial box).
      await deps
        .run('dial/number', { target: deps.readSelection(), source: 'hotkey' }, origin)
        .catch(() => {});
      return;
    case 'show-panel':
      deps.windows.showPanel();
      deps.focusPanel();
      return;
    case 'hang-up':
      await attempt(deps, 'control/hang-up', 'notice.dial.noCallToHangUp', 'notice.dial.hangUpFailed');
      return;
    case 'answer':
      // The one way to answer: the calls feature's command, as the popup's button and the tray run it.
      await attempt(deps, 'calls/answer', 'notice.dial.noCallToAnswer', 'notice.dial.answerFailed');
      return;
    case 'toggle-pause':
      await attempt(deps, 'queues/toggle-pause', 'notice.dial.pauseFailed', 'notice.dial.pauseFailed');
      return;
  }
}

async function attempt(
  deps: HotkeyActionDeps,
  command: Extract<CommandName, 'control/hang-up' | 'calls/answer' | 'queues/toggle-pause'>,
  nothingToDoKey: string,
  failedKey: string,
): Promise<void> {
  try {
    await deps.run(command, {}, origin);
  } catch (error) {
    // 409 from a device action: there is no call it could act on.
    const nothingToDo = isPbxError(error) && error.kind === 'conflict';
    deps.log.log('info', 'hotkey action failed', { error: isPbxError(error) ? error.kind : String(error) });
    deps.notice({ level: nothingToDo ? 'info' : 'warning', key: nothingToDo ? nothingToDoKey : failedKey });
  }
}
