/**
 * What a measured session needs of its companion, on a fake clock (the integration suite, see
 * companion-fixture.ts) or on real time with the system clock and Math.random (the benchmark,
 * where a request storm runs at the speed it would on an agent's machine).
 */
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { Companion } from '../../electron/core/companion';
import { createLogger } from '../../electron/core/log';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { MemorySettingsFile } from '../../electron/core/settings/memory-settings-file';
import type { CommandResult } from '../../electron/shared/contract';
import { RecordingWindows } from './companion-fixture';

export interface SessionDriver {
  companion: Companion;
  windows: RecordingWindows;
  logLines: string[];
  now(): number;
  /** Let `ms` pass (fake or real). */
  wait(ms: number): Promise<void>;
  connect(target: {
    serverAddress: string;
    apiPassword: string;
  }): Promise<CommandResult<'connection/connect'>>;
}

export async function createRealTimeDriver(): Promise<SessionDriver> {
  const windows = new RecordingWindows();
  const logLines: string[] = [];
  const companion = await Companion.create({
    fetch: (url, init) => fetch(url, init),
    log: createLogger({ sink: (line) => logLines.push(line), level: 'info' }),
    settingsFile: new MemorySettingsFile(),
    secrets: new MemorySecretStore(null),
    windows,
    app: { version: 'bench', platform: 'linux', preview: false, systemLocale: 'de-DE' },
  });
  return {
    companion,
    windows,
    logLines,
    now: () => Date.now(),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    connect: (target) =>
      dispatchCommand(
        companion,
        'connection/connect',
        {
          serverAddress: target.serverAddress,
          auth: { kind: 'password', apiUser: 'api', apiPassword: target.apiPassword },
          username: 'tsander',
        },
        { window: 'settings' },
      ) as Promise<CommandResult<'connection/connect'>>,
  };
}
