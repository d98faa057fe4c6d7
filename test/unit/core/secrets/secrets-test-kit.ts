/**
 * Stand-ins for the outside world of the secret stores: a safeStorage that really encrypts
 * (AES-256-GCM with a key only this object holds, like the OS-held key), a ciphertext map like the
 * settings document's, a keychain that never answers, and a logger that keeps its lines.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { LogFields, Logger, LogLevel, SecretStore } from '../../../../electron/core/ports';
import type {
  CiphertextMap,
  SafeStorageLike,
} from '../../../../electron/core/secrets/safe-storage-secret-store';

export interface FakeSafeStorageOptions {
  backend?: string;
  /** Like Electron on Linux: `basic_text` is available only after `setUsePlainTextEncryption(true)`. */
  available?: boolean;
  withAsyncApi?: boolean;
  /** The async API reports a rotated key on every decrypt. */
  reEncryptOnDecrypt?: boolean;
}

export function aesSafeStorage(options: FakeSafeStorageOptions = {}): SafeStorageLike & { calls: string[] } {
  const key = randomBytes(32);
  const calls: string[] = [];
  let plainTextAllowed = false;
  const available = () =>
    (options.available ?? true) && (options.backend !== 'basic_text' || plainTextAllowed);
  const encrypt = (plainText: string): Buffer => {
    if (!available())
      throw new Error('Error while encrypting the text provided to safeStorage.encryptString.');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
  };
  const decrypt = (encrypted: Buffer): string => {
    const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(3, 15));
    decipher.setAuthTag(encrypted.subarray(15, 31));
    return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
  };
  const safeStorage: SafeStorageLike & { calls: string[] } = {
    calls,
    isEncryptionAvailable: available,
    encryptString: (plainText) => {
      calls.push('encryptString');
      return encrypt(plainText);
    },
    decryptString: (encrypted) => {
      calls.push('decryptString');
      return decrypt(encrypted);
    },
  };
  if (options.backend !== undefined) {
    const backend = options.backend;
    safeStorage.getSelectedStorageBackend = () => backend;
    safeStorage.setUsePlainTextEncryption = (usePlainText) => {
      calls.push(`setUsePlainTextEncryption(${usePlainText})`);
      plainTextAllowed = usePlainText;
    };
  }
  if (options.withAsyncApi) {
    safeStorage.isAsyncEncryptionAvailable = async () => available();
    safeStorage.encryptStringAsync = async (plainText) => {
      calls.push('encryptStringAsync');
      return encrypt(plainText);
    };
    safeStorage.decryptStringAsync = async (encrypted) => {
      calls.push('decryptStringAsync');
      return { result: decrypt(encrypted), shouldReEncrypt: options.reEncryptOnDecrypt ?? false };
    };
  }
  return safeStorage;
}

export function ciphertextRecord(): CiphertextMap & { entries: Record<string, string> } {
  const entries: Record<string, string> = {};
  return {
    entries,
    read: (account) => entries[account] ?? null,
    write: (account, ciphertextBase64) => {
      entries[account] = ciphertextBase64;
    },
    delete: (account) => {
      delete entries[account];
    },
  };
}

/** A keychain whose every call waits for an unlock prompt nobody answers. */
export function hangingKeychainStore(): SecretStore {
  const never = () => new Promise<never>(() => undefined);
  return { kind: 'keychain', reason: null, get: never, set: never, delete: never };
}

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
