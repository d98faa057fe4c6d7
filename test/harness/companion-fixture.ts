/**
 * A real Companion for integration tests: fake clock for its timers, real HTTP to a demo PBX,
 * in-memory settings and secrets unless given, a recording window manager, and every log line
 * and pushed state kept for inspection (secret scans).
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
  overrides: Partial<Pick<CompanionOptions, 'fetch' | 'tls' | 'demo' | 'notifier' | 'desktop'>> & {
    settingsFile?: SettingsFile;
    secrets?: CompanionOptions['secrets'];
  } = {},
): Promise<CompanionFixture> {
  const clock = new FakeClock();
  const windows = new RecordingWindows();
  const logLines: string[] = [];
  const states: CompanionState[] = [];
  const settingsFile = overrides.settingsFile ?? new MemorySettingsFile();
  const secrets = overrides.secrets ?? new MemorySecretStore(null);
  const companion = await Companion.create({
    fetch: overrides.fetch ?? ((url, init) => fetch(url, init)),
    clock,
    log: createLogger({ sink: (line) => logLines.push(line), level: 'debug', now: () => clock.now() }),
    settingsFile,
    secrets,
    windows,
    ...(overrides.tls ? { tls: overrides.tls } : {}),
    ...(overrides.demo ? { demo: overrides.demo } : {}),
    ...(overrides.notifier ? { notifier: overrides.notifier } : {}),
    ...(overrides.desktop ? { desktop: overrides.desktop } : {}),
    app: { version: 'test', platform: 'linux', preview: false, systemLocale: 'de-DE' },
  });
  companion.on('state', (state) => states.push(state));

  async function pump(ms: number, stepMs = 100): Promise<void> {
    for (let passed = 0; passed < ms; passed += stepMs) {
      await clock.advance(Math.min(stepMs, ms - passed));
      await realPause();
    }
  }

  async function until(predicate: () => boolean, maxMs = 30_000): Promise<number> {
    for (let passed = 0; passed <= maxMs; passed += 100) {
      if (predicate()) return passed;
      await clock.advance(100);
      await realPause();
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

/** Long enough for a loopback HTTP exchange with the in-process demo PBX to complete. */
function realPause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 4));
}
