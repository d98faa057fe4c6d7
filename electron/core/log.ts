/**
 * Scoped JSON-lines logging for the core. Fields are flat primitives (see `LogFields`), so whole
 * objects such as settings or request options cannot be dumped by accident; `redact` is a second
 * line of defence that blanks any currently known secret that still slips into a line.
 */
import type { LogFields, Logger, LogLevel } from './ports';

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  sink: (line: string) => void;
  level?: LogLevel;
  scope?: string;
  now?: () => number;
  /** Secrets to blank out of every line (e.g. the API password while it is in memory). */
  redact?: () => readonly string[];
}

export function createLogger(options: LoggerOptions): Logger {
  const minimum = levelRank[options.level ?? 'info'];
  const now = options.now ?? Date.now;
  const make = (scope: string | undefined): Logger => ({
    log(level, message, fields) {
      if (levelRank[level] < minimum) return;
      let line = JSON.stringify({ t: new Date(now()).toISOString(), level, scope, message, ...fields });
      for (const secret of options.redact?.() ?? []) {
        if (secret.length >= 3) line = line.split(secret).join('[redacted]');
      }
      options.sink(line);
    },
    child(child) {
      return make(scope ? `${scope}.${child}` : child);
    },
  });
  return make(options.scope);
}

export const silentLogger: Logger = {
  log() {},
  child() {
    return silentLogger;
  },
};

/** Turns any thrown value into a short loggable string without stack traces or request bodies. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export type { LogFields };
