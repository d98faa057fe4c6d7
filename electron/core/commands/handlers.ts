/**
 * What each command does. Inputs arrive parsed (dispatch.ts ran the contract's schema), so the
 * handlers work with exact types; the `satisfies` map makes a command without a handler, or a
 * handler with the wrong result type, a compile error.
 */
import type {
  CommandName,
  CommandResults,
  CompanionState,
  ParsedCommandInput,
  SecretView,
  SettingsView,
} from '../../shared/contract';
import type { PopupController } from '../calls/popup-controller';
import type { ConnectionController } from '../connection/connection-controller';
import type { WindowManager } from '../ports';
import type { CommandOrigin } from './dispatch';

export interface CommandContext {
  state(): CompanionState;
  connection: ConnectionController;
  popups: PopupController;
  windows: WindowManager;
  updateSettings(patch: ParsedCommandInput<'settings/update'>): SettingsView;
  allowWeakEncryption(allow: boolean): Promise<SecretView>;
  dismissNotice(id: string): void;
}

type Handler<K extends CommandName> = (
  context: CommandContext,
  input: ParsedCommandInput<K>,
  origin: CommandOrigin,
) => Promise<CommandResults[K]> | CommandResults[K];

const handlers: { [K in CommandName]: Handler<K> } = {
  'app/get-state': (context) => context.state(),
  'connection/connect': (context, input) => context.connection.connect(input),
  'connection/start-demo': (context) => context.connection.startDemo(),
  'connection/disconnect': async (context) => {
    await context.connection.disconnect();
    return null;
  },
  'connection/retry': (context) => {
    context.connection.retryNow();
    return null;
  },
  'connection/trust-certificate': async (context, input) => {
    await context.connection.trustCertificate(input.host, input.fingerprint256);
    return null;
  },
  'secret/forget': async (context) => {
    await context.connection.forgetSecret();
    return null;
  },
  'secret/allow-weak-encryption': (context, input) => context.allowWeakEncryption(input.allow),
  'settings/update': (context, input) => context.updateSettings(input),
  'window/open-settings': (context) => {
    context.windows.openSettings();
    return null;
  },
  'window/show-panel': (context) => {
    context.windows.showPanel();
    return null;
  },
  'popup/dismiss': (context, input) => {
    context.popups.dismiss(input.callId);
    return null;
  },
  'notice/dismiss': (context, input) => {
    context.dismissNotice(input.id);
    return null;
  },
};

export async function runCompanionCommand(
  context: CommandContext,
  name: CommandName,
  input: unknown,
  origin: CommandOrigin,
): Promise<unknown> {
  const handler = handlers[name] as Handler<CommandName>;
  return handler(context, input as ParsedCommandInput<CommandName>, origin);
}
