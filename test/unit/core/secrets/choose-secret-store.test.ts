import { describe, expect, test } from 'vitest';
import { type SecretStore, systemClock } from '../../../../electron/core/ports';
import {
  type ChooseSecretStoreOptions,
  chooseSecretStore,
} from '../../../../electron/core/secrets/choose-secret-store';
import type { SafeStorageLike } from '../../../../electron/core/secrets/safe-storage-secret-store';
import { keychainProbeKey } from '../../../../electron/core/secrets/secret-account';
import {
  createKeytarSecretStore,
  type KeytarLike,
  KeytarSecretStore,
} from '../../../../electron/main/secrets/keytar-secret-store';
import { aesSafeStorage, ciphertextRecord, hangingKeychainStore, recordingLogger } from './secrets-test-kit';

const password = 'correct horse battery staple';
const account = 'pascom-companion:https://pbx.example.com moby';

/** keytar as it behaves with a working keychain: a map per service and account. */
function workingKeytar(): KeytarLike & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const id = (service: string, accountName: string) => `${service}|${accountName}`;
  return {
    entries,
    getPassword: async (service, accountName) => entries.get(id(service, accountName)) ?? null,
    setPassword: async (service, accountName, secret) => {
      entries.set(id(service, accountName), secret);
    },
    deletePassword: async (service, accountName) => entries.delete(id(service, accountName)),
  };
}

/** keytar as it behaves without a session bus (seen on this machine outside dbus-run-session). */
function keytarWithoutDbus(): KeytarLike {
  const fail = () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'));
  return { getPassword: fail, setPassword: fail, deletePassword: fail };
}

/** gnome-keyring started without `--unlock`: a missing entry reads as null, every write fails. */
function keytarWithLockedCollection(): KeytarLike {
  return {
    getPassword: async () => null,
    setPassword: () =>
      Promise.reject(new Error('Object does not exist at path “/org/freedesktop/secrets/collection/login”')),
    deletePassword: async () => false,
  };
}

function options(overrides: Partial<ChooseSecretStoreOptions>): ChooseSecretStoreOptions {
  return {
    keychain: async () => new KeytarSecretStore({ keytar: workingKeytar(), clock: systemClock }),
    safeStorage: aesSafeStorage({ backend: 'gnome_libsecret' }),
    allowBasicText: false,
    ciphertexts: ciphertextRecord(),
    probeTimeoutMs: 3000,
    clock: systemClock,
    log: recordingLogger(),
    ...overrides,
  };
}

async function roundTrips(store: SecretStore): Promise<boolean> {
  await store.set(account, password);
  const stored = await store.get(account);
  await store.delete(account);
  return stored === password && (await store.get(account)) === null;
}

describe('where the PBX secret is kept: keychain, then safeStorage, then memory', () => {
  test('a keychain that stores and returns a secret is used, and the probe leaves nothing behind', async () => {
    const keytar = workingKeytar();
    const log = recordingLogger();
    const choice = await chooseSecretStore(
      options({ keychain: async () => new KeytarSecretStore({ keytar, clock: systemClock }), log }),
    );
    expect(choice).toMatchObject({ reason: null, keychainFailure: null });
    expect(choice.store.kind).toBe('keychain');
    expect(keytar.entries.size).toBe(0);
    expect(await roundTrips(choice.store)).toBe(true);
    expect(log.lines).toContainEqual({
      level: 'info',
      message: 'secret store chosen',
      fields: { store: 'keychain', reason: null, keychainFailure: null },
    });
  });

  test('keytar that cannot load (native module missing) falls back to safeStorage', async () => {
    const ciphertexts = ciphertextRecord();
    const log = recordingLogger();
    const choice = await chooseSecretStore(
      options({
        keychain: () =>
          createKeytarSecretStore({
            clock: systemClock,
            importer: () => Promise.reject(new Error("Cannot find module 'keytar'")),
          }),
        ciphertexts,
        log,
      }),
    );
    expect(choice).toMatchObject({ reason: 'no-keychain', keychainFailure: 'unavailable' });
    expect(choice.store).toMatchObject({ kind: 'safe-storage', reason: 'no-keychain' });
    await choice.store.set(account, password);
    expect(Object.keys(ciphertexts.entries)).toEqual([account]);
    expect(await choice.store.get(account)).toBe(password);
    expect(log.lines).toContainEqual({
      level: 'warn',
      message: 'keychain unavailable',
      fields: { error: "Cannot find module 'keytar'" },
    });
  });

  test('keytar without a session bus falls back to safeStorage and logs why', async () => {
    const log = recordingLogger();
    const choice = await chooseSecretStore(
      options({
        keychain: async () => new KeytarSecretStore({ keytar: keytarWithoutDbus(), clock: systemClock }),
        log,
      }),
    );
    expect(choice.store.kind).toBe('safe-storage');
    expect(choice.keychainFailure).toBe('unavailable');
    expect(JSON.stringify(log.lines)).toContain('Cannot autolaunch D-Bus');
  });

  test('a keyring that answers reads but refuses writes (not unlocked) is not trusted with the secret', async () => {
    const choice = await chooseSecretStore(
      options({
        keychain: async () =>
          new KeytarSecretStore({ keytar: keytarWithLockedCollection(), clock: systemClock }),
      }),
    );
    expect(choice).toMatchObject({ reason: 'no-keychain', keychainFailure: 'unavailable' });
    expect(choice.store.kind).toBe('safe-storage');
  });

  test('a keychain that never answers is given up after the probe timeout, not waited for', async () => {
    const startedMs = performance.now();
    const choice = await chooseSecretStore(
      options({ keychain: async () => hangingKeychainStore(), probeTimeoutMs: 150 }),
    );
    const tookMs = performance.now() - startedMs;
    expect(choice).toMatchObject({ reason: 'no-keychain', keychainFailure: 'timeout' });
    expect(choice.store.kind).toBe('safe-storage');
    expect(tookMs).toBeGreaterThanOrEqual(140);
    expect(tookMs).toBeLessThan(1500);
  });

  test('a keytar load that never settles is given up too', async () => {
    const choice = await chooseSecretStore(
      options({ keychain: () => new Promise<SecretStore>(() => undefined), probeTimeoutMs: 100 }),
    );
    expect(choice.keychainFailure).toBe('timeout');
  });

  test('Linux basic_text without the user agreeing: memory only, and nothing is encrypted with it', async () => {
    const safeStorage = aesSafeStorage({ backend: 'basic_text' });
    const ciphertexts = ciphertextRecord();
    const choice = await chooseSecretStore(
      options({ keychain: async () => hangingKeychainStore(), probeTimeoutMs: 50, safeStorage, ciphertexts }),
    );
    expect(choice).toMatchObject({ reason: 'basic-text-refused', keychainFailure: 'timeout' });
    expect(choice.store).toMatchObject({ kind: 'memory', reason: 'basic-text-refused' });
    expect(safeStorage.calls).toEqual([]);
    await choice.store.set(account, password);
    expect(await choice.store.get(account)).toBe(password);
    expect(ciphertexts.entries).toEqual({});
  });

  test('Linux basic_text after the user agreed: safeStorage with plain-text keys switched on', async () => {
    const safeStorage = aesSafeStorage({ backend: 'basic_text' });
    const choice = await chooseSecretStore(
      options({
        keychain: async () => hangingKeychainStore(),
        probeTimeoutMs: 50,
        safeStorage,
        allowBasicText: true,
      }),
    );
    expect(choice).toMatchObject({ reason: 'basic-text-allowed' });
    expect(choice.store).toMatchObject({ kind: 'safe-storage', reason: 'basic-text-allowed' });
    expect(safeStorage.calls[0]).toBe('setUsePlainTextEncryption(true)');
    expect(await roundTrips(choice.store)).toBe(true);
  });

  test('no keychain and no safeStorage encryption: memory only, the app asks again next start', async () => {
    const choice = await chooseSecretStore(
      options({
        keychain: () => Promise.reject(new Error('no keytar')),
        safeStorage: aesSafeStorage({ backend: 'gnome_libsecret', available: false }),
      }),
    );
    expect(choice).toMatchObject({ reason: 'no-encryption', keychainFailure: 'unavailable' });
    expect(choice.store).toMatchObject({ kind: 'memory', reason: 'no-encryption' });
    expect(await roundTrips(choice.store)).toBe(true);
  });

  test('no Electron at all (plain Node): memory only', async () => {
    const choice = await chooseSecretStore(
      options({ keychain: () => Promise.reject(new Error('no keytar')), safeStorage: null }),
    );
    expect(choice.store).toMatchObject({ kind: 'memory', reason: 'no-encryption' });
  });

  test('safeStorage that never answers is given up after the probe timeout', async () => {
    const hanging: SafeStorageLike = {
      ...aesSafeStorage(),
      isAsyncEncryptionAvailable: () => new Promise<boolean>(() => undefined),
    };
    const startedMs = performance.now();
    const choice = await chooseSecretStore(
      options({
        keychain: () => Promise.reject(new Error('no keytar')),
        safeStorage: hanging,
        probeTimeoutMs: 100,
      }),
    );
    expect(choice.store).toMatchObject({ kind: 'memory', reason: 'no-encryption' });
    expect(performance.now() - startedMs).toBeLessThan(1500);
  });

  test('macOS and Windows have no backend name: safeStorage is used as it is', async () => {
    const choice = await chooseSecretStore(
      options({ keychain: () => Promise.reject(new Error('no keytar')), safeStorage: aesSafeStorage() }),
    );
    expect(choice.store).toMatchObject({ kind: 'safe-storage', reason: 'no-keychain' });
  });

  test('the probe secret is random and the keychain key is a fixed, recognisable one', async () => {
    const keytar = workingKeytar();
    const written: string[] = [];
    const recording: KeytarLike = {
      ...keytar,
      setPassword: async (service, accountName, secret) => {
        written.push(`${service}|${accountName}`);
        await keytar.setPassword(service, accountName, secret);
      },
    };
    await chooseSecretStore(
      options({ keychain: async () => new KeytarSecretStore({ keytar: recording, clock: systemClock }) }),
    );
    expect(written).toEqual([keychainProbeKey.replace(' ', '|')]);
  });
});
