/**
 * What each global hotkey does. The shortcut fires while the agent works in another app, so every
 * outcome that needs words reaches them without a click: a failed dial brings up the panel with its
 * reason, the other actions leave a notice.
 */
import type { HotkeyAction } from '../../shared/features/dial';
import { isPbxError } from '../pbx/errors';
import type { Logger, WindowManager } from '../ports';
import type { FeatureDeps } from '../session/feature-deps';
import type { StateStore } from '../state/state-store';
import type { CallControl } from './call-control';
import type { Dialer } from './dialer';

export interface HotkeyActionDeps {
  dialer: Dialer;
  control: CallControl;
  store: StateStore;
  windows: WindowManager;
  run: FeatureDeps['run'];
  notice: FeatureDeps['notice'];
  log: Logger;
  readSelection(): string;
  focusPanel(): void;
}

const origin = { window: 'panel' } as const;

export async function runHotkeyAction(action: HotkeyAction, deps: HotkeyActionDeps): Promise<void> {
  switch (action) {
    case 'dial-selection':
      // The dialer words a failure itself (panel up, reason in the dial box).
      await deps.dialer.dial(deps.readSelection(), 'hotkey').catch(() => {});
      return;
    case 'show-panel':
      deps.windows.showPanel();
      deps.focusPanel();
      return;
    case 'hang-up':
      await attempt(
        deps,
        () => deps.control.hangUp(undefined),
        'notice.dial.noCallToHangUp',
        'notice.dial.hangUpFailed',
      );
      return;
    case 'answer':
      await attempt(deps, () => answer(deps), 'notice.dial.noCallToAnswer', 'notice.dial.answerFailed');
      return;
    case 'toggle-pause':
      await attempt(deps, () => togglePause(deps), 'notice.dial.pauseFailed', 'notice.dial.pauseFailed');
      return;
  }
}

/** The one way to answer: the calls feature's command, as the popup's button and the tray run it. */
async function answer(deps: HotkeyActionDeps): Promise<void> {
  await deps.run('calls/answer', {}, origin);
}

async function togglePause(deps: HotkeyActionDeps): Promise<void> {
  await deps.run('queues/toggle-pause', {}, origin);
}

async function attempt(
  deps: HotkeyActionDeps,
  act: () => Promise<void>,
  nothingToDoKey: string,
  failedKey: string,
): Promise<void> {
  try {
    await act();
  } catch (error) {
    // 409 from a device action: there is no call it could act on.
    const nothingToDo = isPbxError(error) && error.kind === 'conflict';
    deps.log.log('info', 'hotkey action failed', { error: isPbxError(error) ? error.kind : String(error) });
    deps.notice({ level: nothingToDo ? 'info' : 'warning', key: nothingToDo ? nothingToDoKey : failedKey });
  }
}
