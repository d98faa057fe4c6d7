/**
 * Secrets encrypted with Electron's `safeStorage`, kept as base64 ciphertext in the settings file
 * (`secrets.encrypted`). Used where no keychain answers. The clear secret is never written
 * anywhere: only what `encryptString` returned, which is useless without the OS-held key.
 *
 * The async API (`encryptStringAsync`, `decryptStringAsync`, `isAsyncEncryptionAvailable`) is
 * used where the Electron version has it: Electron 41 (pinned here) has only the sync one, later
 * versions deprecate it and Electron 46 removes it.
 * https://www.electronjs.org/docs/latest/api/safe-storage
 */
import type { SecretStore } from '../ports';
import { SecretStoreError } from './secret-store-error';

/** The part of Electron's `safeStorage` the app uses; Electron 41's object satisfies it as it is. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which key store backs the encryption; `basic_text` is a hard-coded key. */
  getSelectedStorageBackend?(): string;
  /** Linux only: lets `basic_text` report itself available (only after the user agreed). */
  setUsePlainTextEncryption?(usePlainText: boolean): void;
  isAsyncEncryptionAvailable?(): Promise<boolean>;
  encryptStringAsync?(plainText: string): Promise<Buffer>;
  decryptStringAsync?(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

/** Base64 ciphertexts per account: the settings document's `secrets.encrypted` map. */
export interface CiphertextMap {
  read(account: string): string | null;
  write(account: string, ciphertextBase64: string): void;
  delete(account: string): void;
}

export class SafeStorageSecretStore implements SecretStore {
  readonly kind = 'safe-storage';
  readonly reason: string | null;
  readonly #safeStorage: SafeStorageLike;
  readonly #ciphertexts: CiphertextMap;

  constructor(options: { safeStorage: SafeStorageLike; ciphertexts: CiphertextMap; reason: string | null }) {
    this.#safeStorage = options.safeStorage;
    this.#ciphertexts = options.ciphertexts;
    this.reason = options.reason;
  }

  async get(account: string): Promise<string | null> {
    const stored = this.#ciphertexts.read(account);
    if (stored === null) return null;
    let decrypted: { result: string; shouldReEncrypt: boolean };
    try {
      decrypted = await decryptSecret(this.#safeStorage, Buffer.from(stored, 'base64'));
    } catch {
      throw new SecretStoreError('undecryptable', 'get');
    }
    // The OS rotated the key: store the secret under the new one so it stays readable.
    if (decrypted.shouldReEncrypt) await this.set(account, decrypted.result);
    return decrypted.result;
  }

  async set(account: string, secret: string): Promise<void> {
    let ciphertext: Buffer;
    try {
      ciphertext = await encryptSecret(this.#safeStorage, secret);
    } catch {
      throw new SecretStoreError('failed', 'set');
    }
    this.#ciphertexts.write(account, ciphertext.toString('base64'));
  }

  async delete(account: string): Promise<void> {
    this.#ciphertexts.delete(account);
  }
}

export async function isSafeStorageAvailable(safeStorage: SafeStorageLike): Promise<boolean> {
  if (safeStorage.isAsyncEncryptionAvailable) return safeStorage.isAsyncEncryptionAvailable();
  return safeStorage.isEncryptionAvailable();
}

export function encryptSecret(safeStorage: SafeStorageLike, secret: string): Promise<Buffer> {
  if (safeStorage.encryptStringAsync) return safeStorage.encryptStringAsync(secret);
  return Promise.resolve().then(() => safeStorage.encryptString(secret));
}

export function decryptSecret(
  safeStorage: SafeStorageLike,
  ciphertext: Buffer,
): Promise<{ result: string; shouldReEncrypt: boolean }> {
  if (safeStorage.decryptStringAsync) return safeStorage.decryptStringAsync(ciphertext);
  return Promise.resolve().then(() => ({
    result: safeStorage.decryptString(ciphertext),
    shouldReEncrypt: false,
  }));
}
