/**
 * The shape every feature takes (calls, dial, hotkeys, queues, voicemail, connection, and the next
 * ones). A feature is one folder, `core/<name>/`, whose `index.ts` defines a `FeatureModule`:
 *
 * - `name`: its key in the state tree and the settings document (its contract fragment, in
 *   shared/features/<name>.ts, has the same name);
 * - `settings`: its section's schema with every default stated once, and its migration steps;
 * - `initialState`: its slice before anything happened;
 * - `texts`: what main and core say for it, per language (core/texts/texts.ts);
 * - `tray`: its icon, badge, tooltip and menu entries (core/tray/tray-entry.ts);
 * - `create(deps)`: its command handlers, its session part (loops started when the connection
 *   goes online and stopped with it) and the host hooks it needs (power events, launch requests).
 *
 * The core composes the features listed in feature-list.ts; nothing else names them. Features talk
 * to each other only through the contract: commands (`deps.run`), events (`deps.emit`) and reading
 * the state tree (`deps.state()`), never through another feature's internals.
 */
import type {
  AgentView,
  CommandName,
  CommandResults,
  CompanionEvents,
  CompanionState,
  EventName,
  FeatureName,
  Notice,
  ParsedCommandInput,
  Unsubscribe,
} from '../shared/contract';
import type { FeatureContract, SliceOf } from '../shared/feature-contract';
import type { AppSettings } from './app/app-settings';
import type { CommandOrigin } from './commands/dispatch';
import type { FeatureHandlers, HandlerMap } from './commands/handler-types';
import type { PbxApi } from './pbx/index';
import type { NumberContext } from './phone/phone-number';
import type { PhonebookIndex } from './phonebook/phonebook-index';
import type {
  Clock,
  HostPorts,
  LaunchOutcome,
  LaunchRequest,
  Logger,
  Notifier,
  PowerEvent,
  QuitTrigger,
  WindowManager,
} from './ports';
import type { FeatureSettings, SettingsSection } from './settings/section';
import type { Slice } from './state/slice';
import type { LineStateShare } from './sync/line-state-share';
import type { PollLoop, PollLoopOptions } from './sync/poll-loop';
import type { Texts } from './texts/texts';
import type { FeatureTray } from './tray/tray-entry';

/** What a feature's session part gets while the app is connected. */
export interface SessionContext {
  /** The REST resources of the connected PBX. */
  readonly api: PbxApi;
  readonly agent: AgentView;
  /**
   * A poll loop bound to this session: it is stopped with the session, retry/resume apply to it,
   * and a 401/403 in it stops every loop. Its other failures back it off; they drive the
   * connection status (offline, "the PBX asked us to wait") only for the loop that
   * `governsConnection` (the agent's own-state poll). The caller starts it.
   */
  loop(
    options: Pick<PollLoopOptions, 'name' | 'intervalMs' | 'run'> &
      Partial<Pick<PollLoopOptions, 'backoff' | 'governsConnection'>>,
  ): PollLoop;
}

/**
 * What runs while connected. The connection starts every feature's session part when a session
 * goes online and stops it when the session ends (disconnect, refused credentials, untrusted
 * certificate), so no feature polls a PBX the app is not connected to.
 */
export interface SessionPart {
  readonly name: string;
  start(session: SessionContext): void;
  stop(): void;
}

/** What the app knows when it builds the state tree, before anything happened. */
export interface AppStart {
  app: { version: string; platform: string; preview: boolean; systemLocale: string };
  appSettings: AppSettings;
  nowMs: number;
}

/** What every feature is built with. */
export interface FeatureDeps<F extends FeatureContract, S, T> {
  /** Its slice of the state tree; `slice.update` is the one way it changes it. */
  readonly slice: Slice<SliceOf<F>>;
  /** Its section of the settings document. */
  readonly settings: SettingsSection<S>;
  /** The app's own settings (number format, poll interval, language, secrets). */
  readonly app: SettingsSection<AppSettings>;
  /** Its words, in the language the UI shows now. */
  texts(): T;
  /** The whole tree, to read other slices (connection status, live calls); never to change them. */
  state(): CompanionState;
  onState(listener: (state: CompanionState) => void): Unsubscribe;
  readonly clock: Clock;
  readonly log: Logger;
  readonly windows: WindowManager;
  readonly notifier: Notifier | null;
  notice(notice: Omit<Notice, 'id'>): void;
  emit<E extends EventName>(event: E, payload: CompanionEvents[E]): void;
  /** Runs another feature's command (already valid input; no schema check, no IPC). */
  run<K extends CommandName>(
    name: K,
    input: ParsedCommandInput<K>,
    origin: CommandOrigin,
  ): Promise<CommandResults[K]>;
  /** The phonebook (global + the agent's private one), kept loaded by the calls feature. */
  readonly phonebook: PhonebookIndex;
  /** How numbers are read, from the app's settings (country, area code, outside line). */
  numberContext(): NumberContext;
  /** Other users' line states, riding in the agent's own states request (the calls feature sends it). */
  readonly lineStates: LineStateShare;
  readonly host: HostPorts;
  /** Every feature's session part (the connection starts and stops them). */
  sessions(): readonly SessionPart[];
  /**
   * Asks a feature to read the PBX again now: this one changed what that one shows (a dial or a
   * call control changes the calls), so the change shows at once, not at the next poll.
   */
  refresh(feature: FeatureName): void;
}

/** What a feature offers once created. */
export interface FeatureParts<F extends FeatureContract> {
  readonly handlers: FeatureHandlers<F>;
  readonly session?: SessionPart;
  /** The app starts (after every feature was created): the connection reconnects. */
  start?(): Promise<void>;
  /** Sleep and wake, screen lock, the network (the host forwards them). */
  power?(event: PowerEvent): void;
  /**
   * The panel came on screen or went away (Electron: the panel window's show/hide; the preview:
   * the desk's "Tray click"), so a feature polls what only the panel shows just while it is there.
   */
  panel?(shown: boolean): void;
  /** Read the PBX again now (another feature changed what this one shows). */
  refresh?(): void;
  /** A start from outside (`--dial`, a tel: link, `--toggle-pause`); null: not this feature's. */
  launch?(request: LaunchRequest): Promise<LaunchOutcome> | null;
  /**
   * The app is about to quit (or the OS session ends), while still connected: a last word to the
   * PBX (a profile automation). The companion gives every feature's together at most
   * `QUIT_BUDGET_MS` and then quits anyway (`Companion.prepareQuit`).
   */
  beforeQuit?(trigger: QuitTrigger): Promise<void>;
  dispose?(): Promise<void> | void;
}

export interface FeatureModule<F extends FeatureContract, S, T> {
  readonly name: F['name'];
  readonly settings: FeatureSettings<S>;
  initialState(settings: S, start: AppStart): SliceOf<F>;
  /**
   * What the UI sees of its settings, at `state.<name>.settings`: the core puts it there after
   * every settings change, so a feature never copies its settings into its slice itself.
   */
  settingsView?(settings: S, app: AppSettings): SliceSettingsOf<F>;
  readonly texts: Texts<T>;
  readonly tray?: FeatureTray<T>;
  create(deps: FeatureDeps<F, S, T>): FeatureParts<F>;
}

type SliceSettingsOf<F extends FeatureContract> = SliceOf<F> extends { settings: infer V } ? V : never;

/** A feature as the core composes it: its types are the module's own business. */
export interface AnyFeature {
  readonly name: string;
  readonly settings: FeatureSettings<unknown>;
  initialState(settings: unknown, start: AppStart): unknown;
  settingsView?(settings: unknown, app: AppSettings): unknown;
  readonly texts: Texts<unknown>;
  readonly tray?: FeatureTray<unknown>;
  create(deps: FeatureDeps<FeatureContract, unknown, unknown>): Omit<
    FeatureParts<FeatureContract>,
    'handlers'
  > & {
    readonly handlers: HandlerMap;
  };
}

/** A feature for a list: the name, settings and texts types stay visible to the composition. */
export type DefinedFeature<N extends string, S, T> = AnyFeature & {
  readonly name: N;
  readonly settings: FeatureSettings<S>;
  readonly texts: Texts<T>;
};

/** Checks a feature module against its contract fragment and readies it for a list. */
export function defineFeature<F extends FeatureContract, S, T>(
  module: FeatureModule<F, S, T>,
): DefinedFeature<F['name'], S, T> {
  return module as unknown as DefinedFeature<F['name'], S, T>;
}

export type SettingsOfFeature<D> = D extends DefinedFeature<string, infer S, unknown> ? S : never;
export type TextsOfFeature<D> = D extends DefinedFeature<string, unknown, infer T> ? T : never;
