/**
 * Availability with the real core against the demo PBX over real HTTP (the core's timers on a fake
 * clock): every command with the body the PBX receives, including the profile's POST -> PUT
 * fallback, what the state and the tray show, and what the PBX refuses or no longer has.
 */
import { describe, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { trayView } from '../../electron/core/tray/tray-view';
import type { CommandName } from '../../electron/shared/contract';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('availability', { pbxClock: 'real', waitFor: 'nothing' });

async function connected() {
  const { pbx: demo, fixture: f } = await session.start();
  await f.until(() => f.companion.state.availability.status === 'ready');
  session.mark();
  const run = (name: CommandName, input: unknown = {}) =>
    dispatchCommand(f.companion, name, input, { window: 'panel' });
  const view = () => f.companion.state.availability;
  const sent = () =>
    session.requestsSinceMark().map((request) => `${request.method} ${request.path}${request.query ?? ''}`);
  return { demo, f, run, view, sent };
}

describe('availability against the demo PBX', () => {
  test('after connecting: the profiles with the active one, no forward, the locations the roles allow', async () => {
    const { view } = await connected();
    expect(view().profiles).toMatchObject({ status: 'ready', activeVanished: false, pendingId: null });
    expect(view().profiles.list.map((profile) => profile.name)).toEqual(
      expect.arrayContaining(['Im Büro', 'Homeoffice', 'Abwesend']),
    );
    const active = view().profiles.list.find((profile) => profile.id === view().profiles.activeId);
    expect(active?.name).toBe('Im Büro');
    expect(view().forward).toMatchObject({ status: 'ready', target: null, extension: '221' });
    expect(view().forward.quickTargets).toEqual([
      { kind: 'mobile', number: '0160 5550221', display: '0160 5550221' },
    ]);
    expect(view().location.scope).toBe('roles');
    expect(view().location.list.map((location) => location.name)).toEqual([
      'HomeOffice',
      'Empfang',
      'Besprechung 2. OG',
    ]);
    expect(view().location.list[0]?.occupiedBy).toBe('Adrian Turitzo');
    expect(view().location.current).toBeNull();
    expect(view().switches).toMatchObject({ status: 'ready', picked: [] });
  });

  test('activate a profile: one POST, the state and the tray show it', async () => {
    const { demo, run, view, sent, f } = await connected();
    const home = view().profiles.list.find((profile) => profile.name === 'Homeoffice');
    const result = await run('availability/activate-profile', { profileId: home?.id });
    expect(result).toMatchObject({ ok: true, value: { action: 'activate-profile', ok: true, subject: 'Homeoffice' } });
    expect(sent()).toEqual([
      `POST /services/identity/tsander/profile/${home?.id}/activate`,
      'GET /services/identity/tsander',
    ]);
    expect(demo.sim.directory.availability('tsander').activeProfileId).toBe(home?.id);
    expect(view().profiles.activeId).toBe(home?.id);
    expect(trayView(f.companion.state).tooltip).toContain('Profile: Homeoffice');
  });
});
