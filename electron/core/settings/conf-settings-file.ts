/**
 * The `SettingsFile` port over a Conf-like store: `conf`'s `Conf` in Node (tests, preview host),
 * `electron-store` in Electron's main process (it extends Conf). Only whole-document reads and
 * writes are used; validation and migration belong to `schema.ts`.
 *
 * Conf throws from its constructor when the file is not JSON (with `clearInvalidConfig: false`;
 * `true` would silently start from an empty store and overwrite the user's file on the next write).
 * That throw is caught here and reported as `unreadable`, so the service can set the file aside.
 */
import { existsSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SettingsFile } from '../ports';

/** What this adapter needs of a Conf instance. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * Options for the factory. Both spellings of the file name are given: Conf reads `configName`,
 * electron-store reads `name` (and overwrites `configName` with it, defaulting to `config`).
 */
export interface ConfLikeOptions {
  cwd: string;
  configName: string;
  name: string;
  fileExtension: 'json';
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
  watch: false;
  deserialize: (text: string) => Record<string, unknown>;
}

/** `(options) => new Conf(options)` in Node, `(options) => new ElectronStore(options)` in main. */
export type ConfFactory = (options: ConfLikeOptions) => ConfLike;

export interface ConfSettingsFileOptions {
  /** Folder of the settings file (Electron: `app.getPath('userData')`). */
  directory: string;
  /** File name without extension. */
  name?: string;
  createStore: ConfFactory;
}

export const defaultSettingsFileName = 'settings';

/** Thrown from inside Conf when the file is valid JSON but not an object. */
class NotAnObjectError extends Error {
  override readonly name = 'NotAnObjectError';
}

export class ConfSettingsFile implements SettingsFile {
  /** Absolute path of the settings file. */
  readonly path: string;
  readonly #options: ConfLikeOptions;
  readonly #createStore: ConfFactory;
  /** Set when an unusable file could not be moved aside: it must not be overwritten then. */
  #keepUnusableFile = false;

  constructor(options: ConfSettingsFileOptions) {
    const name = options.name ?? defaultSettingsFileName;
    this.#options = {
      cwd: options.directory,
      configName: name,
      name,
      fileExtension: 'json',
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false,
      deserialize: parseSettingsText,
    };
    this.#createStore = options.createStore;
    this.path = join(options.directory, `${name}.json`);
  }

  read(): ReturnType<SettingsFile['read']> {
    if (!existsSync(this.path)) return { kind: 'missing' };
    try {
      return { kind: 'ok', document: this.#open().store };
    } catch (error) {
      return { kind: 'unreadable', detail: describeReadError(error) };
    }
  }

  write(document: Record<string, unknown>): void {
    if (this.#keepUnusableFile) {
      throw new Error('settings file is unusable and could not be set aside; not overwriting it');
    }
    // A fresh instance reads the file first: a file that broke since it was read makes this throw
    // instead of being overwritten. Conf writes atomically (temp file + rename).
    this.#open().store = structuredClone(document);
  }

  setAside(timestampMs: number): string | null {
    if (!existsSync(this.path)) return null;
    const target = freeName(`${this.path}.corrupt-${fileSafeTimestamp(timestampMs)}`);
    try {
      renameSync(this.path, target);
    } catch (error) {
      if (isErrnoException(error) && error.code === 'ENOENT') return null;
      this.#keepUnusableFile = true;
      return null;
    }
    return basename(target);
  }

  #open(): ConfLike {
    return this.#createStore({ ...this.#options });
  }
}

/** `2024-05-01T12:30:45.123Z` -> `2024-05-01T12-30-45-123Z`: no `:` (Windows) and no extra dot. */
export function fileSafeTimestamp(timestampMs: number): string {
  const date = new Date(timestampMs);
  const iso = Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
  return iso.replace(/[:.]/g, '-');
}

/**
 * JSON text to a document. An empty file (nothing was ever saved) counts as an empty, version-0
 * document; anything that is not a JSON object is refused so it gets set aside, not overwritten.
 */
function parseSettingsText(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NotAnObjectError(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  }
  return value as Record<string, unknown>;
}

/**
 * A stable, content-free detail. V8's JSON errors quote the text around the fault, and the file
 * holds safeStorage ciphertext: none of it belongs in a log line.
 */
function describeReadError(error: unknown): string {
  if (error instanceof NotAnObjectError) return `not-an-object: ${error.message}`;
  if (error instanceof SyntaxError) return 'json-syntax-error';
  if (isErrnoException(error) && typeof error.code === 'string') return `read-error: ${error.code}`;
  return 'read-error';
}

function freeName(candidate: string): string {
  let name = candidate;
  for (let suffix = 2; existsSync(name); suffix++) name = `${candidate}-${suffix}`;
  return name;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
