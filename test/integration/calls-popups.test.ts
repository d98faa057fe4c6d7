/**
 * Incoming calls end to end in the core: a real Companion against the demo PBX over real HTTP
 * (both on the fixture's fake clock), from the PBX starting to ring to popups, names, cards and
 * the panel's list of today's calls.
 */
import { describe, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { DEMO_CALLERS } from '../../electron/demo-pbx/index';
import { missedCallsPopupId } from '../../electron/shared/features/calls';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('calls-test');
const { state, run } = session;

describe('incoming calls', () => {
  test('a direct call in another number format opens one popup named from the phonebook, with its history', async () => {
    const { pbx, fixture } = await session.start();
    const caller = DEMO_CALLERS.lukasMueller;
    // No name from the PBX: the name must come from the app's own phonebook lookup.
    pbx.sim.startInboundCall({ from: caller.sameInOtherFormat, fromName: '', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    const [call] = state().calls.live;
    expect(fixture.windows.events.filter((event) => event.startsWith('open:'))).toEqual([`open:${call?.id}`]);
    expect(call).toMatchObject({
      direction: 'inbound',
      phase: 'ringing',
      route: 'direct',
      remoteName: caller.displayname,
      remoteDisplayNumber: '089 1234567',
      remoteE164: '+49891234567',
    });
    expect(call?.contacts[0]).toMatchObject({ source: 'global', organisation: caller.organisation });
    await fixture.until(() => state().calls.live[0]?.previousCalls !== null);
    // Seeded: three earlier calls from this line, in two formats, one of them unanswered.
    expect(state().calls.live[0]?.previousCalls).toMatchObject({ count: 3, missed: 1, days: 30 });
  });

  test('private entries win over global ones, and several matches are all kept', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.startInboundCall({
      from: DEMO_CALLERS.kaetheGross.sameInOtherFormat,
      fromName: '',
      to: 'tsander',
    });
    pbx.sim.startInboundCall({
      from: DEMO_CALLERS.stadtwerkeZentrale.callsFrom,
      fromName: '',
      to: 'tsander',
    });
    await fixture.until(() => state().calls.live.length === 2);
    const [kaethe, stadtwerke] = state().calls.live;
    expect(kaethe?.contacts[0]).toMatchObject({
      source: 'private',
      displayName: DEMO_CALLERS.kaetheGross.displayname,
    });
    expect(kaethe?.contacts.length).toBeGreaterThan(1);
    expect(stadtwerke?.contacts.map((contact) => contact.displayName).sort()).toEqual(
      [DEMO_CALLERS.stadtwerkeOeztuerk.displayname, DEMO_CALLERS.stadtwerkeZentrale.displayname].sort(),
    );
  });

  test('a queue call shows its queue and closes as answered elsewhere when a colleague takes it', async () => {
    const { pbx, fixture } = await session.start();
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555111', to: 'Support' });
    await fixture.until(() => state().calls.popups.length === 1);
    const id = state().calls.popups[0] ?? '';
    expect(state().calls.live[0]).toMatchObject({ id, queueName: 'Support', route: 'queue' });
    pbx.sim.answer(phonecallId, { by: 'aturitzo' });
    await fixture.until(() => state().calls.popups.length === 0);
    expect(fixture.windows.events).toContain(`close:${id}`);
    expect(state().calls.missedCallCards).toEqual([]);
    await fixture.until(() => state().calls.recent.some((call) => call.outcome === 'answered-elsewhere'));
  });

  test('an unanswered call leaves a missed-call card and a missed entry in the list of today', async () => {
    const { pbx, fixture } = await session.start();
    const { phonecallId } = pbx.sim.startInboundCall({
      from: DEMO_CALLERS.franzHofer.callsFrom,
      to: 'tsander',
    });
    await fixture.until(() => state().calls.popups.length === 1);
    const id = state().calls.popups[0] ?? '';
    pbx.sim.hangup(phonecallId);
    await fixture.until(() => state().calls.live.length === 0);
    // The call's popup gives way to the one missed-calls summary, where the call is a row.
    expect(state().calls.popups).toEqual([missedCallsPopupId]);
    expect(state().calls.missedCallCards.map((card) => card.call.id)).toEqual([id]);
    expect(state().calls.missedCallCards[0]?.call.remoteName).toBe(DEMO_CALLERS.franzHofer.displayname);
    expect(fixture.windows.open.has(id)).toBe(false);
    expect(fixture.windows.open.has(missedCallsPopupId)).toBe(true);
    const missedNow = state().calls.recent[0];
    expect(missedNow).toMatchObject({ outcome: 'missed', remoteName: DEMO_CALLERS.franzHofer.displayname });
    // Once the PBX's history has it, the entry comes from there (and is still missed).
    await fixture.until(() => state().calls.recent[0]?.id.startsWith('in:') === true);
    expect(state().calls.recent[0]).toMatchObject({
      outcome: 'missed',
      remoteDisplayNumber: '+43 1 5875123',
    });
    expect(state().calls.recent.filter((call) => call.id.startsWith('live:'))).toEqual([]);

    await dispatchCommand(
      fixture.companion,
      'popup/dismiss',
      { callId: id },
      { window: 'popup', popupCallId: id },
    );
    expect(state().calls.missedCallCards).toEqual([]);
    // Its last row gone, the summary closes.
    expect(fixture.windows.open.has(missedCallsPopupId)).toBe(false);
  });

  test('a call answered and ended between two polls is not left as a missed call: the PBX history says it was taken', async () => {
    const { pbx, fixture } = await session.start();
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555888', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    pbx.sim.answer(phonecallId, { by: 'tsander' });
    pbx.sim.hangup(phonecallId);
    await fixture.until(() => state().calls.live.length === 0);
    await fixture.until(
      () => state().calls.popups.length === 0 && state().calls.missedCallCards.length === 0,
    );
    await fixture.until(() => state().calls.recent[0]?.id.startsWith('in:') === true);
    expect(state().calls.recent[0]?.outcome).toBe('answered');
    // One entry for the call: the history's, not also the one the tracker saw.
    expect(state().calls.recent.filter((call) => call.id.startsWith('live:'))).toEqual([]);
  });

  test('two calls at once get two popups, each closing with its own call', async () => {
    const { pbx, fixture } = await session.start();
    const first = pbx.sim.startInboundCall({ from: '+4930555001', to: 'tsander' });
    const second = pbx.sim.startInboundCall({ from: '+4930555002', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 2);
    const [firstId, secondId] = state().calls.popups;
    pbx.sim.answer(second.phonecallId, { by: 'ameyer' });
    await fixture.until(() => state().calls.popups.length === 1);
    expect(state().calls.popups).toEqual([firstId]);
    expect(fixture.windows.events).toContain(`close:${secondId}`);
    pbx.sim.answer(first.phonecallId, { by: 'tsander' });
    await fixture.until(() => state().calls.live[0]?.phase === 'connected');
    expect(state().calls.popups).toEqual([firstId]);
    pbx.sim.hangup(first.phonecallId);
    await fixture.until(() => state().calls.popups.length === 0);
  });

  test('settings decide: no popup for queue calls when switched off, a notification when chosen, nothing in click-to-dial mode', async () => {
    const notifications: { title: string; body: string }[] = [];
    const { pbx, fixture } = await session.start({
      fixture: { notifier: { notify: (note) => notifications.push(note) } },
    });
    expect((await run('calls/update-settings', { popupForQueueCalls: false, alert: 'both' })).ok).toBe(true);
    const queued = pbx.sim.startInboundCall({ from: '+4930555111', to: 'Support' });
    await fixture.until(() => state().calls.live.length === 1);
    await fixture.pump(2000);
    expect(state().calls.popups).toEqual([]);
    expect(notifications).toEqual([]);
    pbx.sim.hangup(queued.phonecallId);
    await fixture.until(() => state().calls.live.length === 0);

    const direct = pbx.sim.startInboundCall({ from: DEMO_CALLERS.seanOBrien.callsFrom, to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    // The fixture's system speaks German.
    expect(notifications).toEqual([
      {
        title: 'Eingehender Anruf',
        body: `${DEMO_CALLERS.seanOBrien.displayname} (09421 778899)`,
        tag: expect.any(String),
      },
    ]);
    pbx.sim.answer(direct.phonecallId, { by: 'ameyer' });
    await fixture.until(() => state().calls.popups.length === 0);

    await run('calls/update-settings', { clickToDialOnly: true });
    pbx.sim.startInboundCall({ from: '+4930555333', to: 'tsander' });
    await fixture.until(() => state().calls.live.length === 1);
    await fixture.pump(2000);
    expect(state().calls.popups).toEqual([]);
    expect(notifications).toHaveLength(1);
  });

  test('where the PBX answers 204 to the states request, /cdr/live alone still finds the call', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.injectFault({ kind: 'status', status: 204, pathPrefix: '/identity/states' });
    await fixture.pump(3000);
    pbx.sim.startInboundCall({ from: '+4930555444', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    expect(fixture.logLines.some((line) => line.includes('following /cdr/live directly'))).toBe(true);
  });
});
