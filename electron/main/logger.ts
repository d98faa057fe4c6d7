/**
 * The core's logger writing JSON lines to `<logs>/main.log` (`app.getPath('logs')`). The previous
 * file is kept as `main.old.log` once it grows past a few megabytes, so a support request can
 * attach both without the folder growing forever.
 */
import { createWriteStream, mkdirSync, renameSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../core/log';
import type { Logger, LogLevel } from '../core/ports';

const rotateAtBytes = 5 * 1024 * 1024;

export interface FileLogger {
  logger: Logger;
  filePath: string;
  close(): Promise<void>;
}

export interface FileLoggerOptions {
  directory: string;
  level: LogLevel;
  /** Also print to stderr (development runs). */
  mirrorToConsole: boolean;
  /** Every line also goes here (the support log's ring, desktop/log-ring.ts). */
  onLine?: (line: string) => void;
}

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const filePath = join(options.directory, 'main.log');
  let stream: WriteStream | null = null;
  try {
    mkdirSync(options.directory, { recursive: true });
    rotateIfLarge(filePath);
    stream = createWriteStream(filePath, { flags: 'a', mode: 0o600 });
    // A full disk must not crash the app through an unhandled stream error.
    stream.on('error', () => {
      stream = null;
    });
  } catch {
    stream = null;
  }
  const logger = createLogger({
    level: options.level,
    sink: (line) => {
      stream?.write(`${line}\n`);
      options.onLine?.(line);
      if (options.mirrorToConsole) process.stderr.write(`${line}\n`);
    },
  });
  return {
    logger,
    filePath,
    close: () =>
      new Promise((resolve) => {
        if (!stream) return resolve();
        stream.end(() => resolve());
      }),
  };
}

function rotateIfLarge(filePath: string): void {
  try {
    if (statSync(filePath).size > rotateAtBytes) renameSync(filePath, filePath.replace(/\.log$/, '.old.log'));
  } catch {
    // No file yet.
  }
}
