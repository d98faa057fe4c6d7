/**
 * The companion: the single state tree, the commands the UI may run and the events it hears.
 * It composes the parts (settings, secrets, connection, call sync, popups) and owns no I/O of its
 * own: everything outside comes in through `CompanionOptions` (see ports.ts), which is what lets
 * the same core run in Electron's main process, in the preview host and in tests.
 */
import type {
  CommandName,
  CommandResults,
  CompanionEvents,
  CompanionState,
  EventName,
  Notice,
  Unsubscribe,
} from '../shared/contract';
import { createCallsFeature } from './calls/calls-feature';
import type { PopupController } from './calls/popup-controller';
import type { CommandOrigin, CommandRunner } from './commands/dispatch';
import type { Handler, HandlerMap } from './commands/handler-types';
import { createCoreHandlers } from './commands/handlers';
import { ConnectionController, type DemoLauncher } from './connection/connection-controller';
import { createDialFeature, type DialFeature } from './dial/dial-feature';
import type { LaunchOutcome, LaunchRequest } from './dial/launch-request';
import type { DesktopPorts } from './hotkeys/shortcut-port';
import { silentLogger } from './log';
import { numberContextOf } from './phone/number-context';
import { PhonebookIndex } from './phonebook/phonebook-index';
import type {
  Clock,
  FetchLike,
  IdleSource,
  Logger,
  Notifier,
  SecretStore,
  SettingsFile,
  TlsTrust,
  WindowManager,
} from './ports';
import { systemClock } from './ports';
import { createQueuesFeature, type PowerEvent } from './queues/queues-feature';
import type { FeatureDeps } from './session/feature-deps';
import type { SessionFeature } from './session/session-feature';
import { SettingsService } from './settings/settings-service';
import { Emitter } from './state/emitter';
import { initialState, resolveLanguage, settingsView } from './state/initial-state';
import { StateStore } from './state/state-store';
import { SleepDetector } from './sync/sleep-detector';
import { createVoicemailFeature } from './voicemail/voicemail-feature';

export type { DemoLauncher };

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
  app: { version: string; platform: string; preview: boolean; systemLocale: string };
  /** The poll loops' backoff jitter; default Math.random. Tests inject a seeded one. */
  random?: () => number;
}

export class Companion implements CommandRunner {
  readonly commandLog: Logger;
  readonly #emitter: Emitter<CompanionEvents>;
  readonly #store: StateStore;
  readonly #settings: SettingsService;
  readonly #connection: ConnectionController;
  readonly #popups: PopupController;
  readonly #options: CompanionOptions;
  readonly #sleepDetector: SleepDetector;
  readonly #handlers: HandlerMap;
  readonly #dial: DialFeature;
  /** Features that follow screen lock and sleep (the queues' auto pause). */
  readonly #powerListeners: ((event: PowerEvent) => void)[] = [];
  #noticeCounter = 0;

  private constructor(
    options: CompanionOptions,
    settings: SettingsService,
    secrets: SecretStore,
    log: Logger,
  ) {
    this.#options = options;
    this.commandLog = log.child('commands');
    this.#emitter = new Emitter((error) =>
      log.log('error', 'event listener failed', { error: String(error) }),
    );
    this.#settings = settings;
    this.#store = new StateStore(initialState(options, settings.current), (state) =>
      this.#emitter.emit('state', state),
    );
    const clock = options.clock ?? systemClock;
    const deps: FeatureDeps = {
      store: this.#store,
      clock,
      log,
      settings,
      windows: options.windows,
      notifier: options.notifier ?? null,
      notice: (notice) => this.notice(notice),
      emit: (event, payload) => this.#emitter.emit(event, payload),
      phonebook: new PhonebookIndex(numberContextOf(settings.current)),
      numberContext: () => numberContextOf(settings.current),
      run: (name, input, origin) =>
        this.runCommand(name, input, origin) as Promise<CommandResults[typeof name]>,
    };
    // Each feature: created here, its session part started while online, its handlers below.
    const calls = createCallsFeature(deps);
    const features = {
      calls,
      dial: createDialFeature(deps, {
        desktop: options.desktop ?? null,
        platform: options.app.platform,
        // A dial or a call control changes the calls: show it now, not at the next poll.
        refreshCalls: () => calls.refresh(),
      }),
      voicemail: createVoicemailFeature(deps),
      queues: createQueuesFeature(deps, {
        idle: options.idle ?? null,
        onState: (listener) => this.#emitter.on('state', listener),
      }),
    } as const;
    this.#popups = features.calls.popups;
    this.#dial = features.dial;
    this.#powerListeners.push((event) => features.queues.power(event));
    this.#connection = new ConnectionController({
      fetch: options.fetch,
      clock,
      log: log.child('connection'),
      store: this.#store,
      settings,
      secrets,
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.demo ? { demo: options.demo } : {}),
      ...(options.random ? { random: options.random } : {}),
      features: [...Object.values<{ session: SessionFeature }>(features).map((feature) => feature.session)],
      notice: (notice) => this.notice(notice),
    });
    this.#handlers = {
      ...features.calls.handlers,
      ...features.dial.handlers,
      ...features.voicemail.handlers,
      ...features.queues.handlers,
      ...createCoreHandlers({
        state: () => this.#store.current,
        connection: this.#connection,
        popups: this.#popups,
        windows: this.#options.windows,
        updateSettings: (patch) => {
          const next = this.#settings.update((draft) => ({
            ...draft,
            ...(patch.language ? { language: patch.language } : {}),
            ...(patch.theme ? { theme: patch.theme } : {}),
            polling: { presenceIntervalMs: patch.presencePollIntervalMs ?? draft.polling.presenceIntervalMs },
          }));
          this.#store.update((state) => ({
            ...state,
            settings: settingsView(next),
            app: { ...state.app, language: resolveLanguage(next.language, this.#options.app.systemLocale) },
          }));
          return this.#store.current.settings;
        },
        allowWeakEncryption: async (allow) => {
          this.#settings.update((draft) => ({
            ...draft,
            secrets: { ...draft.secrets, allowBasicText: allow },
          }));
          const factory = this.#options.secrets;
          // A fixed store (tests, preview) has no weaker backend to switch to.
          if (typeof factory === 'function')
            await this.#connection.replaceSecretStore(await factory(this.#settings));
          return this.#store.current.secret;
        },
        dismissNotice: (id) =>
          this.#store.update((state) => ({
            ...state,
            notices: state.notices.filter((notice) => notice.id !== id),
          })),
      }),
    };
    this.#sleepDetector = new SleepDetector({
      clock,
      onWake: (sleptMs) => {
        log.log('info', 'woke up without a resume event; polling at once', { sleptMs });
        this.#connection.power('resume');
      },
    });
  }

  static async create(options: CompanionOptions): Promise<Companion> {
    const log = options.log ?? silentLogger;
    const clock = options.clock ?? systemClock;
    const loaded = SettingsService.load(options.settingsFile, clock, log.child('settings'));
    const secrets =
      typeof options.secrets === 'function' ? await options.secrets(loaded.service) : options.secrets;
    const companion = new Companion(options, loaded.service, secrets, log);
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

  /** Connect with what settings and the secret store hold, if anything. */
  async start(): Promise<void> {
    this.#sleepDetector.start();
    await this.#connection.resume();
  }

  async dispose(): Promise<void> {
    this.#sleepDetector.stop();
    this.#dial.dispose();
    await this.#connection.shutdown();
  }

  /**
   * A start of the app from outside (`--dial`, a tel:/callto:/sip: link, `--toggle-pause`), handed
   * over by the single-instance lock; null brings up the panel.
   */
  handleLaunchRequest(request: LaunchRequest | null): Promise<LaunchOutcome> {
    return this.#dial.handleLaunchRequest(request);
  }

  power(event: PowerEvent): void {
    this.#connection.power(event);
    for (const listener of this.#powerListeners) listener(event);
  }

  runCommand(name: CommandName, input: unknown, origin: CommandOrigin): Promise<unknown> {
    const handler = this.#handlers[name] as Handler<CommandName>;
    return Promise.resolve(handler(input as never, origin));
  }

  notice(notice: Omit<Notice, 'id'>): void {
    this.#noticeCounter += 1;
    const full: Notice = { id: `n${this.#noticeCounter}`, ...notice };
    // Keep the last few: notices are for the user to read, not a log.
    this.#store.update((state) => ({ ...state, notices: [...state.notices, full].slice(-5) }));
    this.#emitter.emit('notice', full);
  }
}
