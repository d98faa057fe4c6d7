/**
 * The popup's actions against the demo PBX over real HTTP: Answer (checked on the PBX side),
 * Open in CRM (the URL checked, nothing opened), Add to contacts, and a burst of calls that must
 * not make the call loop's requests overlap.
 */
import { describe, expect, test } from 'vitest';
import type { FetchLike } from '../../electron/core/ports';
import { DEMO_CALLERS } from '../../electron/demo-pbx/index';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('calls-actions');
const { state, run } = session;

describe('popup actions', () => {
  test('Answer sends offhook to the default device (it lists no pickup); the call connects and its popup stays', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.startInboundCall({ from: '+4930555999', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    const id = state().calls.popups[0] ?? '';

    const answered = await run('calls/answer', {});
    expect(answered).toEqual({ ok: true, value: { callId: id, action: 'offhook' } });
    expect(pbx.sim.deviceActions()).toMatchObject([
      { user: 'tsander', device: 'pascom Softphone [Tina Sander]', body: { action: 'offhook' } },
    ]);
    await fixture.until(() => state().calls.live[0]?.phase === 'connected');
    expect(state().calls.popups).toEqual([id]);

    const again = await run('calls/answer', {});
    expect(again).toMatchObject({ ok: false, error: { kind: 'not-found', detail: 'calls-no-ringing-call' } });
    expect(pbx.sim.deviceActions()).toHaveLength(1);
  });

  test('Open in CRM fills the template with encoded values; an http template is refused when saved', async () => {
    const { pbx, fixture } = await session.start();
    const refused = await run('calls/update-settings', { crmUrlTemplate: 'http://crm.example/?q={number}' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid-input', detail: 'crm-not-https' } });
    const saved = await run('calls/update-settings', {
      crmUrlTemplate: 'https://crm.example.com/lookup?phone={e164}&name={name}&via={queue}',
    });
    expect(saved.ok).toBe(true);

    pbx.sim.startInboundCall({ from: DEMO_CALLERS.lukasMueller.callsFrom, to: 'Zentrale' });
    await fixture.until(() => state().calls.popups.length === 1);
    const opened = await run('calls/open-crm', { callId: state().calls.popups[0] ?? '' });
    const url =
      'https://crm.example.com/lookup?phone=%2B49891234567&name=M%C3%BCller%20%26%20S%C3%B6hne%20GmbH%20-%20Lukas%20M%C3%BCller&via=Zentrale';
    expect(opened).toEqual({ ok: true, value: { url } });
    expect(fixture.windows.externalUrls).toEqual([url]);
  });

  test('the CRM opens by itself on answer when set so', async () => {
    const { pbx, fixture } = await session.start();
    await run('calls/update-settings', {
      crmUrlTemplate: 'https://crm.example.com/c/{number}',
      openCrmOnAnswer: true,
    });
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555777', to: 'tsander' });
    await fixture.until(() => state().calls.live.length === 1);
    expect(fixture.windows.externalUrls).toEqual([]);
    pbx.sim.answer(phonecallId, { by: 'tsander' });
    await fixture.until(() => fixture.windows.externalUrls.length === 1);
    expect(fixture.windows.externalUrls).toEqual(['https://crm.example.com/c/%2B4930555777']);
  });

  test('Add to contacts creates a private entry on the PBX, and the caller is named by it at once', async () => {
    const { pbx, fixture } = await session.start();
    pbx.sim.startInboundCall({ from: '+49 30 5550123', fromName: '', to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 1);
    expect(state().calls.live[0]?.remoteName).toBeNull();

    const added = await run('calls/add-contact', {
      number: '+49 30 5550123',
      displayName: 'Neue Kundin',
      organisation: 'Beispiel AG',
      numberKind: 'mobile',
    });
    expect(added.ok).toBe(true);
    const created = pbx.requests.find(
      (request) => request.method === 'POST' && request.path.includes('phonebook'),
    );
    expect(created).toMatchObject({
      path: '/services/phonebook/identity/tsander',
      body: { displayname: 'Neue Kundin', organisation: 'Beispiel AG', mobile: '+49 30 5550123', phone: '' },
    });
    await fixture.until(() => state().calls.live[0]?.remoteName === 'Neue Kundin');
    expect(state().calls.live[0]?.contacts[0]).toMatchObject({
      source: 'private',
      organisation: 'Beispiel AG',
    });
  });

  test('a burst of calls while the PBX is slow: one tick at a time, never two requests of a kind in flight', async () => {
    const inFlight = { states: 0, live: 0 };
    const most = { states: 0, live: 0 };
    const countingFetch: FetchLike = async (url, init) => {
      // While calls ring, a tick sends its states and live requests together (one round trip).
      const kind = /identity\/states/.test(url) ? 'states' : /cdr\/live/.test(url) ? 'live' : null;
      if (kind) most[kind] = Math.max(most[kind], ++inFlight[kind]);
      try {
        return await fetch(url, init);
      } finally {
        if (kind) inFlight[kind] -= 1;
      }
    };
    const { pbx, fixture } = await session.start({ fixture: { fetch: countingFetch } });
    pbx.sim.injectFault({ kind: 'latency', ms: 40, pathPrefix: '/cdr/live' });
    for (let i = 0; i < 10; i++) pbx.sim.startInboundCall({ from: `+4930555${100 + i}`, to: 'tsander' });
    await fixture.until(() => state().calls.popups.length === 10);
    expect(most).toEqual({ states: 1, live: 1 });
  });
});
