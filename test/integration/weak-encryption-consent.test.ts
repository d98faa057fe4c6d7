import { expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import type { SecretStore } from '../../electron/core/ports';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store';
import { useDemoSession } from '../harness/demo-session';

/** Stands in for safeStorage on its basic_text backend (Electron cannot run here). */
function weakSafeStorage(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    kind: 'safe-storage',
    reason: 'basic-text-allowed',
    get: async (account) => secrets.get(account) ?? null,
    set: async (account, secret) => void secrets.set(account, secret),
    delete: async (account) => void secrets.delete(account),
  };
}

// The PBX keeps real time; the companion's timers run on the fake clock.
const session = useDemoSession('pw-1234', { pbxClock: 'real', connect: false });

test('agreeing to weak encryption moves the running secret into it; revoking removes it again', async () => {
  const memory = new MemorySecretStore('basic-text-refused');
  const weak = weakSafeStorage();
  const { pbx, fixture } = await session.start({
    fixture: { secrets: async (settings) => (settings.current.secrets.allowBasicText ? weak : memory) },
  });
  const { companion } = fixture;
  const connected = await session.connect();
  expect(connected.ok).toBe(true);
  expect(companion.state.connection.secret).toEqual({
    stored: true,
    store: 'memory',
    storeReason: 'basic-text-refused',
  });

  const allowed = await dispatchCommand(
    companion,
    'secret/allow-weak-encryption',
    { allow: true },
    { window: 'settings' },
  );
  expect(allowed).toEqual({
    ok: true,
    value: { stored: true, store: 'safe-storage', storeReason: 'basic-text-allowed' },
  });
  expect(await weak.get(`pascom-companion:${pbx.baseUrl} api`)).toBe('pw-1234');

  const revoked = await dispatchCommand(
    companion,
    'secret/allow-weak-encryption',
    { allow: false },
    { window: 'settings' },
  );
  expect(revoked).toEqual({
    ok: true,
    value: { stored: true, store: 'memory', storeReason: 'basic-text-refused' },
  });
  expect(await weak.get(`pascom-companion:${pbx.baseUrl} api`)).toBeNull();
});
