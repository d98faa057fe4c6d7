/**
 * Availability against the demo PBX, continued: the picked extension switches (the reference's
 * body, confirmation, a refusal keeping the previous display, two quick toggles), what the feature
 * costs the PBX idle and with the panel open, and controls hidden by a 403 or 404 without a loop.
 */
import { describe, expect, test } from 'vitest';
import { availabilityRig, isAvailabilityRequest } from '../harness/availability-rig';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('availability-switches', { pbxClock: 'real', waitFor: 'nothing' });

async function withPickedSwitches() {
  const rig = await availabilityRig(session);
  expect(await rig.run('availability/update-settings', { pickedSwitches: ['500', '503'] })).toMatchObject({
    ok: true,
    value: { pickedSwitches: ['500', '503'] },
  });
  await rig.f.until(() => rig.view().switches.picked.every((item) => item.on !== null));
  session.mark();
  return rig;
}

describe('picked extension switches', () => {
  test('picked in the settings, shown with their state; a toggle sends the reference’s body with the agent’s id', async () => {
    const { demo, run, view, sent } = await withPickedSwitches();
    const agentId = await agentUserId();
    session.mark();
    expect(view().switches.picked).toEqual([
      { extension: '500', name: 'Nachtschaltung', on: false, vanished: false, pending: false },
      { extension: '503', name: 'AfterHours', on: false, vanished: false, pending: false },
    ]);
    expect(
      await run('availability/set-switch', { extension: '500', on: true, confirmed: true }),
    ).toMatchObject({
      ok: true,
      value: { action: 'set-switch', subject: 'Nachtschaltung' },
    });
    const post = demo.requests.filter((request) => request.method === 'POST').at(-1);
    expect(post).toMatchObject({
      path: '/services/condition/switch/500',
      body: { '039swi_state': true, '003use_id': agentId },
    });
    expect(sent()).toEqual(['POST /services/condition/switch/500', 'GET /services/condition/switch/500']);
    expect(view().switches.picked[0]?.on).toBe(true);
    expect(demo.sim.directory.switches().find((item) => item.extension === '500')?.on).toBe(true);
  });

  test('a toggle without the agent’s confirmation is refused before anything is sent', async () => {
    const { run, sent } = await withPickedSwitches();
    expect(await run('availability/set-switch', { extension: '500', on: true })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input' },
    });
    expect(
      await run('availability/set-switch', { extension: '..', on: true, confirmed: true }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input' },
    });
    expect(sent()).toEqual([]);
  });

  test('the PBX refusing a switch keeps the previous display and says why', async () => {
    const { demo, run, view } = await withPickedSwitches();
    demo.sim.directory.refuseSwitch('503', 403);
    const result = await run('availability/set-switch', { extension: '503', on: true, confirmed: true });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', pbxMessage: expect.stringContaining('503') },
    });
    expect(view().switches.picked[1]).toMatchObject({
      extension: '503',
      on: false,
      pending: false,
      vanished: false,
    });
    expect(view().switches.status).toBe('ready');
    expect(view().lastOutcome).toMatchObject({ action: 'set-switch', ok: false, subject: 'AfterHours' });
    expect(demo.sim.directory.switches().find((item) => item.extension === '503')?.on).toBe(false);
  });

  test('two quick toggles run one after the other: no double request, no two requests at once', async () => {
    const { run, sent } = await withPickedSwitches();
    const toggles = await Promise.all([
      run('availability/set-switch', { extension: '500', on: true, confirmed: true }),
      run('availability/set-switch', { extension: '500', on: true, confirmed: true }),
      run('availability/set-switch', { extension: '503', on: true, confirmed: true }),
    ]);
    expect(toggles.map((toggle) => toggle.ok)).toEqual([true, true, true]);
    // Each request waited for the one before (the demo logs them in the order they were answered).
    expect(sent()).toEqual([
      'POST /services/condition/switch/500',
      'GET /services/condition/switch/500',
      'POST /services/condition/switch/503',
      'GET /services/condition/switch/503',
    ]);
  });
});

describe('what availability costs the PBX', () => {
  test('idle (panel closed): at most one small GET a minute, the forward read at least every 2 minutes', async () => {
    const { f, demo } = await withPickedSwitches();
    // The team board reads its people once at connect (paced, with the panel closed too), on paths
    // that look like availability's own (`/identity/<user>`, `/role/<name>`): let that settle first.
    await f.pump(60_000, 5000);
    const before = demo.requests.length;
    const perMinute: number[] = [];
    for (let minute = 0; minute < 10; minute++) {
      const start = demo.requests.length;
      await f.pump(60_000, 5000);
      perMinute.push(demo.requests.slice(start).filter(isAvailabilityRequest).length);
    }
    expect(Math.max(...perMinute)).toBe(1);
    const idle = demo.requests.slice(before).filter(isAvailabilityRequest);
    expect(idle.every((request) => request.method === 'GET')).toBe(true);
    expect(idle.filter((request) => request.path === '/services/redirect/').length).toBeGreaterThanOrEqual(5);
  });

  test('the panel opening reads everything stale at once; while it stays open, a GET every 15 s', async () => {
    const { f, demo, run, sent } = await withPickedSwitches();
    await f.pump(5.5 * 60_000, 1000);
    session.mark();
    await run('availability/watch');
    await f.pump(1000);
    expect(sent()).toEqual(
      expect.arrayContaining([
        'GET /services/identity/tsander',
        'GET /services/identity/tsander/profile',
        'GET /services/redirect/',
        'GET /services/location/',
        'GET /services/condition/switch',
      ]),
    );
    session.mark();
    for (let step = 0; step < 8; step++) {
      await run('availability/watch');
      await f.pump(15_000, 1000);
    }
    const open = session.requestsSinceMark().filter(isAvailabilityRequest);
    expect(open.length).toBeGreaterThanOrEqual(6);
    expect(open.length).toBeLessThanOrEqual(9);
    expect(demo.requests.length).toBeGreaterThan(0);
  });
});

describe('controls the PBX refuses or lacks', () => {
  test('403 on the locations hides them with the reason, is not asked again, and the session stays online', async () => {
    const { demo, f, view, run } = await availabilityRig(session);
    demo.sim.injectFault({ kind: 'status', status: 403, pathPrefix: '/location' });
    await f.pump(61_000, 1000);
    await run('availability/watch');
    await f.until(() => view().location.status === 'hidden');
    expect(view().location.hiddenReason).toBe('forbidden');
    const before = demo.requests.length;
    // Past the locations' idle age (12 min); coarse steps, as no tick here is shorter than 15 s.
    await f.pump(15 * 60_000, 5000);
    expect(
      demo.requests.slice(before).filter((request) => request.path.startsWith('/services/location')),
    ).toEqual([]);
    expect(f.companion.state.connection.status).toBe('online');
    expect(view().forward.status).toBe('ready');
  });

  test('404 on the redirects hides the forward; a forward is then refused without a request', async () => {
    const { demo, f, view, run } = await availabilityRig(session);
    demo.sim.injectFault({ kind: 'status', status: 404, pathPrefix: '/redirect' });
    await f.pump(5 * 60_000, 1000);
    await f.until(() => view().forward.status === 'hidden');
    expect(view().forward.hiddenReason).toBe('not-offered');
    const before = demo.requests.length;
    expect(await run('availability/forward', { target: '0891234567' })).toMatchObject({
      ok: false,
      error: { detail: 'availability-hidden' },
    });
    expect(
      demo.requests.slice(before).filter((request) => request.path.startsWith('/services/redirect')),
    ).toEqual([]);
  });
});

/** The agent's user id as the PBX lists it (what a switch request must carry). */
async function agentUserId(): Promise<number> {
  const { pbx } = session;
  const credentials = Buffer.from(`${pbx.apiUser}:${pbx.apiPassword}`).toString('base64');
  const response = await fetch(`${pbx.baseUrl}/services/identity/tsander`, {
    headers: { authorization: `Basic ${credentials}` },
  });
  const user = (await response.json()) as { '003use_id': number };
  return user['003use_id'];
}
