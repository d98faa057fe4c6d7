import { describe, expect, test } from 'vitest';
import {
  type LastSeen,
  ProfileAutomations,
} from '../../../../electron/core/availability/profile-automations';
import type { AvailabilitySettings } from '../../../../electron/core/availability/settings';
import { createLogger } from '../../../../electron/core/log';
import type { AutomationRunView } from '../../../../electron/shared/features/availability';
import { FakeClock } from '../../../harness/fake-clock';

const OFFICE = 11;
const HOME = 12;
const AWAY = 13;
const KEY = 'tsander@https://pbx.example.com/demo';

/** A PBX with three profiles, the office one active; every activation is recorded. */
function createRig(
  choices: Partial<AvailabilitySettings> = {},
  lastSeen: LastSeen = { key: null, profileId: null },
) {
  const clock = new FakeClock();
  const world = { active: OFFICE as number | null, online: true, failing: false, sent: [] as number[] };
  const profiles = new Set([OFFICE, HOME, AWAY]);
  const runs: AutomationRunView[] = [];
  const settings: AvailabilitySettings = {
    pickedSwitches: [],
    quitProfileId: null,
    startProfileId: null,
    lockProfileId: null,
    memory: { key: null, lastSeenProfileId: null },
    ...choices,
  };
  const automations = new ProfileAutomations(
    {
      clock,
      log: createLogger({ sink: () => {} }),
      settings: () => settings,
      online: () => world.online,
      readActive: async () => world.active,
      exists: async (id) => profiles.has(id),
      activate: async (id) => {
        if (world.failing) throw new Error('the PBX did not answer');
        world.sent.push(id);
        world.active = id;
      },
      record: (run) => runs.push(run),
    },
    lastSeen,
  );
  const outcomes = () =>
    runs.map((run) => `${run.trigger} ${run.outcome}${run.reason ? ` ${run.reason}` : ''}`);
  return { automations, world, profiles, outcomes, settle: () => automations.settled() };
}

describe('the lock automation', () => {
  test('activates its profile on lock and brings the one before back on unlock', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.automations.screenLocked();
    await rig.settle();
    expect(rig.world.active).toBe(AWAY);
    expect(rig.automations.holding).toBe(true);
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([AWAY, OFFICE]);
    expect(rig.outcomes()).toEqual(['lock activated', 'unlock activated']);
    expect(rig.automations.holding).toBe(false);
  });

  test('does nothing while off (the default), on lock and on unlock', async () => {
    const rig = createRig();
    rig.automations.screenLocked();
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
    expect(rig.outcomes()).toEqual([]);
  });

  test('with its profile already active there is nothing to do, and nothing to restore', async () => {
    const rig = createRig({ lockProfileId: OFFICE });
    rig.automations.screenLocked();
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
    expect(rig.outcomes()).toEqual(['lock skipped already']);
  });

  test('a profile chosen elsewhere while locked stays: the unlock restores nothing', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.automations.screenLocked();
    await rig.settle();
    // The agent picks "Homeoffice" on the desk phone; the app reads it.
    rig.world.active = HOME;
    rig.automations.observed(HOME);
    expect(rig.automations.holding).toBe(false);
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([AWAY]);
    expect(rig.world.active).toBe(HOME);
    expect(rig.outcomes()).toEqual(['lock activated', 'unlock skipped manual']);
  });

  test('its own confirming read does not count as a change elsewhere', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.automations.screenLocked();
    await rig.settle();
    rig.automations.observed(AWAY);
    expect(rig.automations.holding).toBe(true);
  });

  test('a choice by hand in the app lets go of the hold', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.automations.screenLocked();
    await rig.settle();
    rig.automations.manualChoice();
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([AWAY]);
  });

  test('the PBX changed it and the app had not read it yet: unlock reads first and restores nothing', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.automations.screenLocked();
    await rig.settle();
    rig.world.active = HOME;
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([AWAY]);
  });

  test('unlocked while offline: the restore waits for the next session, then runs', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.automations.screenLocked();
    await rig.settle();
    rig.world.online = false;
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([AWAY]);
    rig.world.online = true;
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    expect(rig.world.sent).toEqual([AWAY, OFFICE]);
  });

  test('a restore the PBX does not take is tried again when a session comes online', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.automations.screenLocked();
    await rig.settle();
    rig.world.failing = true;
    rig.automations.screenUnlocked();
    await rig.settle();
    expect(rig.automations.holding).toBe(true);
    rig.world.failing = false;
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    expect(rig.world.active).toBe(OFFICE);
    expect(rig.outcomes()).toEqual(['lock activated', 'unlock failed', 'unlock activated']);
  });

  test('its profile deleted on the PBX: skipped with the reason, nothing sent', async () => {
    const rig = createRig({ lockProfileId: AWAY });
    rig.profiles.delete(AWAY);
    rig.automations.screenLocked();
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
    expect(rig.outcomes()).toEqual(['lock skipped vanished']);
  });
});

describe('the start automation', () => {
  test('activates its profile once per agent and PBX in a run of the app', async () => {
    const rig = createRig({ startProfileId: HOME });
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    rig.world.active = OFFICE;
    // A reconnect after an outage is not a new start.
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    expect(rig.world.sent).toEqual([HOME]);
    rig.automations.sessionOnline('ameyer@https://pbx.example.com/demo');
    await rig.settle();
    expect(rig.world.sent).toEqual([HOME, HOME]);
  });

  test('leaves a profile chosen elsewhere while the app was closed', async () => {
    const rig = createRig({ startProfileId: HOME }, { key: KEY, profileId: AWAY });
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
    expect(rig.outcomes()).toEqual(['start skipped manual']);
  });

  test('applies when the profile is still the one the app saw last', async () => {
    const rig = createRig({ startProfileId: HOME }, { key: KEY, profileId: OFFICE });
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    expect(rig.world.sent).toEqual([HOME]);
  });

  test('what the app saw for another agent says nothing about this one', async () => {
    const rig = createRig({ startProfileId: HOME }, { key: 'ameyer@x', profileId: AWAY });
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    expect(rig.world.sent).toEqual([HOME]);
  });

  test('a choice by hand before the session came online wins', async () => {
    const rig = createRig({ startProfileId: HOME });
    rig.automations.manualChoice();
    rig.automations.sessionOnline(KEY);
    await rig.settle();
    expect(rig.world.sent).toEqual([]);
  });
});

describe('the quit automation', () => {
  test('activates its profile and ends a lock hold', async () => {
    const rig = createRig({ quitProfileId: AWAY, lockProfileId: HOME });
    rig.automations.screenLocked();
    await rig.settle();
    await rig.automations.beforeQuit('session-end');
    expect(rig.world.sent).toEqual([HOME, AWAY]);
    expect(rig.automations.holding).toBe(false);
  });

  test('off by default; already active or offline: nothing is sent', async () => {
    const off = createRig();
    await off.automations.beforeQuit('app-quit');
    expect(off.world.sent).toEqual([]);
    const already = createRig({ quitProfileId: OFFICE });
    await already.automations.beforeQuit('app-quit');
    expect(already.outcomes()).toEqual(['quit skipped already']);
    const offline = createRig({ quitProfileId: AWAY });
    offline.world.online = false;
    await offline.automations.beforeQuit('app-quit');
    expect([...offline.world.sent, ...offline.outcomes()]).toEqual(['quit skipped offline']);
  });
});
