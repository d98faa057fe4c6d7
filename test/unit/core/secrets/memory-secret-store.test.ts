import { describe, expect, test } from 'vitest';
import { MemorySecretStore } from '../../../../electron/core/secrets/memory-secret-store';

describe('the memory-only secret store', () => {
  test('keeps a secret for this run only and says why it is in use', async () => {
    const store = new MemorySecretStore('no-encryption');
    expect(store).toMatchObject({ kind: 'memory', reason: 'no-encryption' });
    expect(await store.get('pbx moby')).toBeNull();
    await store.set('pbx moby', 'first password');
    await store.set('pbx moby', 'second password');
    await store.set('pbx other', 'another password');
    expect(await store.get('pbx moby')).toBe('second password');
    await store.delete('pbx moby');
    expect(await store.get('pbx moby')).toBeNull();
    expect(await store.get('pbx other')).toBe('another password');
  });

  test('a new start (a new store) has forgotten everything', async () => {
    await new MemorySecretStore('no-keychain').set('pbx moby', 'password');
    expect(await new MemorySecretStore('no-keychain').get('pbx moby')).toBeNull();
  });
});
