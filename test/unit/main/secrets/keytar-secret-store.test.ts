import { describe, expect, test } from 'vitest';
import { systemClock } from '../../../../electron/core/ports';
import { SecretStoreError } from '../../../../electron/core/secrets/secret-store-error';
import {
  type KeytarLike,
  KeytarSecretStore,
  loadKeytar,
} from '../../../../electron/main/secrets/keytar-secret-store';

const secret = 'Geheim-2025';
const api = {
  getPassword: async () => null,
  setPassword: async () => undefined,
  deletePassword: async () => true,
};

describe('the keytar secret store, apart from a real keychain', () => {
  test('files a key as keychain service and account', async () => {
    const calls: string[] = [];
    const keytar: KeytarLike = {
      getPassword: async (service, account) => {
        calls.push(`${service} / ${account}`);
        return null;
      },
      setPassword: async () => undefined,
      deletePassword: async () => false,
    };
    const store = new KeytarSecretStore({ keytar, clock: systemClock });
    await store.get('pascom-companion:https://pbx.local/x moby the agent');
    expect(calls).toEqual(['pascom-companion:https://pbx.local/x / moby the agent']);
  });

  test('a call the keychain never answers fails as a timeout instead of hanging', async () => {
    const never = () => new Promise<never>(() => undefined);
    const store = new KeytarSecretStore({
      keytar: { getPassword: never, setPassword: never, deletePassword: never },
      clock: systemClock,
      operationTimeoutMs: 50,
    });
    await expect(store.set('pbx moby', secret)).rejects.toMatchObject({ kind: 'timeout', operation: 'set' });
  });

  test('a keychain error keeps its cause for the log but never the secret', async () => {
    const store = new KeytarSecretStore({
      keytar: {
        ...api,
        setPassword: async (_s, _a, password) => Promise.reject(new Error(`refused ${password}`)),
      },
      clock: systemClock,
    });
    const failure = await store.set('pbx moby', secret).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SecretStoreError);
    expect(failure).toMatchObject({
      kind: 'failed',
      message: 'secret store set: failed',
      detail: 'refused [secret]',
    });
  });

  test('keytar loads as a namespace or under default, and a broken module is refused', async () => {
    await expect(loadKeytar(async () => api)).resolves.toBe(api);
    await expect(loadKeytar(async () => ({ default: api }))).resolves.toBe(api);
    await expect(loadKeytar(async () => ({ default: {} }))).rejects.toThrow('keytar loaded without its API');
    await expect(loadKeytar(() => Promise.reject(new Error('Module did not self-register')))).rejects.toThrow(
      'Module did not self-register',
    );
  });
});
