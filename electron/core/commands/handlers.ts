/**
 * What the core's own commands do (features bring theirs, see handler-types.ts). Inputs arrive
 * parsed: dispatch.ts ran the contract's schema.
 */
import type {
  CompanionState,
  CoreCommandName,
  ParsedCommandInput,
  SecretView,
  SettingsView,
} from '../../shared/contract';
import type { PopupController } from '../calls/popup-controller';
import type { ConnectionController } from '../connection/connection-controller';
import type { WindowManager } from '../ports';
import type { HandlersFor } from './handler-types';

export interface CommandContext {
  state(): CompanionState;
  connection: ConnectionController;
  popups: PopupController;
  windows: WindowManager;
  updateSettings(patch: ParsedCommandInput<'settings/update'>): SettingsView;
  allowWeakEncryption(allow: boolean): Promise<SecretView>;
  dismissNotice(id: string): void;
}

/** The core's own commands: connection, secrets, settings, windows, popups, notices. */
export function createCoreHandlers(context: CommandContext): HandlersFor<CoreCommandName> {
  return {
    'app/get-state': () => context.state(),
    'connection/connect': (input) => context.connection.connect(input),
    'connection/start-demo': () => context.connection.startDemo(),
    'connection/disconnect': async () => {
      await context.connection.disconnect();
      return null;
    },
    'connection/retry': () => {
      context.connection.retryNow();
      return null;
    },
    'connection/trust-certificate': async (input) => {
      await context.connection.trustCertificate(input.host, input.fingerprint256);
      return null;
    },
    'secret/forget': async () => {
      await context.connection.forgetSecret();
      return null;
    },
    'secret/allow-weak-encryption': (input) => context.allowWeakEncryption(input.allow),
    'settings/update': (input) => context.updateSettings(input),
    'window/open-settings': () => {
      context.windows.openSettings();
      return null;
    },
    'window/show-panel': () => {
      context.windows.showPanel();
      return null;
    },
    'popup/dismiss': (input) => {
      context.popups.dismiss(input.callId);
      return null;
    },
    'notice/dismiss': (input) => {
      context.dismissNotice(input.id);
      return null;
    },
  };
}
