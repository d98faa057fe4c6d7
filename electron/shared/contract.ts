/**
 * The one contract between the UI and the core: every command the UI may send (name, input schema,
 * result type), every event the core pushes, and the state tree the UI renders. The app's own part
 * is here; each feature brings its part (`features/<name>.ts`), composed from feature-list.ts.
 *
 * Main (IPC), preload, the preview host (WebSocket) and the renderer all import this module, so a
 * command that is renamed or gets a new input shape breaks the build everywhere at once instead of
 * failing at run time in one transport only. Inputs are parsed with these schemas at one place
 * (the core's `dispatchCommand`), for every transport, before the core sees them.
 */
import { z } from 'zod';
import { type AccessTable, accessRules, everyWindow } from './command-access';
import {
  type AccessOf,
  type CommandSchemas,
  composeAccess,
  composeCommands,
  composeEvents,
  type EventsOf,
  type FeatureContract,
  type ResultsOf,
  type SlicesOf,
  type UnionToIntersection,
} from './feature-contract';
import { featureContracts } from './feature-list';
import {
  type CommandError,
  type Language,
  type LanguagePreference,
  languagePreferences,
  type ThemePreference,
  themePreferences,
} from './vocabulary';

export type { CallDirection, CallPhase, CallView } from './features/calls';
export type {
  AgentView,
  CertificateView,
  ConnectInput,
  ConnectionView,
  SecretView,
} from './features/connection';
export {
  type CommandError,
  type CommandErrorKind,
  type ConnectionStatus,
  commandErrorKinds,
  connectionStatuses,
  type Language,
  type LanguagePreference,
  languagePreferences,
  type PbxErrorKind,
  pbxErrorKinds,
  type SecretStoreKind,
  type ThemePreference,
  themePreferences,
  type WindowKind,
  windowKinds,
} from './vocabulary';

type Features = (typeof featureContracts)[number];
export type FeatureName = Features['name'];

// ---------------------------------------------------------------------------------------------
// The state tree

/** The app's own settings as the settings window shows them (each feature has its own in its slice). */
export interface SettingsView {
  language: LanguagePreference;
  theme: ThemePreference;
  presencePollIntervalMs: number;
}

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  /** i18n key, e.g. `notice.settingsReset`. */
  key: string;
  params?: Record<string, string | number>;
}

/** The app's own part of the state tree; each feature adds its slice under its name. */
export interface CoreState {
  app: { version: string; platform: string; preview: boolean; language: Language };
  settings: SettingsView;
  notices: Notice[];
}

export type CompanionState = CoreState & SlicesOf<Features>;

// ---------------------------------------------------------------------------------------------
// Commands

/** How often the agent's own state is asked (the call loop; the connection retries at this pace). */
export const presencePollLimitsMs = { min: 500, max: 10_000 } as const;

/** The app's own commands; schemas are built on first use, like the features'. */
function coreCommands() {
  const empty = z.object({}).strict();
  return {
    'app/get-state': empty,
    'settings/update': z
      .object({
        language: z.enum(languagePreferences),
        theme: z.enum(themePreferences),
        presencePollIntervalMs: z.number().int().min(presencePollLimitsMs.min).max(presencePollLimitsMs.max),
      })
      .partial()
      .strict(),
    'window/open-settings': empty,
    'window/show-panel': empty,
    'notice/dismiss': z.object({ id: z.string().min(1).max(64) }).strict(),
  } as const;
}
export type CoreCommandName = keyof ReturnType<typeof coreCommands>;

/** What each of the app's own commands resolves to when it succeeds. */
export interface CoreCommandResults {
  'app/get-state': CompanionState;
  'settings/update': SettingsView;
  'window/open-settings': null;
  'window/show-panel': null;
  'notice/dismiss': null;
}

export interface CoreEvents {
  /** The whole state tree after every change (it is small: calls, popups, settings). */
  state: CompanionState;
  notice: Notice;
}

/** Every window reads the state; the app's own preferences are the settings window's. */
const coreAccess = accessRules(coreCommands, {
  'app/get-state': { windows: everyWindow },
  'settings/update': { windows: ['settings'] },
  'window/open-settings': { windows: ['panel'] },
  'window/show-panel': { windows: ['panel', 'settings'] },
  'notice/dismiss': { windows: ['panel', 'settings'] },
});

/** The app's own commands and events, in the shape of a feature's, so a list composes them alike. */
export const coreContract = {
  name: 'app',
  commands: coreCommands,
  events: ['state', 'notice'],
  access: coreAccess,
  types: {} as { results: CoreCommandResults; slice: never; events: CoreEvents },
} as const satisfies FeatureContract;

/**
 * The command table and the event names of a list of features (with the app's own): the contract
 * below is this for feature-list.ts; a test composes a list with a feature of its own.
 */
export function composeContract(features: readonly FeatureContract[]): {
  commandInputs: CommandSchemas;
  commandAccess: AccessTable;
  eventNames: readonly string[];
} {
  return {
    commandInputs: composeCommands([coreContract, ...features]),
    commandAccess: composeAccess([coreContract, ...features]),
    eventNames: composeEvents([coreContract, ...features]),
  };
}

export const commandInputs = composeCommands([coreContract, ...featureContracts]);
/** Which windows may run each command (shared/command-access.ts), enforced by `dispatchCommand`. */
export const commandAccess: AccessTable = composeAccess([coreContract, ...featureContracts]);

export type CommandName = keyof typeof commandInputs & string;
export type CommandInput<K extends CommandName> = z.input<(typeof commandInputs)[K]>;
export type ParsedCommandInput<K extends CommandName> = z.output<(typeof commandInputs)[K]>;

export type CommandResults = CoreCommandResults & UnionToIntersection<ResultsOf<Features>>;

export type CommandResult<K extends CommandName> =
  | { ok: true; value: CommandResults[K] }
  | { ok: false; error: CommandError };

export const commandNames = Object.keys(commandInputs) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commandInputs, name);
}

// ---------------------------------------------------------------------------------------------
// Events pushed from the core to every window

export type CompanionEvents = CoreEvents & UnionToIntersection<EventsOf<Features>>;
export type EventName = keyof CompanionEvents & string;
export const eventNames = composeEvents([coreContract, ...featureContracts]) as EventName[];

export type Unsubscribe = () => void;

/** `window.companion`: the only thing the preload (or the preview bridge) exposes. */
export interface CompanionApi {
  invoke<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandResult<K>>;
  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe;
}

// Compile-time guards: every command has a result type and every result type a command; every
// feature's events are listed.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const commandsAndResultsMatch: Exact<CommandName, keyof CommandResults> = true;
// Every command names the windows that may run it, and no rule names a command that is not there.
const everyCommandHasAccessRule: Exact<
  CommandName,
  keyof UnionToIntersection<AccessOf<typeof coreContract | Features>> & string
> = true;
void everyCommandHasAccessRule;
const eventListComplete: Exact<
  (typeof featureContracts)[number]['events'][number] | 'state' | 'notice',
  EventName
> = true;
void commandsAndResultsMatch;
void eventListComplete;
