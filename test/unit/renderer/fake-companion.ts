/**
 * A stand-in for `window.companion`, as the preload or the preview host would expose it: records
 * every command, answers with scripted results, and pushes states to the page like the core does.
 */
import { emptyCallsState } from '../../../electron/core/calls/calls-state';
import { emptyQueuesView } from '../../../electron/core/queues/queue-view';
import type {
  CallView,
  CommandInput,
  CommandName,
  CommandResult,
  CompanionApi,
  CompanionEvents,
  CompanionState,
  EventName,
  Unsubscribe,
} from '../../../electron/shared/contract';
import { initialDialView } from '../../../electron/shared/features/dial';

export interface Invocation {
  name: CommandName;
  input: unknown;
}

type Responder = (input: unknown) => CommandResult<CommandName> | Promise<CommandResult<CommandName>>;
type Listener = (payload: CompanionEvents[EventName]) => void;

export class FakeCompanion implements CompanionApi {
  readonly invocations: Invocation[] = [];
  private readonly listeners = new Map<EventName, Set<Listener>>();
  private readonly responders = new Map<CommandName, Responder>();

  constructor(public state: CompanionState) {}

  async invoke<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandResult<K>> {
    this.invocations.push({ name, input });
    if (name === 'app/get-state') return { ok: true, value: this.state } as CommandResult<K>;
    const responder = this.responders.get(name);
    const result = responder ? await responder(input) : { ok: true as const, value: null };
    return result as CommandResult<K>;
  }

  on<E extends EventName>(event: E, listener: (payload: CompanionEvents[E]) => void): Unsubscribe {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    this.listeners.set(event, set);
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  /** Scripts the answer to one command (default: `{ ok: true, value: null }`). */
  respond<K extends CommandName>(
    name: K,
    responder: (input: CommandInput<K>) => CommandResult<K> | Promise<CommandResult<K>>,
  ): void {
    this.responders.set(name, responder as Responder);
  }

  /** Pushes a new state tree, as the core does after every change. */
  push(state: CompanionState): void {
    this.state = state;
    for (const listener of this.listeners.get('state') ?? []) listener(state);
  }

  /** Inputs of every call to `name`, in order. */
  sent(name: CommandName): unknown[] {
    return this.invocations
      .filter((invocation) => invocation.name === name)
      .map((invocation) => invocation.input);
  }

  listenerCount(event: EventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}

type HostWindow = typeof globalThis & { companion?: CompanionApi };

export function installCompanion(state: CompanionState = makeState()): FakeCompanion {
  const fake = new FakeCompanion(state);
  (globalThis as HostWindow).companion = fake;
  return fake;
}

export function removeCompanion(): void {
  delete (globalThis as HostWindow).companion;
}

export function makeState(overrides: Partial<CompanionState> = {}): CompanionState {
  return {
    app: { version: '0.1.0', platform: 'linux', preview: true, language: 'en' },
    connection: {
      status: 'online',
      serverAddress: 'https://pbx.example.com/acme',
      demo: false,
      sinceMs: Date.now(),
      nextRetryAtMs: null,
      failure: null,
      certificate: null,
    },
    agent: { username: 'anna', displayName: 'Anna Schmidt', extension: '201', mailbox: '201' },
    presence: 'Idle',
    calls: [],
    popups: [],
    settings: {
      language: 'system',
      theme: 'system',
      serverAddress: 'https://pbx.example.com/acme',
      authKind: 'password',
      apiUser: 'api',
      username: 'anna',
      presencePollIntervalMs: 1000,
    },
    secret: { stored: true, store: 'keychain', storeReason: null },
    notices: [],
    dial: initialDialView(),
    ...emptyCallsState(),
    queues: emptyQueuesView(),
    voicemail: {
      status: 'ready',
      mailbox: '201',
      unread: 0,
      total: 0,
      revision: 0,
      pendingDeletes: [],
      forwardSupported: true,
      watchIntervalMs: 30_000,
      checkedAtMs: null,
      failure: null,
      reveal: null,
    },
    ...overrides,
  };
}

/** A state before onboarding: nothing configured, nothing stored. */
export function makeSetupState(): CompanionState {
  const base = makeState();
  return {
    ...base,
    connection: { ...base.connection, status: 'setup', serverAddress: null },
    agent: null,
    settings: { ...base.settings, serverAddress: null, apiUser: null, username: null },
    secret: { stored: false, store: 'none', storeReason: null },
  };
}

export function makeCall(overrides: Partial<CallView> = {}): CallView {
  const remoteNumber = overrides.remoteNumber ?? '+49891234567';
  return {
    id: '4711',
    phonecallId: 4711,
    direction: 'inbound',
    phase: 'ringing',
    remoteNumber: '+49891234567',
    remoteName: 'Max Mustermann',
    remoteInternal: false,
    queueName: null,
    startedAtMs: Date.now(),
    answeredAtMs: null,
    route: 'direct',
    // The core formats numbers for reading; a fake shows them as given unless a test says otherwise.
    remoteDisplayNumber: remoteNumber,
    remoteE164: remoteNumber.startsWith('+') ? remoteNumber : null,
    contacts: [],
    previousCalls: null,
    ...overrides,
  };
}
