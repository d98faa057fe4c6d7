/**
 * A real Companion for integration tests: fake clock for its timers, real HTTP to a demo PBX,
 * in-memory settings and secrets unless given, a recording window manager, and every log line
 * and pushed state kept for inspection (secret scans). The backoff jitter draws from a seeded
 * source and fake time moves only once the HTTP exchanges under way have finished, so the same
 * test makes the same requests at the same fake times on every run.
 */

import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { Companion, type CompanionOptions } from '../../electron/core/companion';
import { createLogger } from '../../electron/core/log';
import type { SettingsFile, WindowManager } from '../../electron/core/ports';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import type { CommandResult, CompanionState } from '../../electron/shared/contract';
import { FakeClock } from './fake-clock';

export class RecordingWindows implements WindowManager {
  readonly events: string[] = [];
  readonly open = new Set<string>();
  openPopup(callId: string): void {
    this.open.add(callId);
    this.events.push(`open:${callId}`);
  }
  closePopup(callId: string): void {
    this.open.delete(callId);
    this.events.push(`close:${callId}`);
  }
  /** `panel` when it takes the focus, `panel:inactive` when it must not (requests from outside). */
  showPanel(how: 'focus' | 'inactive' = 'focus'): void {
    this.events.push(how === 'inactive' ? 'panel:inactive' : 'panel');
  }
  openSettings(): void {
    this.events.push('settings');
  }
  /** Links are recorded, never opened. */
  readonly externalUrls: string[] = [];
  openExternal(url: string): boolean {
    this.externalUrls.push(url);
    return true;
  }
}

export interface CompanionFixture {
  companion: Companion;
  clock: FakeClock;
  windows: RecordingWindows;
  settingsFile: SettingsFile;
  secrets: CompanionOptions['secrets'];
  logLines: string[];
  states: CompanionState[];
  /** Let `ms` of fake time pass in steps, giving real HTTP exchanges time to complete. */
  pump(ms: number, stepMs?: number): Promise<void>;
  /** Pump until `predicate` holds (or fail after `maxMs` of fake time). */
  until(predicate: () => boolean, maxMs?: number): Promise<number>;
  /** Runs `connection/connect` as the settings window would, with API user `api` by default. */
  connect(target: {
    serverAddress: string;
    apiPassword: string;
    username?: string;
    apiUser?: string;
  }): Promise<CommandResult<'connection/connect'>>;
}

export async function createCompanionFixture(
  overrides: Partial<
    Pick<
      CompanionOptions,
      | 'fetch'
      | 'tls'
      | 'demo'
      | 'notifier'
      | 'desktop'
      | 'basics'
      | 'features'
      | 'commandInputs'
      | 'commandAccess'
      | 'random'
    >
  > & {
    settingsFile?: SettingsFile;
    secrets?: CompanionOptions['secrets'];
    /** The app as the host describes it (default: Electron on Linux). */
    app?: Partial<CompanionOptions['app']>;
  } = {},
): Promise<CompanionFixture> {
  const clock = new FakeClock();
  const windows = new RecordingWindows();
  const logLines: string[] = [];
  const states: CompanionState[] = [];
  const settingsFile = overrides.settingsFile ?? new MemorySettingsFile();
  const secrets = overrides.secrets ?? new MemorySecretStore(null);
  const baseFetch: CompanionOptions['fetch'] = overrides.fetch ?? ((url, init) => fetch(url, init));
  let inFlight = 0;
  const companion = await Companion.create({
    fetch: async (url, init) => {
      inFlight += 1;
      try {
        return await baseFetch(url, init);
      } finally {
        inFlight -= 1;
      }
    },
    random: overrides.random ?? seededRandom(17),
    clock,
    log: createLogger({ sink: (line) => logLines.push(line), level: 'debug', now: () => clock.now() }),
    settingsFile,
    secrets,
    windows,
    ...(overrides.tls ? { tls: overrides.tls } : {}),
    ...(overrides.demo ? { demo: overrides.demo } : {}),
    ...(overrides.notifier ? { notifier: overrides.notifier } : {}),
    ...(overrides.desktop ? { desktop: overrides.desktop } : {}),
    ...(overrides.basics ? { basics: overrides.basics } : {}),
    ...(overrides.features ? { features: overrides.features } : {}),
    ...(overrides.commandInputs ? { commandInputs: overrides.commandInputs } : {}),
    ...(overrides.commandAccess ? { commandAccess: overrides.commandAccess } : {}),
    app: { version: 'test', platform: 'linux', preview: false, systemLocale: 'de-DE', ...overrides.app },
  });
  companion.on('state', (state) => states.push(state));

  /**
   * Real time for the exchanges under way, then whatever they made due at once (a loop told to
   * poll now) in the same fake instant, as a real clock would run it: a request storm shows as
   * many requests at one fake time instead of one per step. Bounded, so a storm cannot hang a test.
   */
  async function settle(): Promise<void> {
    await realPause(() => inFlight);
    for (let round = 0; round < MAX_SAME_INSTANT_ROUNDS && clock.nextTimerInMs() === 0; round++) {
      await clock.advance(0);
      await realPause(() => inFlight);
    }
  }

  async function pump(ms: number, stepMs = 100): Promise<void> {
    for (let passed = 0; passed < ms; passed += stepMs) {
      await clock.advance(Math.min(stepMs, ms - passed));
      await settle();
    }
  }

  async function until(predicate: () => boolean, maxMs = 30_000): Promise<number> {
    for (let passed = 0; passed <= maxMs; passed += 100) {
      if (predicate()) return passed;
      await clock.advance(100);
      await settle();
    }
    throw new Error(`condition not reached within ${maxMs} ms of fake time`);
  }

  function connect(target: {
    serverAddress: string;
    apiPassword: string;
    username?: string;
    apiUser?: string;
  }) {
    return dispatchCommand(
      companion,
      'connection/connect',
      {
        serverAddress: target.serverAddress,
        auth: { kind: 'password', apiUser: target.apiUser ?? 'api', apiPassword: target.apiPassword },
        username: target.username ?? 'tsander',
      },
      { window: 'settings' },
    ) as Promise<CommandResult<'connection/connect'>>;
  }

  return { companion, clock, windows, settingsFile, secrets, logLines, states, pump, until, connect };
}

const MAX_SAME_INSTANT_ROUNDS = 50;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Real time for loopback HTTP exchanges with the in-process demo PBX to complete: at least 4 ms,
 * longer while requests are under way (a loaded machine), but never more than 250 ms, so a PBX
 * that does not answer (a latency fault) does not stall the fake clock.
 */
async function realPause(inFlight: () => number): Promise<void> {
  await sleep(4);
  for (let waited = 4; inFlight() > 0 && waited < 250; waited += 2) await sleep(2);
}

/** mulberry32: a small seeded PRNG, so the backoff jitter is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
