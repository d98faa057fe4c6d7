/**
 * The companion: the single state tree, the commands the UI may run and the events it hears. It
 * composes the app's own part (core/app) and the features of feature-list.ts, and owns no I/O of
 * its own: everything outside comes in through `CompanionOptions` (see ports.ts), which is what
 * lets the same core run in Electron's main process, in the preview host and in tests.
 */
import type { AccessTable } from '../shared/command-access';
import type {
  CallView,
  CommandName,
  CommandResults,
  CompanionEvents,
  CompanionState,
  EventName,
  Notice,
  Unsubscribe,
} from '../shared/contract';
import { commandAccess, commandInputs } from '../shared/contract';
import type { CommandSchemas, FeatureContract } from '../shared/feature-contract';
import { missedCallsPopupId } from '../shared/features/calls';
import { createAppHandlers } from './app/app-handlers';
import { resolveLanguage, settingsView } from './app/app-state';
import { prepareQuit, type QuitPreparation } from './app/before-quit';
import type { CommandOrigin, CommandRunner } from './commands/dispatch';
import type { AnyHandler, HandlerMap } from './commands/handler-types';
import type { DesktopBasicsPorts } from './desktop/ports';
import type { AnyFeature, AppStart, FeatureDeps, SessionPart } from './feature';
import { coreFeatures } from './feature-list';
import { silentLogger } from './log';
import { numberContextOf } from './phone/number-context';
import { PhonebookIndex } from './phonebook/phonebook-index';
import type {
  Clock,
  DemoLauncher,
  DesktopPorts,
  FetchLike,
  HostPorts,
  IdleSource,
  LaunchOutcome,
  LaunchRequest,
  Logger,
  Notifier,
  PowerEvent,
  QuitTrigger,
  SecretStore,
  SettingsFile,
  TlsTrust,
  WindowManager,
} from './ports';
import { systemClock } from './ports';
import { settingsPartsOf } from './settings/schema';
import { settingsModelOf } from './settings/settings-model';
import { SettingsService } from './settings/settings-service';
import { Emitter } from './state/emitter';
import { initialCompanionState } from './state/initial-state';
import { changedFields, sliceOf } from './state/slice';
import { StateStore } from './state/state-store';
import { LineStateShare } from './sync/line-state-share';
import { textCatalogueOf } from './texts/catalogue';

export interface CompanionOptions {
  fetch: FetchLike;
  clock?: Clock;
  log?: Logger;
  settingsFile: SettingsFile;
  /**
   * The secret store, or a factory that chooses one once the settings are loaded (Electron's
   * safeStorage keeps its ciphertexts in the settings document, so it needs the same service).
   */
  secrets: SecretStore | ((settings: SettingsService) => Promise<SecretStore>);
  windows: WindowManager;
  notifier?: Notifier;
  tls?: TlsTrust;
  /** The system idle time (Electron's powerMonitor), for the queues' auto pause when idle. */
  idle?: IdleSource;
  demo?: DemoLauncher;
  /** Global shortcuts and the selection (Electron); absent in the preview and most tests. */
  desktop?: DesktopPorts;
  /** Autostart, updates and the support log (Electron's main); absent in the preview and most tests. */
  basics?: DesktopBasicsPorts;
  app: { version: string; platform: string; preview: boolean; systemLocale: string };
  /**
   * The features and the command table to compose: the app's (feature-list.ts and the contract)
   * unless a test composes a list with a feature of its own.
   */
  features?: readonly AnyFeature[];
  commandInputs?: CommandSchemas;
  /** Which windows may run each command, composed like `commandInputs` (contract.ts). */
  commandAccess?: AccessTable;
  /** The poll loops' backoff jitter; default Math.random. Tests inject a seeded one. */
  random?: () => number;
}

type Parts = ReturnType<AnyFeature['create']>;

export class Companion implements CommandRunner {
  readonly commandLog: Logger;
  readonly commandInputs: CommandSchemas;
  readonly commandAccess: AccessTable;
  readonly #emitter: Emitter<CompanionEvents>;
  readonly #store: StateStore;
  readonly #settings: SettingsService;
  readonly #options: CompanionOptions;
  readonly #parts = new Map<string, Parts>();
  readonly #handlers: Record<string, AnyHandler> = {};
  readonly #clock: Clock;
  readonly #log: Logger;
  #noticeCounter = 0;

  private constructor(
    options: CompanionOptions,
    settings: SettingsService,
    secrets: SecretStore,
    log: Logger,
    features: readonly AnyFeature[],
  ) {
    this.#options = options;
    this.commandInputs = options.commandInputs ?? commandInputs;
    this.commandAccess = options.commandAccess ?? commandAccess;
    this.commandLog = log.child('commands');
    this.#log = log;
    this.#emitter = new Emitter((error) =>
      log.log('error', 'event listener failed', { error: String(error) }),
    );
    this.#settings = settings;
    const clock = options.clock ?? systemClock;
    this.#clock = clock;
    const start: AppStart = { app: options.app, appSettings: settings.app.current, nowMs: clock.now() };
    const sectionOf = (name: string) => (settings.current as unknown as Record<string, unknown>)[name];
    this.#store = new StateStore(initialCompanionState(features, settings.current, start), (state) =>
      this.#emitter.emit('state', state),
    );
    const phonebook = new PhonebookIndex(numberContextOf(settings.app.current.phone));
    const lineStates = new LineStateShare();
    const host: HostPorts = {
      platform: options.app.platform,
      fetch: options.fetch,
      tls: options.tls ?? null,
      demo: options.demo ?? null,
      idle: options.idle ?? null,
      desktop: options.desktop ?? null,
      basics: options.basics ?? null,
      random: options.random ?? null,
      secrets: {
        store: secrets,
        choose: typeof options.secrets === 'function' ? () => this.#chooseSecretStore() : null,
      },
    };
    const sessions: SessionPart[] = [];
    for (const feature of features) {
      const deps: FeatureDeps<FeatureContract, unknown, unknown> = {
        slice: sliceOf<object>(this.#store, feature.name),
        settings: settings.section<object>(feature.name),
        app: settings.app,
        texts: () => textCatalogueOf([feature], this.#store.current.app.language)[feature.name],
        state: () => this.#store.current,
        onState: (listener) => this.#emitter.on('state', listener),
        clock,
        log,
        windows: options.windows,
        notifier: options.notifier ?? null,
        notice: (notice) => this.notice(notice),
        emit: (event, payload) => this.#emitter.emit(event, payload),
        run: (name, input, origin) =>
          this.runCommand(name, input, origin) as Promise<CommandResults[typeof name]>,
        phonebook,
        numberContext: () => numberContextOf(settings.app.current.phone),
        lineStates,
        host,
        sessions: () => sessions,
        refresh: (name) => this.#parts.get(name)?.refresh?.(),
      };
      const parts = feature.create(deps);
      this.#parts.set(feature.name, parts);
      if (parts.session) sessions.push(parts.session);
      Object.assign(this.#handlers, parts.handlers);
    }
    Object.assign(
      this.#handlers,
      createAppHandlers({
        state: () => this.#store.current,
        windows: options.windows,
        updateSettings: (patch) => {
          settings.app.update({
            ...(patch.language ? { language: patch.language } : {}),
            ...(patch.theme ? { theme: patch.theme } : {}),
            ...(patch.presencePollIntervalMs
              ? { polling: { presenceIntervalMs: patch.presencePollIntervalMs } }
              : {}),
          });
          return this.#store.current.settings;
        },
        dismissNotice: (id) =>
          this.#store.update((state) => ({
            ...state,
            notices: state.notices.filter((notice) => notice.id !== id),
          })),
      }) as HandlerMap,
    );
    // The settings views in the tree follow the settings document, whoever changed it.
    settings.onChange(() => {
      const app = settings.app.current;
      this.#store.update((state) => {
        const language = resolveLanguage(app.language, options.app.systemLocale);
        const fields = changedFields(state, { settings: settingsView(app), app: { ...state.app, language } });
        return fields === null ? state : { ...state, ...fields };
      });
      for (const feature of features) {
        const view = feature.settingsView?.(sectionOf(feature.name), app);
        if (view !== undefined)
          sliceOf<{ settings: unknown }>(this.#store, feature.name).update({ settings: view });
      }
    });
  }

  static async create(options: CompanionOptions): Promise<Companion> {
    const log = options.log ?? silentLogger;
    const clock = options.clock ?? systemClock;
    const features = options.features ?? coreFeatures;
    const model = options.features ? settingsModelOf(settingsPartsOf(features)) : undefined;
    const loaded = SettingsService.load(options.settingsFile, clock, log.child('settings'), model as never);
    const secrets =
      typeof options.secrets === 'function' ? await options.secrets(loaded.service) : options.secrets;
    const companion = new Companion(options, loaded.service, secrets, log, features);
    if (loaded.unusable) {
      companion.notice(
        loaded.setAsideAs === null
          ? { level: 'warning', key: 'notice.settingsUnusable' }
          : { level: 'warning', key: 'notice.settingsReset', params: { file: loaded.setAsideAs } },
      );
    }
    return companion;
  }

  get state(): CompanionState {
    return this.#store.current;
  }

  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe {
    return this.#emitter.on(event, listener);
  }

  /** Every feature's start (the connection reconnects with what settings and the secret store hold). */
  async start(): Promise<void> {
    for (const parts of this.#parts.values()) await parts.start?.();
  }

  /**
   * Before `dispose`, while still connected: the features' last requests (a quit automation), at
   * most QUIT_BUDGET_MS together; the log says whether they finished or the app quit anyway.
   */
  prepareQuit(trigger: QuitTrigger): Promise<QuitPreparation> {
    const participants = [...this.#parts.entries()].flatMap(([name, parts]) =>
      parts.beforeQuit ? [{ name, beforeQuit: parts.beforeQuit }] : [],
    );
    return prepareQuit(participants, trigger, this.#clock, this.#log.child('quit'));
  }

  /** Every feature's end, the last listed first (the connection stops the sessions last). */
  async dispose(): Promise<void> {
    for (const parts of [...this.#parts.values()].reverse()) await parts.dispose?.();
  }

  /**
   * A start of the app from outside (`--dial`, a tel:/callto:/sip: link, `--toggle-pause`), handed
   * over by the single-instance lock; null brings up the panel.
   */
  handleLaunchRequest(request: LaunchRequest | null): Promise<LaunchOutcome> {
    if (request === null) {
      this.#options.windows.showPanel();
      return Promise.resolve({ kind: 'shown' });
    }
    for (const parts of this.#parts.values()) {
      const outcome = parts.launch?.(request);
      if (outcome) return outcome;
    }
    return Promise.resolve({ kind: 'refused', reason: 'unsupported' });
  }

  power(event: PowerEvent): void {
    for (const parts of this.#parts.values()) parts.power?.(event);
  }

  /** The host's panel window was shown (true) or hidden (false). */
  panelVisibility(shown: boolean): void {
    for (const parts of this.#parts.values()) parts.panel?.(shown);
  }

  runCommand(name: CommandName, input: unknown, origin: CommandOrigin): Promise<unknown> {
    const handler = this.#handlers[name] as (input: unknown, origin: CommandOrigin) => unknown;
    return Promise.resolve(handler(input, origin));
  }

  /** What a popup shows: its own call, or for the missed-calls summary every call it lists. */
  popupCalls(popupId: string): readonly CallView[] {
    const { calls } = this.#store.current;
    if (popupId === missedCallsPopupId) return calls.missedCallCards.map((card) => card.call);
    const call =
      calls.live.find((live) => live.id === popupId) ??
      calls.missedCallCards.find((card) => card.call.id === popupId)?.call;
    return call ? [call] : [];
  }

  notice(notice: Omit<Notice, 'id'>): void {
    this.#noticeCounter += 1;
    const full: Notice = { id: `n${this.#noticeCounter}`, ...notice };
    // Keep the last few: notices are for the user to read, not a log.
    this.#store.update((state) => ({ ...state, notices: [...state.notices, full].slice(-5) }));
    this.#emitter.emit('notice', full);
  }

  #chooseSecretStore(): Promise<SecretStore> {
    const factory = this.#options.secrets;
    if (typeof factory !== 'function') throw new Error('a fixed secret store has no other to choose');
    return factory(this.#settings);
  }
}
