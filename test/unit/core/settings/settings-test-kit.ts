/**
 * What the settings tests share: a real `conf` store in a fresh temp folder, a fixed clock and a
 * logger that keeps its lines for assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import type { Clock, LogFields, Logger, LogLevel } from '../../../../electron/core/ports';
import { ConfSettingsFile } from '../../../../electron/core/settings/conf-settings-file';

export function tempSettingsFolder(): { directory: string; remove: () => void } {
  const directory = mkdtempSync(join(tmpdir(), 'companion-settings-'));
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

export function confSettingsFile(directory: string): ConfSettingsFile {
  return new ConfSettingsFile({ directory, createStore: (options) => new Conf(options) });
}

export const fixedNowMs = Date.UTC(2025, 2, 14, 9, 26, 53, 589);

export const fixedClock: Clock = {
  now: () => fixedNowMs,
  monotonicMs: () => 0,
  setTimeout: () => ({}),
  clearTimeout: () => undefined,
};

export interface LogLine {
  level: LogLevel;
  message: string;
  fields: LogFields | undefined;
}

export function recordingLogger(lines: LogLine[] = []): Logger & { lines: LogLine[] } {
  return {
    lines,
    log: (level, message, fields) => {
      lines.push({ level, message, fields });
    },
    child: () => recordingLogger(lines),
  };
}
