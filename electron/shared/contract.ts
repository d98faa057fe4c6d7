/**
 * The one contract between the UI and the core: every command the UI may send (name, input schema,
 * result type), every event the core pushes, and the state tree the UI renders.
 *
 * Main (IPC), preload, the preview host (WebSocket) and the renderer all import this module, so a
 * command that is renamed or gets a new input shape breaks the build everywhere at once instead of
 * failing at run time in one transport only. Inputs are parsed with these schemas at the edge
 * (main's `handle()`, the preview bridge) before the core sees them.
 */
import { z } from 'zod';
import {
  type CallsCommandResults,
  type CallsEvents,
  type CallsStateSlice,
  type CallView,
  callsCommandInputs,
  callsEventNames,
} from './features/calls';
import {
  type DialCommandResults,
  type DialEvents,
  type DialStateSlice,
  dialCommandInputs,
  dialEventNames,
} from './features/dial';
import {
  type QueuesCommandResults,
  type QueuesEvents,
  type QueuesStateSlice,
  queuesCommandInputs,
  queuesEventNames,
} from './features/queues';
import {
  type VoicemailCommandResults,
  type VoicemailEvents,
  type VoicemailStateSlice,
  voicemailCommandInputs,
  voicemailEventNames,
} from './features/voicemail';
import {
  type CommandError,
  type ConnectionStatus,
  type Language,
  type LanguagePreference,
  languagePreferences,
  type SecretStoreKind,
  type ThemePreference,
  themePreferences,
} from './vocabulary';

export type { CallDirection, CallPhase, CallView } from './features/calls';

// ---------------------------------------------------------------------------------------------
// Small vocabularies (stated in vocabulary.ts, which the renderer may import without zod)

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

// ---------------------------------------------------------------------------------------------
// The state tree

export interface CertificateView {
  host: string;
  fingerprint256: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** True when a different certificate was pinned for this host before. */
  changed: boolean;
}

export interface ConnectionView {
  status: ConnectionStatus;
  serverAddress: string | null;
  demo: boolean;
  sinceMs: number;
  /** When `offline`: when the next attempt runs (ms since epoch). */
  nextRetryAtMs: number | null;
  /** Why the last attempt failed, when it did. */
  failure: CommandError | null;
  /** When `cert-untrusted`: the certificate the server presented. */
  certificate: CertificateView | null;
}

export interface AgentView {
  username: string;
  displayName: string;
  extension: string | null;
  mailbox: string | null;
}

export interface SettingsView {
  language: LanguagePreference;
  theme: ThemePreference;
  serverAddress: string | null;
  authKind: 'password' | 'basic';
  apiUser: string | null;
  username: string | null;
  presencePollIntervalMs: number;
}

export interface SecretView {
  stored: boolean;
  store: SecretStoreKind;
  /** Why a weaker store is in use (e.g. `no-keychain`), for the settings window. */
  storeReason: string | null;
}

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  /** i18n key, e.g. `notice.settingsReset`. */
  key: string;
  params?: Record<string, string | number>;
}

/** The core's part of the state tree; each feature adds its slice (features/*.ts). */
export interface CoreState {
  app: { version: string; platform: string; preview: boolean; language: Language };
  connection: ConnectionView;
  agent: AgentView | null;
  /** The agent's Asterisk hint state (`Idle`, `Ringing`, `InUse&Ringing`, ...), null when unknown. */
  presence: string | null;
  calls: CallView[];
  /** Ids of calls whose caller popup is open, newest last. */
  popups: string[];
  settings: SettingsView;
  secret: SecretView;
  notices: Notice[];
}

export type CompanionState = CoreState &
  CallsStateSlice &
  DialStateSlice &
  QueuesStateSlice &
  VoicemailStateSlice;

// ---------------------------------------------------------------------------------------------
// Commands

const empty = z.object({}).strict();
/** Secrets are never trimmed or otherwise changed: a space can be part of a password. */
const secret = (max: number) => z.string().min(1).max(max);

export const connectInput = z
  .object({
    serverAddress: z.string().trim().min(1).max(2048),
    auth: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('password'),
          apiUser: z.string().trim().min(1).max(256),
          /** Omitted: use the secret already stored for this address and user. */
          apiPassword: secret(1024).optional(),
        })
        .strict(),
      z
        .object({
          kind: z.literal('basic'),
          basicAuth: secret(4096).optional(),
        })
        .strict(),
    ]),
    username: z
      .string()
      .trim()
      .min(1)
      .max(128)
      .regex(/^[^\s/\\?#]+$/),
  })
  .strict();
export type ConnectInput = z.input<typeof connectInput>;

export const settingsPatch = z
  .object({
    language: z.enum(languagePreferences),
    theme: z.enum(themePreferences),
    presencePollIntervalMs: z.number().int().min(500).max(10_000),
  })
  .partial()
  .strict();

const coreCommandInputs = {
  'app/get-state': empty,
  'connection/connect': connectInput,
  'connection/start-demo': empty,
  'connection/disconnect': empty,
  'connection/retry': empty,
  'connection/trust-certificate': z
    .object({
      host: z.string().min(1).max(255),
      fingerprint256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
    })
    .strict(),
  'secret/forget': empty,
  /** Linux without a keychain: the user agrees (or no longer agrees) to safeStorage's weak `basic_text`. */
  'secret/allow-weak-encryption': z.object({ allow: z.boolean() }).strict(),
  'settings/update': settingsPatch,
  'window/open-settings': empty,
  'window/show-panel': empty,
  'popup/dismiss': z.object({ callId: z.string().min(1).max(64) }).strict(),
  'notice/dismiss': z.object({ id: z.string().min(1).max(64) }).strict(),
} as const;
export type CoreCommandName = keyof typeof coreCommandInputs;

export const commandInputs = {
  ...coreCommandInputs,
  ...callsCommandInputs,
  ...dialCommandInputs,
  ...queuesCommandInputs,
  ...voicemailCommandInputs,
} as const;

export type CommandName = keyof typeof commandInputs;
export type CommandInput<K extends CommandName> = z.input<(typeof commandInputs)[K]>;
export type ParsedCommandInput<K extends CommandName> = z.output<(typeof commandInputs)[K]>;

/** What each core command resolves to when it succeeds. */
export interface CoreCommandResults {
  'app/get-state': CompanionState;
  'connection/connect': AgentView;
  'connection/start-demo': AgentView;
  'connection/disconnect': null;
  'connection/retry': null;
  'connection/trust-certificate': null;
  'secret/forget': null;
  'secret/allow-weak-encryption': SecretView;
  'settings/update': SettingsView;
  'window/open-settings': null;
  'window/show-panel': null;
  'popup/dismiss': null;
  'notice/dismiss': null;
}

export type CommandResults = CoreCommandResults &
  CallsCommandResults &
  DialCommandResults &
  QueuesCommandResults &
  VoicemailCommandResults;

export type CommandResult<K extends CommandName> =
  | { ok: true; value: CommandResults[K] }
  | { ok: false; error: CommandError };

export const commandNames = Object.keys(commandInputs) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commandInputs, name);
}

// ---------------------------------------------------------------------------------------------
// Events pushed from the core to every window

export interface CoreEvents {
  /** The whole state tree after every change (it is small: calls, popups, settings). */
  state: CompanionState;
  notice: Notice;
}
export type CompanionEvents = CoreEvents & CallsEvents & DialEvents & QueuesEvents & VoicemailEvents;
export type EventName = keyof CompanionEvents;
export const eventNames = [
  'state',
  'notice',
  ...callsEventNames,
  ...dialEventNames,
  ...queuesEventNames,
  ...voicemailEventNames,
] as const satisfies readonly EventName[];

export type Unsubscribe = () => void;

/** `window.companion`: the only thing the preload (or the preview bridge) exposes. */
export interface CompanionApi {
  invoke<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandResult<K>>;
  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe;
}

// Compile-time guard: every command has a result type and every result type a command.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const commandsAndResultsMatch: Exact<CommandName, keyof CommandResults> = true;
const eventListComplete: Exact<(typeof eventNames)[number], EventName> = true;
void commandsAndResultsMatch;
void eventListComplete;
