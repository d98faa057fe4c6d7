/**
 * The profile automations end to end: the real core against the demo PBX, a fake clock and fake
 * power events (the host's screen lock, the app quitting, the OS session ending).
 */
import { describe, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import type { CommandName } from '../../electron/shared/contract';
import { originFor } from '../harness/command-origin';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('availability-automations', { pbxClock: 'real', waitFor: 'nothing' });

type Choice = 'quitProfileId' | 'startProfileId' | 'lockProfileId';

/** Connected, with these automations chosen in the settings (by profile name) beforehand. */
async function withAutomations(choices: Partial<Record<Choice, string>>) {
  const { pbx: demo, fixture: f } = await session.start({ connect: false });
  const run = (name: CommandName, input: unknown = {}) =>
    dispatchCommand(f.companion, name, input, originFor(name, input));
  const ids = await profilesByName();
  const settings = Object.fromEntries(Object.entries(choices).map(([key, name]) => [key, ids[name]]));
  expect(await run('availability/update-settings', settings)).toMatchObject({ ok: true });
  await session.connectAndWait();
  await f.until(() => f.companion.state.availability.status === 'ready');
  const activeName = () => {
    const id = demo.sim.directory.availability('tsander').activeProfileId;
    return Object.keys(ids).find((name) => ids[name] === id) ?? null;
  };
  const logged = (message: string) => f.logLines.filter((line) => line.includes(message));
  return { demo, f, run, ids, activeName, logged, view: () => f.companion.state.availability };
}

/** The agent's profiles as the PBX lists them, straight from its REST API. */
async function profilesByName(): Promise<Record<string, number>> {
  const { pbx } = session;
  const credentials = Buffer.from(`${pbx.apiUser}:${pbx.apiPassword}`).toString('base64');
  const response = await fetch(`${pbx.baseUrl}/services/identity/tsander/profile`, {
    headers: { authorization: `Basic ${credentials}` },
  });
  const list = (await response.json()) as { '017pro_id': number; '017pro_bez': string }[];
  return Object.fromEntries(list.map((profile) => [profile['017pro_bez'], profile['017pro_id']]));
}

const settled = async (f: { pump(ms: number): Promise<void> }) => f.pump(2000);

describe('profile automations against the demo PBX', () => {
  test('none is on by default: locking, unlocking and quitting leave the profile alone', async () => {
    const { f, activeName, view } = await withAutomations({});
    f.companion.power('lock-screen');
    await settled(f);
    f.companion.power('unlock-screen');
    await settled(f);
    expect(await f.companion.prepareQuit('app-quit')).toBe('done');
    expect(activeName()).toBe('Im Büro');
    expect(view().lastAutomation).toBeNull();
  });

  test('start: the chosen profile when the app signs in', async () => {
    const { activeName, view } = await withAutomations({ startProfileId: 'Homeoffice' });
    expect(activeName()).toBe('Homeoffice');
    expect(view().lastAutomation).toMatchObject({ trigger: 'start', outcome: 'activated' });
  });

  test('lock: the lock profile while locked, the one before after unlocking', async () => {
    const { f, activeName, view } = await withAutomations({ lockProfileId: 'Abwesend' });
    f.companion.power('lock-screen');
    await settled(f);
    expect(activeName()).toBe('Abwesend');
    expect(view().profiles.activeId).not.toBeNull();
    f.companion.power('unlock-screen');
    await settled(f);
    expect(activeName()).toBe('Im Büro');
    expect(view().lastAutomation).toMatchObject({ trigger: 'unlock', outcome: 'activated' });
  });

  test('lock, then a choice by hand: the unlock leaves the agent’s choice', async () => {
    const { f, run, ids, activeName } = await withAutomations({ lockProfileId: 'Abwesend' });
    f.companion.power('lock-screen');
    await settled(f);
    expect(await run('availability/activate-profile', { profileId: ids.Homeoffice })).toMatchObject({
      ok: true,
    });
    f.companion.power('unlock-screen');
    await settled(f);
    expect(activeName()).toBe('Homeoffice');
  });

  test('beside the queues’ lock safety net: one lock pauses the queues and sets the profile, unlock undoes both', async () => {
    const { demo, f, run, activeName } = await withAutomations({ lockProfileId: 'Abwesend' });
    const queues = () => f.companion.state.queues;
    await f.until(() => queues().status === 'ready');
    expect(
      await run('queues/update-settings', { autoPauseOnLock: true, autoPauseReason: 'Meeting' }),
    ).toMatchObject({ ok: true });
    f.companion.power('lock-screen');
    await f.until(
      () => queues().pause.state === 'paused' && queues().queues.every((q) => q.pending === null),
    );
    await settled(f);
    expect(queues().pause).toMatchObject({ reason: 'Meeting', cause: 'lock' });
    expect(activeName()).toBe('Abwesend');
    f.companion.power('unlock-screen');
    await f.until(() => queues().pause.state === 'available');
    await settled(f);
    expect(activeName()).toBe('Im Büro');
    expect(demo.sim.queueActions().map((action) => action.action)).toEqual(['pause', 'unpause']);
  });

  test('quit: the quit profile before the app goes, and the log says it was done', async () => {
    const { f, activeName, logged } = await withAutomations({ quitProfileId: 'Abwesend' });
    expect(await f.companion.prepareQuit('session-end')).toBe('done');
    expect(activeName()).toBe('Abwesend');
    expect(logged('profile automation activated its profile')).toEqual([
      expect.stringContaining('"trigger":"quit"'),
    ]);
    expect(logged('quit steps finished')).toEqual([expect.stringContaining('"trigger":"session-end"')]);
  });

  test('quit with a PBX that does not answer: 2 s, then the app quits anyway and the log says so', async () => {
    const { demo, f, activeName, logged } = await withAutomations({ quitProfileId: 'Abwesend' });
    demo.sim.injectFault({ kind: 'latency', ms: 10_000, pathPrefix: '/identity/tsander/profile' });
    const quitting = f.companion.prepareQuit('app-quit');
    // Big steps: the fixture lets real time pass for requests under way, at most 250 ms a step.
    await f.pump(1900, 950);
    expect(logged('quit steps')).toEqual([]);
    await f.pump(200);
    expect(await quitting).toBe('timed-out');
    expect(logged('quit steps did not finish in time; quitting anyway')).toHaveLength(1);
    expect(activeName()).toBe('Im Büro');
  });
});
