/**
 * The shared phonebook index kept loaded by the calls feature, against the demo PBX over real
 * HTTP: loaded page by page at connect with its progress in the state, never in the way of the
 * first popup, kept fresh with HEAD counts (a reload only of the phonebook that changed, never per
 * call), and read again when the phone settings change.
 */
import { describe, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { DEMO_CALLERS, type DemoPbx } from '../../electron/demo-pbx/index';
import { useDemoSession } from '../harness/demo-session';

const password = 'calls-phonebook';
const session = useDemoSession(password, { waitFor: 'nothing' });

const connected = (globalPhonebookSize = 300) => session.start({ pbx: { globalPhonebookSize } });

// The index's requests; one entry by id is the availability feature reading the agent's own mobile.
const phonebookRequests = (demo: DemoPbx, since = 0) =>
  demo.requests
    .slice(since)
    .filter((request) => request.path.startsWith('/services/phonebook'))
    .filter((request) => !/^\/services\/phonebook\/\d+$/.test(request.path));
const describeRequest = (request: { method: string; path: string; query: Record<string, string> }) =>
  `${request.method} ${request.path.replace(/\/$/, '')}${request.query.offset === undefined ? '' : `@${request.query.offset}`}`;

describe('the phonebook index', () => {
  test('loads both phonebooks page by page at connect and shows its progress in the state', async () => {
    const { pbx, fixture } = await connected(2400);
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready');
    const progress = fixture.states
      .map((state) => state.calls.phonebook)
      .filter((view) => view.status === 'loading');
    expect(progress.length).toBeGreaterThan(3);
    expect(
      progress.some((view) => view.loaded > 0 && view.expected !== null && view.loaded < view.expected),
    ).toBe(true);
    const final = fixture.companion.state.calls.phonebook;
    expect(final.contacts).toBeGreaterThan(2400);
    expect(final.loaded).toBe(final.contacts);
    expect(final.syncedAtMs).toBe(fixture.clock.now());
    // Two HEAD counts, then the private phonebook first (it wins lookups), then the global one in pages.
    const requests = phonebookRequests(pbx).map(describeRequest);
    expect(requests.slice(0, 4)).toEqual([
      'HEAD /services/phonebook/identity/tsander',
      'HEAD /services/phonebook',
      'GET /services/phonebook/identity/tsander@0',
      'GET /services/phonebook@0',
    ]);
    expect(requests.filter((line) => line.startsWith('GET /services/phonebook@'))).toHaveLength(5);
  });

  test('the first popup does not wait for a slow first load', async () => {
    const { pbx, fixture: f } = await session.start({ connect: false, pbx: { globalPhonebookSize: 3000 } });
    pbx.sim.injectFault({ kind: 'latency', ms: 300, pathPrefix: '/phonebook' });
    expect((await session.connect()).ok).toBe(true);
    pbx.sim.startInboundCall({ from: DEMO_CALLERS.lukasMueller.callsFrom, fromName: '', to: 'tsander' });
    await f.until(() => f.companion.state.calls.popups.length === 1);
    expect(f.companion.state.calls.phonebook.status).toBe('loading');
    // ...and the caller is named as soon as the page with the entry has arrived.
    pbx.sim.clearFaults();
    await f.until(
      () => f.companion.state.calls.live[0]?.remoteName === DEMO_CALLERS.lukasMueller.displayname,
    );
  });

  test('stays fresh with HEAD counts: calls cost no phonebook request, a changed count reloads only that phonebook', async () => {
    const { pbx, fixture } = await connected();
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready');
    const since = pbx.requests.length;
    for (let i = 0; i < 3; i++) {
      const { phonecallId } = pbx.sim.startInboundCall({ from: `+4930555${200 + i}`, to: 'tsander' });
      await fixture.pump(3000, 250);
      pbx.sim.hangup(phonecallId);
      await fixture.pump(3000, 250);
    }
    await fixture.pump(5 * 60_000, 1000);
    expect(phonebookRequests(pbx, since).map(describeRequest)).toEqual([
      'HEAD /services/phonebook/identity/tsander',
      'HEAD /services/phonebook',
    ]);

    const authorization = `Basic ${Buffer.from(`${pbx.apiUser}:${password}`).toString('base64')}`;
    const created = await fetch(`${pbx.baseUrl}/services/phonebook/`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ type: '028phonebook', displayname: 'Frisch Angelegt', phone: '+49 40 1234000' }),
    });
    expect(created.status).toBe(200);
    const beforeChange = pbx.requests.length;
    await fixture.pump(5 * 60_000, 1000);
    const afterChange = phonebookRequests(pbx, beforeChange).map(describeRequest);
    expect(afterChange.slice(0, 2)).toEqual([
      'HEAD /services/phonebook/identity/tsander',
      'HEAD /services/phonebook',
    ]);
    expect(afterChange.slice(2).every((line) => line.startsWith('GET /services/phonebook@'))).toBe(true);
    pbx.sim.startInboundCall({ from: '040 1234000', fromName: '', to: 'tsander' });
    await fixture.until(() => fixture.companion.state.calls.live[0]?.remoteName === 'Frisch Angelegt');
  });

  test('a failed phonebook check is retried soon and does not hold call detection back for minutes', async () => {
    const { pbx, fixture } = await connected();
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready');
    await fixture.pump(4 * 60_000 + 55_000, 1000);
    pbx.sim.injectFault({ kind: 'status', status: 503, pathPrefix: '/phonebook', count: 2 });
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'failed', 20_000);
    pbx.sim.startInboundCall({ from: '+4930555600', to: 'tsander' });
    const waitedMs = await fixture.until(() => fixture.companion.state.calls.popups.length === 1, 60_000);
    expect(waitedMs).toBeLessThan(35_000);
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready', 60_000);
  });

  test('a new area code in the settings re-reads the index: a local number then finds its contact', async () => {
    const { pbx, fixture } = await connected();
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready');
    pbx.sim.startInboundCall({ from: '1234567', fromName: '', to: 'tsander' });
    await fixture.until(() => fixture.companion.state.calls.live.length === 1);
    expect(fixture.companion.state.calls.live[0]?.remoteName).toBeNull();
    const since = pbx.requests.length;

    const saved = await dispatchCommand(
      fixture.companion,
      'calls/update-settings',
      { numberFormat: { areaCode: '089' } },
      { window: 'settings' },
    );
    expect(saved).toMatchObject({ ok: true, value: { numberFormat: { areaCode: '89', country: 'DE' } } });
    await fixture.until(
      () => fixture.companion.state.calls.live[0]?.remoteName === DEMO_CALLERS.lukasMueller.displayname,
    );
    // Re-keyed in memory: no reload from the PBX for it.
    expect(phonebookRequests(pbx, since)).toEqual([]);
  });

  test('a reload fetches no page while a call rings for the agent, and finishes once it stops', async () => {
    const { pbx, fixture: f } = await connected(3000);
    await f.until(() => f.companion.state.calls.phonebook.status === 'ready');
    const pages = (since: number) =>
      phonebookRequests(pbx, since).filter((request) => request.method === 'GET').length;
    const before = pbx.requests.length;
    await dispatchCommand(f.companion, 'phonebook/reload', {}, { window: 'panel' });
    await f.until(() => pages(before) >= 2);
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555700', to: 'tsander' });
    await f.until(
      () => f.companion.state.calls.presence !== null && /ring/i.test(f.companion.state.calls.presence),
    );
    // A page already asked for may still arrive; after it, none while the phone rings.
    await f.pump(1000, 100);
    const held = pages(before);
    await f.pump(10_000, 250);
    expect(pages(before)).toBe(held);
    expect(f.companion.state.calls.phonebook.status).toBe('loading');
    expect(f.companion.state.calls.popups.length).toBe(1);
    pbx.sim.hangup(phonecallId);
    await f.until(() => f.companion.state.calls.phonebook.status === 'ready');
    expect(pages(before)).toBeGreaterThan(held);
  });

  test('a reconnect to the same PBX keeps the index and only asks for the counts', async () => {
    const { pbx, fixture } = await connected();
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready');
    const contacts = fixture.companion.state.calls.phonebook.contacts;
    await dispatchCommand(fixture.companion, 'connection/disconnect', {}, { window: 'settings' });
    const since = pbx.requests.length;
    expect((await session.connect()).ok).toBe(true);
    await fixture.pump(3000);
    expect(phonebookRequests(pbx, since).map(describeRequest)).toEqual([
      'HEAD /services/phonebook/identity/tsander',
      'HEAD /services/phonebook',
    ]);
    expect(fixture.companion.state.calls.phonebook).toMatchObject({ status: 'ready', contacts });
  });
});
