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

export type { CallDirection, CallPhase, CallView } from './features/calls';

// ---------------------------------------------------------------------------------------------
// Small vocabularies

export const languagePreferences = ['system', 'en', 'de'] as const;
export type LanguagePreference = (typeof languagePreferences)[number];
export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];
export type WindowKind = 'panel' | 'popup' | 'settings';

/**
 * `setup`: nothing configured yet; `connecting`: first contact or reconnect under way;
 * `offline`: the PBX cannot be reached, a retry is scheduled; `auth-failed`: the PBX refused the
 * credentials and every loop stopped (pascom can lock accounts, so nothing retries by itself);
 * `cert-untrusted`: the server's certificate is not trusted and the user has not pinned it.
 */
export const connectionStatuses = [
  'setup',
  'connecting',
  'online',
  'offline',
  'auth-failed',
  'cert-untrusted',
] as const;
export type ConnectionStatus = (typeof connectionStatuses)[number];

/** Where the API secret lives. `none` when nothing is stored. */
export type SecretStoreKind = 'keychain' | 'safe-storage' | 'memory' | 'none';

/** What can go wrong between the app and the PBX; the REST client's `PbxError` uses exactly these. */
export const pbxErrorKinds = [
  'offline',
  'timeout',
  'auth',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'server',
  'bad-response',
  'bad-request',
  'certificate',
] as const;
export type PbxErrorKind = (typeof pbxErrorKinds)[number];

export const commandErrorKinds = [
  ...pbxErrorKinds,
  // from the app
  'invalid-input',
  'not-connected',
  'unavailable',
  'internal',
] as const;
export type CommandErrorKind = (typeof commandErrorKinds)[number];

/**
 * Errors are values at the edge. The renderer words them in the user's language from `kind`
 * (and `detail`, a stable machine-readable reason such as `host-not-found` or `unknown-user`);
 * nothing here ever carries a stack trace, a URL with credentials or a secret.
 */
export interface CommandError {
  kind: CommandErrorKind;
  detail?: string;
  /** The input field the error is about, for forms (e.g. `serverAddress`). */
  field?: string;
  retryAfterMs?: number;
  /** The PBX's own words about a refusal (e.g. a queue action's message), shown as quoted text. */
  pbxMessage?: string;
  /** Schema problems of an `invalid-input` error: dotted path and zod issue code. */
  issues?: { path: string; code: string }[];
}

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
  app: { version: string; platform: string; preview: boolean; language: 'en' | 'de' };
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
  /** A call started ringing for the agent (the popup opens separately, per settings). */
  'call/ringing': CallView;
  notice: Notice;
}
export type CompanionEvents = CoreEvents & CallsEvents & DialEvents & QueuesEvents & VoicemailEvents;
export type EventName = keyof CompanionEvents;
export const eventNames = [
  'state',
  'call/ringing',
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
