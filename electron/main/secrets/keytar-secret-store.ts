/**
 * The OS keychain through keytar: Keychain on macOS, Credential Manager on Windows, the Secret
 * Service (gnome-keyring, KWallet) on Linux. Entries are filed per PBX address and API user
 * (`secret-account.ts`).
 *
 * keytar is a native module: it is imported lazily so that a missing or mis-built binary becomes
 * a failed load the chooser falls back from, not a crash at start. Every call has a time limit,
 * because a Secret Service whose keyring is locked waits for an unlock prompt that may never come.
 * This file does not import `electron`, so the integration tests use it in plain Node.
 */
import type { Clock, SecretStore } from '../../core/ports';
import { parseSecretAccountKey } from '../../core/secrets/secret-account';
import { SecretStoreError, type SecretStoreOperation } from '../../core/secrets/secret-store-error';
import { timedOut, withTimeout } from '../../core/secrets/with-timeout';

/** The part of keytar's API the store uses. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export const defaultKeytarOperationTimeoutMs = 10_000;

export class KeytarSecretStore implements SecretStore {
  readonly kind = 'keychain';
  readonly reason = null;
  readonly #keytar: KeytarLike;
  readonly #clock: Clock;
  readonly #operationTimeoutMs: number;

  constructor(options: { keytar: KeytarLike; clock: Clock; operationTimeoutMs?: number }) {
    this.#keytar = options.keytar;
    this.#clock = options.clock;
    this.#operationTimeoutMs = options.operationTimeoutMs ?? defaultKeytarOperationTimeoutMs;
  }

  get(key: string): Promise<string | null> {
    const { service, account } = parseSecretAccountKey(key);
    return this.#call('get', null, () => this.#keytar.getPassword(service, account));
  }

  async set(key: string, secret: string): Promise<void> {
    const { service, account } = parseSecretAccountKey(key);
    await this.#call('set', secret, () => this.#keytar.setPassword(service, account, secret));
  }

  async delete(key: string): Promise<void> {
    const { service, account } = parseSecretAccountKey(key);
    // `false` means there was nothing to delete, which is what the caller wanted.
    await this.#call('delete', null, () => this.#keytar.deletePassword(service, account));
  }

  async #call<T>(operation: SecretStoreOperation, secret: string | null, work: () => Promise<T>): Promise<T> {
    let outcome: T | typeof timedOut;
    try {
      // keytar validates its arguments synchronously; run it inside the promise chain.
      outcome = await withTimeout(Promise.resolve().then(work), this.#operationTimeoutMs, this.#clock);
    } catch (error) {
      throw new SecretStoreError('failed', operation, redact(error, secret));
    }
    if (outcome === timedOut) throw new SecretStoreError('timeout', operation);
    return outcome;
  }
}

/** `import('keytar')`, replaceable so tests can simulate a missing native module. */
export type KeytarImporter = () => Promise<unknown>;

const importKeytar: KeytarImporter = () => import('keytar');

/** Loads keytar; rejects when the native module is missing or does not load. */
export async function loadKeytar(importer: KeytarImporter = importKeytar): Promise<KeytarLike> {
  const loaded = await importer();
  // keytar is CommonJS. In Node's ESM only `default` has its whole API (the named exports Node
  // detects stop at `getPassword`); a bundler may hand over the full namespace instead.
  const candidates = [loaded, isRecord(loaded) ? loaded.default : undefined];
  const keytar = candidates.find(isKeytarLike);
  if (!keytar) throw new Error('keytar loaded without its API');
  return keytar;
}

export async function createKeytarSecretStore(options: {
  clock: Clock;
  operationTimeoutMs?: number;
  importer?: KeytarImporter;
}): Promise<KeytarSecretStore> {
  const keytar = await loadKeytar(options.importer);
  return new KeytarSecretStore({
    keytar,
    clock: options.clock,
    operationTimeoutMs: options.operationTimeoutMs,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

function isKeytarLike(value: unknown): value is KeytarLike {
  return (
    isRecord(value) &&
    typeof value.getPassword === 'function' &&
    typeof value.setPassword === 'function' &&
    typeof value.deletePassword === 'function'
  );
}

function redact(error: unknown, secret: string | null): string {
  const message = error instanceof Error ? error.message : String(error);
  // Redact before shortening, so a secret cut in half at the end cannot slip through.
  return (secret ? message.replaceAll(secret, '[secret]') : message).slice(0, 200);
}
