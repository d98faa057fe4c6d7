/**
 * What every feature of the companion is built with. Features talk to each other only through
 * the contract's commands (`run`), e.g. the voicemail list's "call back" runs the dial command,
 * so no feature imports another's internals.
 */
import type {
  CommandName,
  CommandResults,
  CompanionEvents,
  EventName,
  Notice,
  ParsedCommandInput,
} from '../../shared/contract';
import type { CommandOrigin } from '../commands/dispatch';
import type { HandlersFor } from '../commands/handler-types';
import type { NumberContext } from '../phone/phone-number';
import type { PhonebookIndex } from '../phonebook/phonebook-index';
import type { Clock, Logger, Notifier, WindowManager } from '../ports';
import type { SettingsService } from '../settings/settings-service';
import type { StateStore } from '../state/state-store';
import type { SessionFeature } from './session-feature';

export interface FeatureDeps {
  store: StateStore;
  clock: Clock;
  log: Logger;
  settings: SettingsService;
  windows: WindowManager;
  notifier: Notifier | null;
  notice(notice: Omit<Notice, 'id'>): void;
  emit<E extends EventName>(event: E, payload: CompanionEvents[E]): void;
  /** The phonebook (global + the agent's private one), kept loaded by the calls feature. */
  phonebook: PhonebookIndex;
  /** How numbers are read, from settings (country, area code, outside line). */
  numberContext(): NumberContext;
  /** Run another feature's command (already valid input; no schema check, no IPC). */
  run<K extends CommandName>(
    name: K,
    input: ParsedCommandInput<K>,
    origin: CommandOrigin,
  ): Promise<CommandResults[K]>;
}

/** A feature as the companion assembles it: what runs while connected, and its commands. */
export interface Feature<K extends CommandName> {
  session: SessionFeature;
  handlers: HandlersFor<K>;
}
