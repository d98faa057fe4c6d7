import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SafeStorageSecretStore } from '../../../../electron/core/secrets/safe-storage-secret-store';
import { secretAccountFor } from '../../../../electron/core/secrets/secret-account';
import { SecretStoreError } from '../../../../electron/core/secrets/secret-store-error';
import { settingsCiphertexts } from '../../../../electron/core/secrets/settings-ciphertexts';
import { SettingsService } from '../../../../electron/core/settings/settings-service';
import { confSettingsFile, fixedClock, tempSettingsFolder } from '../settings/settings-test-kit';
import { aesSafeStorage, ciphertextRecord, recordingLogger } from './secrets-test-kit';

const password = 'Sommer2025!';
const basicAuth = 'bW9ieTpTb21tZXIyMDI1IQ==';
const account = 'pascom-companion:https://pbx.example.com moby';
const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

function expectNoClearSecret(entries: Record<string, string>, secret: string): void {
  for (const ciphertext of Object.values(entries)) {
    expect(ciphertext).toMatch(base64);
    expect(ciphertext).not.toContain(secret);
    expect(Buffer.from(ciphertext, 'base64').toString('latin1')).not.toContain(secret);
  }
}

describe('the safeStorage secret store', () => {
  test('stores, reads, replaces and forgets a secret, keeping only base64 ciphertext', async () => {
    const ciphertexts = ciphertextRecord();
    const store = new SafeStorageSecretStore({
      safeStorage: aesSafeStorage(),
      ciphertexts,
      reason: 'no-keychain',
    });
    expect(store).toMatchObject({ kind: 'safe-storage', reason: 'no-keychain' });

    expect(await store.get(account)).toBeNull();
    await store.set(account, password);
    expect(await store.get(account)).toBe(password);
    expectNoClearSecret(ciphertexts.entries, password);

    await store.set(account, basicAuth);
    expect(await store.get(account)).toBe(basicAuth);
    expectNoClearSecret(ciphertexts.entries, basicAuth);
    expect(Object.keys(ciphertexts.entries)).toEqual([account]);

    await store.delete(account);
    expect(await store.get(account)).toBeNull();
    expect(ciphertexts.entries).toEqual({});
  });

  test('uses the async API where Electron has it', async () => {
    const safeStorage = aesSafeStorage({ withAsyncApi: true });
    const store = new SafeStorageSecretStore({ safeStorage, ciphertexts: ciphertextRecord(), reason: null });
    await store.set(account, password);
    expect(await store.get(account)).toBe(password);
    expect(safeStorage.calls).toEqual(['encryptStringAsync', 'decryptStringAsync']);
  });

  test('re-encrypts a secret when the OS rotated its key', async () => {
    const ciphertexts = ciphertextRecord();
    const safeStorage = aesSafeStorage({ withAsyncApi: true, reEncryptOnDecrypt: true });
    const store = new SafeStorageSecretStore({ safeStorage, ciphertexts, reason: null });
    await store.set(account, password);
    const before = ciphertexts.entries[account];
    expect(await store.get(account)).toBe(password);
    expect(ciphertexts.entries[account]).not.toBe(before);
    expect(safeStorage.calls).toEqual(['encryptStringAsync', 'decryptStringAsync', 'encryptStringAsync']);
  });

  test('a ciphertext made with another key fails as undecryptable, naming no secret', async () => {
    const ciphertexts = ciphertextRecord();
    await new SafeStorageSecretStore({ safeStorage: aesSafeStorage(), ciphertexts, reason: null }).set(
      account,
      password,
    );
    const otherMachine = new SafeStorageSecretStore({
      safeStorage: aesSafeStorage(),
      ciphertexts,
      reason: null,
    });
    const failure = await otherMachine.get(account).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SecretStoreError);
    expect(failure).toMatchObject({
      kind: 'undecryptable',
      operation: 'get',
      message: 'secret store get: undecryptable',
    });
  });

  test('encryption that fails is reported as a failed set and stores nothing', async () => {
    const ciphertexts = ciphertextRecord();
    const store = new SafeStorageSecretStore({
      safeStorage: aesSafeStorage({ available: false }),
      ciphertexts,
      reason: null,
    });
    await expect(store.set(account, password)).rejects.toMatchObject({ kind: 'failed', operation: 'set' });
    expect(ciphertexts.entries).toEqual({});
  });
});

describe('safeStorage ciphertexts in the real settings file', () => {
  let folder: ReturnType<typeof tempSettingsFolder>;
  beforeEach(() => {
    folder = tempSettingsFolder();
  });
  afterEach(() => folder.remove());

  test('the settings file holds the ciphertext under the account key, never the secret', async () => {
    const file = confSettingsFile(folder.directory);
    const { service } = SettingsService.load(file, fixedClock, recordingLogger());
    const store = new SafeStorageSecretStore({
      safeStorage: aesSafeStorage(),
      ciphertexts: settingsCiphertexts(service),
      reason: 'no-keychain',
    });
    const slot = secretAccountFor({
      serverAddress: 'https://pbx.example.com',
      authKind: 'password',
      apiUser: 'moby',
    });
    if (!slot) throw new Error('a configured connection has a secret slot');

    await store.set(slot.key, password);
    const onDisk = readFileSync(file.path, 'utf8');
    expect(onDisk).not.toContain(password);
    const saved = JSON.parse(onDisk) as { secrets: { encrypted: Record<string, string> } };
    expect(Object.keys(saved.secrets.encrypted)).toEqual([slot.key]);
    expectNoClearSecret(saved.secrets.encrypted, password);

    // The next start reads the ciphertext back from the file.
    const reloaded = SettingsService.load(confSettingsFile(folder.directory), fixedClock, recordingLogger());
    expect(reloaded.service.current.secrets.encrypted[slot.key]).toBe(saved.secrets.encrypted[slot.key]);

    await store.delete(slot.key);
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toMatchObject({ secrets: { encrypted: {} } });
  });
});
