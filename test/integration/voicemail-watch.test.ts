/**
 * Watching the agent's mailbox against the demo PBX over real HTTP, the core's timers on a fake
 * clock: what it costs while nothing happens, how a new message shows, and that a mailbox the PBX
 * cannot read stays the voicemail tab's problem alone.
 */
import { describe, expect, test } from 'vitest';
import type { Notifier } from '../../electron/core/ports';
import { DEMO_CALLERS, type DemoPbx } from '../../electron/demo-pbx/index';
import type { VoicemailMessageView } from '../../electron/shared/features/voicemail';
import { useDemoSession } from '../harness/demo-session';

// The PBX keeps real time; the companion's timers run on the fake clock.
const session = useDemoSession('Herbst-2026!', { pbxClock: 'real', waitFor: 'nothing' });

async function connected(notifier?: Notifier) {
  const started = await session.start({ fixture: notifier ? { notifier } : {} });
  await started.fixture.until(() => started.fixture.companion.state.voicemail.status === 'ready');
  return started;
}

const voicemailRequests = (demo: DemoPbx, from = 0) =>
  demo.requests.slice(from).filter((request) => request.path.startsWith('/services/voicemailbox'));

describe('watching the mailbox', () => {
  test('at start the folders are listed once and the unheard messages counted', async () => {
    const { pbx, fixture } = await connected();
    expect(fixture.companion.state.voicemail).toMatchObject({
      status: 'ready',
      mailbox: '221',
      unread: 2,
      total: 5,
    });
    expect(voicemailRequests(pbx).map((r) => `${r.method} ${r.path}`)).toEqual([
      'HEAD /services/voicemailbox/221/INBOX',
      'GET /services/voicemailbox/221',
      'GET /services/voicemailbox/221/INBOX',
      'GET /services/voicemailbox/221/Old',
      'GET /services/voicemailbox/221/Urgent',
    ]);
    const list = await fixture.companion.runCommand('voicemail/list', {}, { window: 'panel' });
    const { messages, folders } = list as { messages: VoicemailMessageView[]; folders: { name: string }[] };
    expect(folders.map((f) => f.name)).toEqual(['INBOX', 'Urgent', 'Old']);
    expect(messages.map((m) => `${m.folder}:${m.callerName ?? m.callerNumber}:${m.durationSeconds}`)).toEqual(
      [
        'INBOX:030 99998888:7',
        'INBOX:Sabine Weiß:12',
        'Old:Müller & Söhne GmbH - Lukas Müller:9',
        'Old:Anna Meyer:6',
        'Old:Wiener Versicherung AG - Franz Hofer:14',
      ],
    );
    expect(messages[0]).toMatchObject({ unheard: true, nameSource: null });
  });

  test('an idle agent costs one HEAD per 30 s interval and no listing', async () => {
    const { pbx, fixture } = await connected();
    const from = pbx.requests.length;
    await fixture.pump(10 * 60_000, 1000);
    const requests = voicemailRequests(pbx, from);
    expect(requests.every((r) => r.method === 'HEAD' && r.path === '/services/voicemailbox/221/INBOX')).toBe(
      true,
    );
    expect(requests.length).toBeGreaterThanOrEqual(19);
    expect(requests.length).toBeLessThanOrEqual(21);
    expect(requests.every((r) => r.responseBytes === 0)).toBe(true);
  });

  test('a new voicemail shows within one interval, raises the count, an event and one notification', async () => {
    const notifications: { title: string; body: string; onClick?: () => void }[] = [];
    const { pbx, fixture } = await connected({ notify: (n) => notifications.push(n) });
    const received: VoicemailMessageView[] = [];
    fixture.companion.on('voicemail/received', (message) => received.push(message));
    await fixture.pump(7000, 500);

    pbx.sim.leaveVoicemail({ mailbox: '221', from: DEMO_CALLERS.kaetheGross.callsFrom, durationSeconds: 9 });
    const waitedMs = await fixture.until(() => fixture.companion.state.voicemail.unread === 3, 31_000);
    expect(waitedMs).toBeLessThanOrEqual(30_000);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ folder: 'INBOX', unheard: true, durationSeconds: 9 });
    expect(received[0]?.callerName).toMatch(/Käthe Groß/);
    // The fixture's system locale is German, so is the notification.
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.title).toMatch(/^Neue Sprachnachricht von .*Käthe Groß/);

    // Clicking it shows the panel on that message.
    notifications[0]?.onClick?.();
    expect(fixture.windows.events.at(-1)).toBe('panel');
    expect(fixture.companion.state.voicemail.reveal).toMatchObject({ key: received[0]?.key, seq: 1 });

    await fixture.pump(120_000, 1000);
    expect(received).toHaveLength(1);
    expect(notifications).toHaveLength(1);
  });

  test('the caller is named from the phonebook, private entry first, over the caller-id name the PBX got', async () => {
    const { pbx, fixture } = await connected();
    await fixture.until(() => fixture.companion.state.voicemail.status === 'ready');
    pbx.sim.leaveVoicemail({
      mailbox: '221',
      from: DEMO_CALLERS.tobiasMustermann.callsFrom,
      fromName: 'MOBIL',
    });
    await fixture.companion.runCommand('voicemail/refresh', {}, { window: 'panel' });
    await fixture.until(() => fixture.companion.state.voicemail.total === 6);
    const list = await fixture.companion.runCommand('voicemail/list', {}, { window: 'panel' });
    const newest = (list as { messages: VoicemailMessageView[] }).messages[0];
    expect(newest).toMatchObject({
      callerName: DEMO_CALLERS.tobiasMustermann.displayname,
      nameSource: 'phonebook',
    });
  });

  test('opening the tab lists the folders at once, even when the counts did not change', async () => {
    const { pbx, fixture } = await connected();
    await fixture.pump(2000, 500);
    const from = pbx.requests.length;
    await fixture.companion.runCommand('voicemail/refresh', {}, { window: 'panel' });
    await fixture.pump(500, 100);
    expect(voicemailRequests(pbx, from).map((r) => `${r.method} ${r.path}`)).toEqual([
      'HEAD /services/voicemailbox/221/INBOX',
      'GET /services/voicemailbox/221/INBOX',
      'GET /services/voicemailbox/221/Old',
      'GET /services/voicemailbox/221/Urgent',
    ]);
  });

  test('a mailbox the PBX cannot read shows on the voicemail tab only; the app stays online', async () => {
    const { pbx, fixture: current } = await session.start({ connect: false });
    pbx.sim.injectFault({ kind: 'status', status: 404, pathPrefix: '/services/voicemailbox' });
    await session.connect();
    await current.until(() => current.companion.state.voicemail.status === 'failed');
    expect(current.companion.state.voicemail.failure).toMatchObject({ kind: 'not-found' });
    await current.pump(65_000, 1000);
    expect(current.companion.state.connection.status).toBe('online');

    pbx.sim.clearFaults();
    await current.until(() => current.companion.state.voicemail.status === 'ready', 31_000);
    expect(current.companion.state.voicemail).toMatchObject({ unread: 2, failure: null });
  });
});
