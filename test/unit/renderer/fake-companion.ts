/**
 * A stand-in for `window.companion`, as the preload or the preview host would expose it: records
 * every command, answers with scripted results, and pushes states to the page like the core does.
 */
import { coreFeatures } from '../../../electron/core/feature-list';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { initialCompanionState } from '../../../electron/core/state/initial-state';
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

/** Per slice, the fields a test sets (the rest come from the base state). */
export type StateOverrides = { [K in keyof CompanionState]?: Partial<CompanionState[K]> };

/** The state tree at start (from the core's own feature list, default settings), online as Anna. */
export function baseState(): CompanionState {
  const start = {
    app: { version: '0.1.0', platform: 'linux', preview: true, systemLocale: 'en-GB' },
    appSettings: defaultSettings(),
    nowMs: Date.now(),
  };
  const state = initialCompanionState(coreFeatures, defaultSettings(), start);
  return {
    ...state,
    app: { ...state.app, language: 'en' },
    connection: {
      ...state.connection,
      status: 'online',
      serverAddress: 'https://pbx.example.com/acme',
      agent: { username: 'anna', displayName: 'Anna Schmidt', extension: '201', mailbox: '201' },
      secret: { stored: true, store: 'keychain', storeReason: null },
      settings: {
        serverAddress: 'https://pbx.example.com/acme',
        authKind: 'password',
        apiUser: 'api',
        username: 'anna',
        plainHttpAllowed: [],
      },
    },
    calls: { ...state.calls, presence: 'Idle' },
    voicemail: { ...state.voicemail, status: 'ready', mailbox: '201' },
  };
}

/** `base` with each slice's fields from `overrides` set (a list or a value replaces the whole). */
export function withState(base: CompanionState, overrides: StateOverrides): CompanionState {
  const next: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = next[key];
    const isRecord = (item: unknown) => typeof item === 'object' && item !== null && !Array.isArray(item);
    next[key] =
      isRecord(current) && isRecord(value) ? { ...(current as object), ...(value as object) } : value;
  }
  return next as unknown as CompanionState;
}

export function makeState(overrides: StateOverrides = {}): CompanionState {
  return withState(baseState(), overrides);
}

/** A state before onboarding: nothing configured, nothing stored. */
export function makeSetupState(): CompanionState {
  return makeState({
    connection: {
      status: 'setup',
      serverAddress: null,
      agent: null,
      settings: {
        serverAddress: null,
        authKind: 'password',
        apiUser: null,
        username: null,
        plainHttpAllowed: [],
      },
      secret: { stored: false, store: 'none', storeReason: null },
    },
  });
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
