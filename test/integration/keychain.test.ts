/**
 * The keychain store against a real Secret Service: gnome-keyring on a private D-Bus session,
 * provided by `sh test/with-keyring.sh <command>` (it sets COMPANION_KEYRING). Without it these
 * tests skip and say so; they never fall back to a fake.
 *
 * The fallback tests at the end start their own gnome-keyring in a child process, because
 * libsecret binds to one session bus per process.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// keytar is CommonJS: in Node's ESM its whole API is only on the default export.
import keytar from 'keytar';
import { afterAll, describe, expect, test } from 'vitest';
import { systemClock } from '../../electron/core/ports';
import { chooseSecretStore } from '../../electron/core/secrets/choose-secret-store';
import {
  basicAuthAccount,
  keychainProbeKey,
  parseSecretAccountKey,
  secretAccountFor,
} from '../../electron/core/secrets/secret-account';
import { createKeytarSecretStore } from '../../electron/main/secrets/keytar-secret-store';

const keyring = process.env.COMPANION_KEYRING;
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const silentLog = { log: () => undefined, child: () => silentLog };

if (!keyring) {
  console.warn(
    'keychain tests skipped: COMPANION_KEYRING is not set. Run them with a real Secret Service: ' +
      'sh test/with-keyring.sh npx vitest run --config test/vitest.config.ts test/integration/keychain.test.ts',
  );
}

/** A PBX address no other run uses, so parallel runs and leftovers never collide. */
const serverAddress = `https://pbx-${randomUUID().slice(0, 8)}.example.com/yourpbx`;
const password = 'Sommer 2025 ä!';
const newPassword = 'Winter 2025 ö?';
const basicAuth = 'bW9ieTpTb21tZXIyMDI1';

describe.skipIf(!keyring)(
  `keytar against the real keychain (${keyring ?? 'COMPANION_KEYRING not set'})`,
  () => {
    const slot = secretAccountFor({ serverAddress, authKind: 'password', apiUser: 'moby' });
    const basicSlot = secretAccountFor({ serverAddress, authKind: 'basic', apiUser: null });
    if (!slot || !basicSlot) throw new Error('a configured connection has a secret slot');

    afterAll(async () => {
      await keytar.deletePassword(slot.service, slot.account);
      await keytar.deletePassword(basicSlot.service, basicSlot.account);
    });

    test('stores, reads, replaces and deletes a secret', async () => {
      const store = await createKeytarSecretStore({ clock: systemClock });
      expect(store).toMatchObject({ kind: 'keychain', reason: null });

      expect(await store.get(slot.key)).toBeNull();
      await store.set(slot.key, password);
      expect(await store.get(slot.key)).toBe(password);
      await store.set(slot.key, newPassword);
      expect(await store.get(slot.key)).toBe(newPassword);
      await store.delete(slot.key);
      expect(await store.get(slot.key)).toBeNull();
      // Forgetting what is not there is not an error.
      await store.delete(slot.key);
    });

    test('files the secret under one service per PBX, with the API user as account', async () => {
      const store = await createKeytarSecretStore({ clock: systemClock });
      await store.set(slot.key, password);
      await store.set(basicSlot.key, basicAuth);

      const entries = await keytar.findCredentials(`pascom-companion:${serverAddress}`);
      expect(entries.map((entry) => entry.account).sort()).toEqual([basicAuthAccount, 'moby'].sort());
      expect(await keytar.getPassword(slot.service, 'moby')).toBe(password);
      expect(await keytar.getPassword(basicSlot.service, basicAuthAccount)).toBe(basicAuth);

      // The same PBX typed differently finds the same secret.
      const typedAgain = secretAccountFor({
        serverAddress: serverAddress.replace('https://', '').toUpperCase().replace('/YOURPBX', '/yourpbx/'),
        authKind: 'password',
        apiUser: 'moby',
      });
      expect(typedAgain?.key).toBe(slot.key);
      expect(await store.get(typedAgain?.key ?? '')).toBe(password);
    });

    test('the chooser picks the keychain and its probe leaves no entry behind', async () => {
      const choice = await chooseSecretStore({
        keychain: () => createKeytarSecretStore({ clock: systemClock }),
        safeStorage: null,
        allowBasicText: false,
        ciphertexts: { read: () => null, write: () => undefined, delete: () => undefined },
        clock: systemClock,
        log: silentLog,
      });
      expect(choice).toMatchObject({ reason: null, keychainFailure: null });
      expect(choice.store.kind).toBe('keychain');
      const probe = parseSecretAccountKey(keychainProbeKey);
      expect(await keytar.getPassword(probe.service, probe.account)).toBeNull();
    });
  },
);

const hasKeyringTools = ['dbus-run-session', 'gnome-keyring-daemon'].every(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
);

const chooserScript = `
  import { systemClock } from './electron/core/ports';
  import { chooseSecretStore } from './electron/core/secrets/choose-secret-store';
  import { createKeytarSecretStore } from './electron/main/secrets/keytar-secret-store';
  const warnings = [];
  const log = { log: (level, message, fields) => { if (level === 'warn') warnings.push(String(fields?.error)); }, child: () => log };
  const choice = await chooseSecretStore({
    keychain: () => createKeytarSecretStore({ clock: systemClock }),
    safeStorage: null,
    allowBasicText: false,
    ciphertexts: { read: () => null, write: () => undefined, delete: () => undefined },
    probeTimeoutMs: 3000,
    clock: systemClock,
    log,
  });
  console.log(JSON.stringify({ kind: choice.store.kind, reason: choice.reason, keychainFailure: choice.keychainFailure, warnings }));
`;

/**
 * Runs the chooser with the real keytar in a child process (libsecret binds to one session bus
 * per process), started through `launcher`, with `env` as its whole environment.
 */
function chooseInChild(launcher: string[], env: NodeJS.ProcessEnv) {
  const command = [...launcher, 'node_modules/.bin/tsx', '--input-type=module', '-e', chooserScript];
  const child = spawnSync(command[0] ?? '', command.slice(1), {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    timeout: 15_000,
  });
  const lastLine = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    throw new Error(`child failed (${child.status}): ${child.stderr.slice(-500)}`);
  }
  return JSON.parse(lastLine) as unknown;
}

/** The environment of this process without any way to reach a session bus or a display. */
function envWithoutSession(): NodeJS.ProcessEnv {
  const {
    DBUS_SESSION_BUS_ADDRESS: _bus,
    DISPLAY: _display,
    COMPANION_KEYRING: _keyring,
    ...rest
  } = process.env;
  return rest;
}

describe.skipIf(!hasKeyringTools)('falling back from a real keychain that cannot be used', () => {
  test('a gnome-keyring that is not unlocked answers reads but refuses writes: not used', () => {
    // On a private bus the Secret Service is D-Bus-activated with no unlocked login collection,
    // as on a headless machine. Its keyring files go to a temp folder, not the user's.
    const keyringData = mkdtempSync(join(tmpdir(), 'companion-locked-keyring-'));
    try {
      const choice = chooseInChild(['dbus-run-session', '--'], {
        ...envWithoutSession(),
        XDG_DATA_HOME: keyringData,
      });
      expect(choice).toEqual({
        kind: 'memory',
        reason: 'no-encryption',
        keychainFailure: 'unavailable',
        warnings: [expect.stringContaining('collection/login')],
      });
    } finally {
      rmSync(keyringData, { recursive: true, force: true });
    }
  });

  test('no session bus at all: keytar fails at once and the chooser falls back', () => {
    const startedMs = performance.now();
    const choice = chooseInChild([], envWithoutSession());
    expect(choice).toEqual({
      kind: 'memory',
      reason: 'no-encryption',
      keychainFailure: 'unavailable',
      warnings: [expect.stringContaining('Cannot autolaunch D-Bus')],
    });
    // Failing, not timing out: well under the 3 s probe limit plus tsx start-up.
    expect(performance.now() - startedMs).toBeLessThan(10_000);
  });
});
