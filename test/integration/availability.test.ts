/**
 * Availability with the real core against the demo PBX over real HTTP (the core's timers on a fake
 * clock): every command with the body the PBX receives, including the profile's POST -> PUT
 * fallback, what the state and the tray show, and what the PBX refuses or no longer has.
 */
import { describe, expect, test } from 'vitest';
import { trayView } from '../../electron/core/tray/tray-view';
import { availabilityRig } from '../harness/availability-rig';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('availability', { pbxClock: 'real', waitFor: 'nothing' });
const connected = () => availabilityRig(session);

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
    // Hotdesk Berlin is in none of tsander's location.group roles.
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
});

describe('profiles', () => {
  test('activate one: one POST, confirmed by reading the agent, shown in the state and the tray', async () => {
    const { demo, run, view, sent, f, profileId } = await connected();
    const home = profileId('Homeoffice');
    const result = await run('availability/activate-profile', { profileId: home });
    expect(result).toMatchObject({
      ok: true,
      value: { action: 'activate-profile', ok: true, subject: 'Homeoffice' },
    });
    expect(sent()).toEqual([
      `POST /services/identity/tsander/profile/${home}/activate`,
      'GET /services/identity/tsander',
    ]);
    expect(demo.sim.directory.availability('tsander').activeProfileId).toBe(home);
    expect(view().profiles.activeId).toBe(home);
    expect(trayView(f.companion.state).tooltip).toContain('Profil: Homeoffice');
  });

  test('a PBX that refuses POST (405) gets the PUT its heading names', async () => {
    const { demo, run, sent, profileId } = await connected();
    demo.sim.directory.refuseProfileActivation('POST');
    const away = profileId('Abwesend');
    expect(await run('availability/activate-profile', { profileId: away })).toMatchObject({ ok: true });
    expect(sent()).toEqual([
      `POST /services/identity/tsander/profile/${away}/activate`,
      `PUT /services/identity/tsander/profile/${away}/activate`,
      'GET /services/identity/tsander',
    ]);
    expect(demo.sim.directory.availability('tsander').activeProfileId).toBe(away);
  });

  test('two quick clicks on the same profile: one request; the second sees it confirmed', async () => {
    const { run, sent, profileId } = await connected();
    const home = profileId('Homeoffice');
    const [first, second] = await Promise.all([
      run('availability/activate-profile', { profileId: home }),
      run('availability/activate-profile', { profileId: home }),
    ]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(sent().filter((line) => line.startsWith('POST'))).toHaveLength(1);
  });

  test('a profile deleted on the PBX: the click says "no longer on the PBX" and the list loses it', async () => {
    const { demo, run, view, profileId } = await connected();
    const home = profileId('Homeoffice');
    demo.sim.directory.removeProfile('tsander', home);
    const result = await run('availability/activate-profile', { profileId: home });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'not-found', detail: 'availability-vanished' },
    });
    expect(view().lastOutcome).toMatchObject({ ok: false, subject: 'Homeoffice' });
    expect(view().profiles.list.map((profile) => profile.id)).not.toContain(home);
    expect(demo.sim.directory.availability('tsander').activeProfileId).not.toBe(home);
  });

  test('the active profile deleted on the PBX shows as no longer there, in the tray too', async () => {
    const { demo, run, view, f, profileId } = await connected();
    demo.sim.directory.removeProfile('tsander', profileId('Im Büro'));
    // The panel opens a minute later: the profile list is read again with everything else.
    await f.pump(61_000);
    await run('availability/watch');
    await f.until(() => view().profiles.activeVanished);
    expect(trayView(f.companion.state).tooltip).toContain('Profil: nicht mehr in der Telefonanlage');
  });

  test('the hotkey cycles to the next profile in the PBX’s list', async () => {
    const { run, view } = await connected();
    const { list, activeId } = view().profiles;
    const next = list[(list.findIndex((profile) => profile.id === activeId) + 1) % list.length];
    expect(await run('availability/cycle-profile')).toMatchObject({ ok: true });
    expect(view().profiles.activeId).toBe(next?.id);
  });
});

describe('forwarding', () => {
  test('to a typed number: the hygiene reads it, the PBX gets the digits, the tray turns "forwarded"', async () => {
    const { demo, run, view, sent, f } = await connected();
    const result = await run('availability/forward', { target: 'Tel.: +49 (0)89 1234567' });
    expect(result).toMatchObject({ ok: true, value: { action: 'forward', subject: '089 1234567' } });
    expect(demo.requests.filter((request) => request.method === 'POST').map((r) => [r.path, r.body])).toEqual(
      [['/services/redirect/221', { target: '+49891234567' }]],
    );
    expect(sent()).toEqual(['POST /services/redirect/221', 'GET /services/redirect/']);
    expect(view().forward).toMatchObject({ target: '+49891234567', display: '089 1234567' });
    // The phonebook knows this number: the tray names whom the calls reach.
    const tray = trayView(f.companion.state);
    expect(tray.icon).toBe('forwarded');
    expect(tray.tooltip).toContain('Umgeleitet auf Müller & Söhne GmbH - Lukas Müller (089 1234567)');
    expect(tray.menu).toContainEqual(expect.objectContaining({ id: 'availability-forward-clear' }));

    expect(await run('availability/clear-forward')).toMatchObject({ ok: true });
    expect(demo.requests.filter((request) => request.method === 'POST').at(-1)?.body).toEqual({ target: '' });
    expect(view().forward.target).toBeNull();
    expect(trayView(f.companion.state).icon).not.toBe('forwarded');
  });

  test('a target that is no number is refused with the reason, and nothing is sent', async () => {
    const { run, sent } = await connected();
    for (const [target, detail] of [
      ['Max Mustermann', 'forward-not-a-number'],
      ['0800-FLOWERS', 'forward-letters'],
      ['', 'forward-empty'],
      ['*21*0891234567#', 'forward-service-code'],
      ['221', 'forward-own-extension'],
      ['089 1234567, 030 555 123', 'forward-several-numbers'],
    ] as const) {
      expect(await run('availability/forward', { target }), target).toMatchObject({
        ok: false,
        error: { kind: 'invalid-input', detail },
      });
    }
    expect(sent()).toEqual([]);
  });

  test('to the agent’s mobile from the tray entry; to a colleague found by name, shown with the name', async () => {
    const { demo, run, view, f } = await connected();
    const mobileEntry = trayView(f.companion.state).menu.find(
      (entry) => 'id' in entry && entry.id === 'availability-forward-mobile',
    );
    expect(mobileEntry).toMatchObject({ label: 'Auf mein Handy umleiten (0160 5550221)' });
    if (mobileEntry?.type !== 'command') throw new Error('the mobile entry runs a command');
    expect(await run(mobileEntry.command.name, mobileEntry.command.input)).toMatchObject({ ok: true });
    expect(demo.sim.directory.availability('tsander').redirectTarget).toBe('01605550221');
    // The phonebook knows the number as the agent's own entry: the tray says "my mobile" instead.
    expect(view().forward).toMatchObject({ toMobile: true, targetName: null });
    expect(trayView(f.companion.state).tooltip).toContain('Umgeleitet auf mein Handy (0160 5550221)');

    const found = await run('availability/find-colleagues', { query: 'schae' });
    expect(found).toMatchObject({
      ok: true,
      value: [{ username: 'kschaefer', extension: expect.any(String) }],
    });
    if (!found.ok || !Array.isArray(found.value)) throw new Error('colleagues found');
    const [colleague] = found.value as { extension: string; displayName: string }[];
    await run('availability/forward', { target: colleague?.extension ?? '' });
    expect(view().forward).toMatchObject({
      target: colleague?.extension,
      targetName: colleague?.displayName,
    });
    expect(trayView(f.companion.state).tooltip).toContain(`Umgeleitet auf ${colleague?.displayName}`);
  });
});

describe('locations', () => {
  test('relocate by id and log out, with the reference’s bodies; the state says where the agent is', async () => {
    const { demo, run, view, locationId } = await connected();
    const reception = locationId('Empfang');
    expect(await run('availability/relocate', { locationId: reception })).toMatchObject({
      ok: true,
      value: { subject: 'Empfang' },
    });
    expect(view().location.current).toEqual({ id: reception, name: 'Empfang' });
    expect(demo.sim.directory.availability('tsander').location).toBe('Empfang');
    expect(await run('availability/leave-location')).toMatchObject({ ok: true });
    expect(view().location.current).toBeNull();
    const posts = demo.requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => [request.path, request.body])).toEqual([
      [`/services/location/${reception}`, { action: 'relocate', username: 'tsander' }],
      [`/services/location/${reception}`, { action: 'logout', username: 'tsander' }],
    ]);
  });

  test('a location deleted on the PBX: "no longer on the PBX", and it leaves the list', async () => {
    const { demo, run, view, locationId } = await connected();
    const meeting = locationId('Besprechung 2. OG');
    demo.sim.directory.removeLocation('Besprechung 2. OG');
    expect(await run('availability/relocate', { locationId: meeting })).toMatchObject({
      ok: false,
      error: { detail: 'availability-vanished' },
    });
    expect(view().location.list.map((location) => location.name)).toEqual(['HomeOffice', 'Empfang']);
  });
});
