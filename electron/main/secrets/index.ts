/**
 * Wires the real world into `chooseSecretStore`: keytar for the keychain and Electron's
 * `safeStorage` with its ciphertexts in the settings file. Call it after `app` is ready: before
 * that, `safeStorage` reports no encryption and the Linux backend as `unknown`.
 *
 * Call it again after the user agrees to `basic_text` (the choice depends on that consent).
 */
import { safeStorage } from 'electron';
import type { Clock, Logger } from '../../core/ports';
import {
  type ChooseSecretStoreOptions,
  chooseSecretStore,
  type SecretStoreChoice,
} from '../../core/secrets/choose-secret-store';
import type { SafeStorageLike } from '../../core/secrets/safe-storage-secret-store';
import { settingsCiphertexts } from '../../core/secrets/settings-ciphertexts';
import type { SettingsService } from '../../core/settings/settings-service';
import { createKeytarSecretStore } from './keytar-secret-store';

export interface CreateSecretStoreOptions {
  settings: Pick<SettingsService, 'current' | 'update'>;
  clock: Clock;
  log: Logger;
  probeTimeoutMs?: number;
  /** `process.platform`; the Linux-only safeStorage calls are made only on Linux. */
  platform?: NodeJS.Platform;
}

export function createSecretStore(options: CreateSecretStoreOptions): Promise<SecretStoreChoice> {
  const log = options.log.child('secrets');
  const chooserOptions: ChooseSecretStoreOptions = {
    keychain: () => createKeytarSecretStore({ clock: options.clock }),
    safeStorage: electronSafeStorage(options.platform ?? process.platform),
    allowBasicText: options.settings.current.secrets.allowBasicText,
    ciphertexts: settingsCiphertexts(options.settings),
    probeTimeoutMs: options.probeTimeoutMs,
    clock: options.clock,
    log,
  };
  return chooseSecretStore(chooserOptions);
}

/** The async methods newer Electron versions add; absent in Electron 41's typings. */
type AsyncSafeStorage = Pick<
  SafeStorageLike,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'
>;

function electronSafeStorage(platform: NodeJS.Platform): SafeStorageLike {
  const maybeAsync: typeof safeStorage & AsyncSafeStorage = safeStorage;
  const adapter: SafeStorageLike = {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plainText) => safeStorage.encryptString(plainText),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
  };
  if (platform === 'linux') {
    adapter.getSelectedStorageBackend = () => safeStorage.getSelectedStorageBackend();
    adapter.setUsePlainTextEncryption = (usePlainText) => safeStorage.setUsePlainTextEncryption(usePlainText);
  }
  const { isAsyncEncryptionAvailable, encryptStringAsync, decryptStringAsync } = maybeAsync;
  if (
    typeof isAsyncEncryptionAvailable === 'function' &&
    typeof encryptStringAsync === 'function' &&
    typeof decryptStringAsync === 'function'
  ) {
    adapter.isAsyncEncryptionAvailable = () => isAsyncEncryptionAvailable.call(safeStorage);
    adapter.encryptStringAsync = (plainText) => encryptStringAsync.call(safeStorage, plainText);
    adapter.decryptStringAsync = (encrypted) => decryptStringAsync.call(safeStorage, encrypted);
  }
  return adapter;
}
