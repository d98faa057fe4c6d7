/**
 * A whole session (connect, calls, reconnect, password change on the PBX, new password, forget),
 * then a search for the passwords and their Basic strings everywhere the app writes or sends
 * things: the settings folder, every log line, every state pushed to the windows.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { ConfSettingsFile } from '../../electron/core/settings/conf-settings-file';
import { useDemoSession } from '../harness/demo-session';

const firstPassword = 'Erste-Geheimnis-4711';
const secondPassword = 'Zweites Geheimnis ß 0815';
const basicOf = (password: string) => Buffer.from(`api:${password}`, 'utf8').toString('base64');

const session = useDemoSession(firstPassword, { pbxClock: 'real', connect: false });
let folder: string | null = null;

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('no password or Basic string reaches the settings folder, a log line or a pushed state', async () => {
  folder = mkdtempSync(join(tmpdir(), 'companion-secrets-'));
  const settingsFile = new ConfSettingsFile({
    directory: folder,
    createStore: (options) => new Conf<Record<string, unknown>>(options),
  });
  const { pbx, fixture } = await session.start({ fixture: { settingsFile } });
  const { companion } = fixture;
  const connect = (password: string) => session.connect({ apiPassword: password });

  expect((await connect('not-the-password')).ok).toBe(false);
  expect((await connect(firstPassword)).ok).toBe(true);
  const call = pbx.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
  await fixture.until(() => companion.state.calls.popups.length === 1);
  pbx.sim.answer(call.phonecallId, { by: 'tsander' });
  await fixture.pump(3000);
  pbx.sim.hangup(call.phonecallId);
  await fixture.until(() => companion.state.calls.live.length === 0);

  // The PBX restarts (reconnect), then its administrator changes the API password.
  await session.stopPbx();
  await fixture.until(() => companion.state.connection.status === 'offline');
  await session.restartPbx({ apiPassword: secondPassword });
  await fixture.until(() => companion.state.connection.status === 'auth-failed', 40_000);
  expect((await connect(secondPassword)).ok).toBe(true);
  await fixture.pump(5000);
  const forget = await dispatchCommand(companion, 'secret/forget', {}, { window: 'settings' });
  expect(forget.ok).toBe(true);
  expect(companion.state.connection.secret.stored).toBe(false);
  await companion.dispose();

  const secrets = [firstPassword, secondPassword, basicOf(firstPassword), basicOf(secondPassword)];
  const places: [string, string][] = [
    ...readdirSync(folder).map((name): [string, string] => [
      `settings/${name}`,
      readFileSync(join(folder ?? '', name), 'utf8'),
    ]),
    ...fixture.logLines.map((line, index): [string, string] => [`log line ${index}`, line]),
    ...fixture.states.map((state, index): [string, string] => [`state ${index}`, JSON.stringify(state)]),
  ];
  const hits = places.flatMap(([place, text]) =>
    secrets.filter((secret) => text.includes(secret)).map(() => place),
  );
  expect(hits).toEqual([]);
  // The scan looked at real material: the session logged, pushed states and wrote settings.
  expect(fixture.logLines.length).toBeGreaterThan(20);
  expect(fixture.states.length).toBeGreaterThan(5);
  expect(readdirSync(folder)).toContain('settings.json');
}, 60_000);
