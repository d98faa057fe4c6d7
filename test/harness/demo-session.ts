/**
 * The one way integration tests get a companion and a demo PBX: started per test, connected as
 * the settings window would, cleaned up after each test. Call `useDemoSession(password)` at the
 * top of a test file (with the file's own defaults, if it has any); `start()` in a test.
 *
 * By default the PBX runs on the companion's fake clock and no simulated colleague answers an
 * internal call; the start waits for the phonebook's first load.
 */
import { afterEach } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { type DemoPbx, type DemoPbxOptions, startDemoPbx } from '../../electron/demo-pbx/index';
import type {
  CommandInput,
  CommandName,
  CommandResult,
  CompanionState,
  WindowKind,
} from '../../electron/shared/contract';
import { originFor } from './command-origin';
import { type CompanionFixture, createCompanionFixture } from './companion-fixture';

export interface DemoSessionOptions {
  /** What the companion is built with besides the defaults (settings file, secrets, fetch, ...). */
  fixture?: Parameters<typeof createCompanionFixture>[0];
  pbx?: Omit<DemoPbxOptions, 'apiPassword' | 'now'>;
  /** `real`: the PBX keeps real time (its own answering and timing, e.g. for device actions). */
  pbxClock?: 'companion' | 'real';
  /** Connect at start (default), or leave that to the test. */
  connect?: boolean;
  /** After connecting: the phonebook's first load (default), the default device, or nothing. */
  waitFor?: 'phonebook' | 'device' | 'nothing';
  /** The window `run()` sends from unless told (default: the window the UI sends the command from). */
  window?: WindowKind;
}

export interface DemoSession {
  start(options?: DemoSessionOptions): Promise<{ pbx: DemoPbx; fixture: CompanionFixture }>;
  readonly pbx: DemoPbx;
  readonly fixture: CompanionFixture;
  state(): CompanionState;
  /** Runs a command as `window` would send it (schema check included). */
  run<K extends CommandName>(name: K, input: CommandInput<K>, window?: WindowKind): Promise<CommandResult<K>>;
  /** `connection/connect` from the settings window, with the session's password unless given. */
  connect(target?: {
    apiPassword?: string;
    username?: string;
    serverAddress?: string;
  }): Promise<CommandResult<'connection/connect'>>;
  /** Connects as `start()` does (the check, the wait, the mark), for a session started without. */
  connectAndWait(): Promise<void>;
  /** The PBX goes down (its address stays free for `restartPbx`). */
  stopPbx(): Promise<void>;
  /** The PBX comes back (goes down first, if it runs) on the same address, with `options` (a new password). */
  restartPbx(options?: Omit<DemoPbxOptions, 'port' | 'now'>): Promise<DemoPbx>;
  /** Forget what the PBX received so far: the next calls see only what follows. */
  mark(): void;
  /** Device actions the PBX received since the start (or since `mark()`). */
  actions(): ReturnType<DemoPbx['sim']['deviceActions']>;
  /** REST requests the PBX received since `mark()`. */
  requestsSinceMark(): DemoPbx['requests'];
  /** Requests since `mark()` that act (POST), or ask about dialing (`/extension`): other features poll. */
  dialRequestsSinceMark(): DemoPbx['requests'];
}

export function useDemoSession(password: string, defaults: DemoSessionOptions = {}): DemoSession {
  let pbx: DemoPbx | null = null;
  let pbxRunning = false;
  let fixture: CompanionFixture | null = null;
  let pbxOptions: DemoPbxOptions = { apiPassword: password };
  let window: WindowKind | undefined;
  let waitFor: NonNullable<DemoSessionOptions['waitFor']> = 'phonebook';
  let actionMark = 0;
  let requestMark = 0;
  afterEach(async () => {
    await fixture?.companion.dispose();
    if (pbxRunning) await pbx?.close();
    pbx = null;
    pbxRunning = false;
    fixture = null;
  });
  const currentFixture = (): CompanionFixture => {
    if (!fixture) throw new Error('start() the demo session first');
    return fixture;
  };
  const currentPbx = (): DemoPbx => {
    if (!pbx) throw new Error('start() the demo session first');
    return pbx;
  };

  const session: DemoSession = {
    async start(overrides = {}) {
      // A test's own companion and PBX options add to the file's defaults.
      const options = {
        ...defaults,
        ...overrides,
        fixture: { ...defaults.fixture, ...overrides.fixture },
        pbx: { ...defaults.pbx, ...overrides.pbx },
      };
      window = options.window;
      waitFor = options.waitFor ?? 'phonebook';
      const started = await createCompanionFixture(options.fixture);
      fixture = started;
      pbxOptions =
        options.pbxClock === 'real'
          ? { ...options.pbx, apiPassword: password }
          : {
              internalAnswerDelayMs: 3_600_000,
              ...options.pbx,
              apiPassword: password,
              now: () => started.clock.now(),
            };
      pbx = await startDemoPbx(pbxOptions);
      pbxRunning = true;
      actionMark = 0;
      requestMark = 0;
      if (options.connect !== false) await session.connectAndWait();
      return { pbx, fixture: started };
    },
    async connectAndWait() {
      const result = await session.connect();
      if (!result.ok) throw new Error(`demo session did not connect: ${result.error.kind}`);
      const { companion, until } = currentFixture();
      if (waitFor === 'phonebook') await until(() => companion.state.calls.phonebook.status === 'ready');
      // The device tracker asks for the default device when the session starts.
      if (waitFor === 'device') await until(() => companion.state.dial.deviceKnown);
      session.mark();
    },
    get pbx() {
      return currentPbx();
    },
    get fixture() {
      return currentFixture();
    },
    state: () => currentFixture().companion.state,
    run: (name, input, from = window) =>
      dispatchCommand(currentFixture().companion, name, input, originFor(name, input, from)) as Promise<
        CommandResult<typeof name>
      >,
    connect: (target = {}) =>
      currentFixture().connect({
        serverAddress: target.serverAddress ?? currentPbx().baseUrl,
        apiPassword: target.apiPassword ?? password,
        ...(target.username ? { username: target.username } : {}),
      }),
    async stopPbx() {
      if (pbxRunning) await currentPbx().close();
      pbxRunning = false;
    },
    async restartPbx(options = {}) {
      const port = Number(new URL(currentPbx().origin).port);
      await session.stopPbx();
      pbx = await startDemoPbx({ ...pbxOptions, ...options, port });
      pbxRunning = true;
      return pbx;
    },
    mark() {
      actionMark = currentPbx().sim.deviceActions().length;
      requestMark = currentPbx().requests.length;
    },
    actions: () => currentPbx().sim.deviceActions().slice(actionMark),
    requestsSinceMark: () => currentPbx().requests.slice(requestMark),
    dialRequestsSinceMark: () =>
      currentPbx()
        .requests.slice(requestMark)
        .filter((request) => request.method !== 'GET' || request.path.includes('/extension')),
  };
  return session;
}

/** A command's value; a failed command fails the test with its error. */
export function value<K extends CommandName>(result: CommandResult<K>) {
  if (!result.ok) throw new Error(`command failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
