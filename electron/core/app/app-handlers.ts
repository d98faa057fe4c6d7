/**
 * What the app's own commands do (features bring theirs). Inputs arrive parsed: dispatch.ts ran
 * the contract's schema.
 */
import type { CompanionState, coreContract, ParsedCommandInput, SettingsView } from '../../shared/contract';
import type { FeatureHandlers } from '../commands/handler-types';
import type { WindowManager } from '../ports';

export interface AppCommandContext {
  state(): CompanionState;
  windows: WindowManager;
  updateSettings(patch: ParsedCommandInput<'settings/update'>): SettingsView;
  dismissNotice(id: string): void;
}

/** The app's own commands: the state, its settings, windows, notices. */
export function createAppHandlers(context: AppCommandContext): FeatureHandlers<typeof coreContract> {
  return {
    'app/get-state': () => context.state(),
    'settings/update': (input) => context.updateSettings(input),
    'window/open-settings': () => {
      context.windows.openSettings();
      return null;
    },
    'window/show-panel': () => {
      context.windows.showPanel();
      return null;
    },
    'notice/dismiss': (input) => {
      context.dismissNotice(input.id);
      return null;
    },
  };
}
