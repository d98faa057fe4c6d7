/**
 * Picks where the PBX secret lives, strongest first: the OS keychain (keytar), then Electron
 * `safeStorage` ciphertext in the settings file, then memory only. Each candidate must prove it
 * works with a real round trip within `probeTimeoutMs`; a locked keyring can wait for an unlock
 * prompt forever, and a keyring that is not unlocked still answers reads (it only fails writes),
 * so a read alone proves nothing.
 *
 * `reason` is a stable string the settings window words for the user.
 */
import type { Clock, Logger, SecretStore } from '../ports';
import { MemorySecretStore } from './memory-secret-store';
import {
  type CiphertextMap,
  decryptSecret,
  encryptSecret,
  isSafeStorageAvailable,
  type SafeStorageLike,
  SafeStorageSecretStore,
} from './safe-storage-secret-store';
import { keychainProbeKey } from './secret-account';
import { SecretStoreError } from './secret-store-error';
import { timedOut, withTimeout } from './with-timeout';

export const secretStoreReasons = [
  /** safeStorage in use: keytar did not load, or no keychain stored a secret in time. */
  'no-keychain',
  /** safeStorage in use with Linux `basic_text` (a hard-coded key), as the user agreed. */
  'basic-text-allowed',
  /** Memory only: the only safeStorage backend is `basic_text` and the user has not agreed. */
  'basic-text-refused',
  /** Memory only: neither a keychain nor safeStorage encryption is available. */
  'no-encryption',
] as const;
export type SecretStoreReason = (typeof secretStoreReasons)[number];

/** Why the keychain was passed over, for the log. */
export type KeychainFailure = 'unavailable' | 'timeout' | 'round-trip-mismatch';

export const defaultProbeTimeoutMs = 3000;

export interface ChooseSecretStoreOptions {
  /** Loads the keychain store; may throw (native module missing) or never settle. */
  keychain: () => Promise<SecretStore>;
  /** Electron's `safeStorage`, or null where there is none (plain Node). */
  safeStorage: SafeStorageLike | null;
  /** The user agreed to Linux `basic_text` after a plain warning (`settings.secrets`). */
  allowBasicText: boolean;
  ciphertexts: CiphertextMap;
  probeTimeoutMs?: number;
  clock: Clock;
  log: Logger;
}

export interface SecretStoreChoice {
  store: SecretStore;
  reason: SecretStoreReason | null;
  keychainFailure: KeychainFailure | null;
}

export async function chooseSecretStore(options: ChooseSecretStoreOptions): Promise<SecretStoreChoice> {
  const probeTimeoutMs = options.probeTimeoutMs ?? defaultProbeTimeoutMs;
  const keychain = await probeKeychain(options.keychain, probeTimeoutMs, options.clock, options.log);
  const choice = keychain.ok
    ? { store: keychain.store, reason: null, keychainFailure: null }
    : { ...(await chooseWithoutKeychain(options, probeTimeoutMs)), keychainFailure: keychain.failure };
  options.log.log('info', 'secret store chosen', {
    store: choice.store.kind,
    reason: choice.reason,
    keychainFailure: choice.keychainFailure,
  });
  return choice;
}

type KeychainProbe = { ok: true; store: SecretStore } | { ok: false; failure: KeychainFailure };

async function probeKeychain(
  load: () => Promise<SecretStore>,
  timeoutMs: number,
  clock: Clock,
  log: Logger,
): Promise<KeychainProbe> {
  const probeValue = `probe-${globalThis.crypto.randomUUID()}`;
  const roundTrip = (async () => {
    const store = await load();
    await store.set(keychainProbeKey, probeValue);
    const readBack = await store.get(keychainProbeKey);
    await store.delete(keychainProbeKey);
    return { store, matches: readBack === probeValue };
  })();
  try {
    const outcome = await withTimeout(roundTrip, timeoutMs, clock);
    if (outcome === timedOut) {
      log.log('warn', 'keychain did not answer in time', { timeoutMs });
      return { ok: false, failure: 'timeout' };
    }
    if (!outcome.matches) return { ok: false, failure: 'round-trip-mismatch' };
    return { ok: true, store: outcome.store };
  } catch (error) {
    // keytar's messages name the missing piece (`Cannot autolaunch D-Bus ...`); the probe value
    // is random, so nothing secret can be in them.
    log.log('warn', 'keychain unavailable', { error: describeError(error) });
    return { ok: false, failure: 'unavailable' };
  }
}

async function chooseWithoutKeychain(
  options: ChooseSecretStoreOptions,
  timeoutMs: number,
): Promise<{ store: SecretStore; reason: SecretStoreReason }> {
  const memory = (reason: SecretStoreReason) => ({ store: new MemorySecretStore(reason), reason });
  const { safeStorage } = options;
  if (safeStorage === null) return memory('no-encryption');

  const backend = safeStorage.getSelectedStorageBackend?.() ?? null;
  const basicText = backend === 'basic_text';
  if (basicText) {
    if (!options.allowBasicText) return memory('basic-text-refused');
    // Electron reports `basic_text` available only once plain-text keys are switched on.
    safeStorage.setUsePlainTextEncryption?.(true);
  }
  const usable = await probeSafeStorage(safeStorage, timeoutMs, options.clock, options.log);
  if (!usable) return memory('no-encryption');
  const reason = basicText ? 'basic-text-allowed' : 'no-keychain';
  return {
    store: new SafeStorageSecretStore({ safeStorage, ciphertexts: options.ciphertexts, reason }),
    reason,
  };
}

async function probeSafeStorage(
  safeStorage: SafeStorageLike,
  timeoutMs: number,
  clock: Clock,
  log: Logger,
): Promise<boolean> {
  const probeValue = `probe-${globalThis.crypto.randomUUID()}`;
  const roundTrip = (async () => {
    if (!(await isSafeStorageAvailable(safeStorage))) return false;
    const decrypted = await decryptSecret(safeStorage, await encryptSecret(safeStorage, probeValue));
    return decrypted.result === probeValue;
  })();
  try {
    const outcome = await withTimeout(roundTrip, timeoutMs, clock);
    if (outcome === timedOut) log.log('warn', 'safeStorage did not answer in time', { timeoutMs });
    return outcome === true;
  } catch (error) {
    log.log('warn', 'safeStorage unavailable', { error: describeError(error) });
    return false;
  }
}

function describeError(error: unknown): string {
  const message =
    error instanceof SecretStoreError && error.detail !== null
      ? `${error.message}: ${error.detail}`
      : error instanceof Error
        ? error.message
        : String(error);
  return message.slice(0, 200);
}
