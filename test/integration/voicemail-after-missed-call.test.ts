/**
 * A voicemail can only follow a call to the agent that ended unanswered: the app looks at the
 * mailbox right then and several times in the next 20 s (missed-call-check.ts), not at the next
 * 30 s look. Demo PBX over real HTTP on the companion's fake clock.
 */
import { describe, expect, test } from 'vitest';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('missed-voicemail-test');
const { state } = session;

async function ringing() {
  const started = await session.start();
  const { fixture, pbx } = started;
  await fixture.until(() => state().voicemail.status === 'ready');
  // Well inside the 30 s watch: only a look caused by the call can find the message this soon.
  await fixture.pump(3000, 250);
  const unread = state().voicemail.unread;
  const { phonecallId } = pbx.sim.startInboundCall({ from: '+4930555321', to: 'tsander' });
  await fixture.until(() => state().calls.popups.length === 1);
  return { ...started, unread, phonecallId };
}

describe('the mailbox after a missed call', () => {
  test('a message left as the call ends shows within a second and a half', async () => {
    const { fixture, pbx, unread, phonecallId } = await ringing();
    session.mark();
    pbx.sim.hangup(phonecallId, { leaveVoicemail: true });
    const endedAt = fixture.clock.now();
    await fixture.until(() => state().voicemail.unread === unread + 1, 10_000);
    expect(fixture.clock.now() - endedAt).toBeLessThanOrEqual(1500);
  });

  test('a message that lands a few seconds after the call ended is found by the next look', async () => {
    const { fixture, pbx, unread, phonecallId } = await ringing();
    pbx.sim.hangup(phonecallId);
    const endedAt = fixture.clock.now();
    await fixture.pump(6500, 250);
    pbx.sim.leaveVoicemail({ mailbox: '221', from: '+4930555321', durationSeconds: 2 });
    await fixture.until(() => state().voicemail.unread === unread + 1, 30_000);
    // The look at 9 s, not the one at 13 s or the 30 s watch.
    expect(fixture.clock.now() - endedAt).toBeLessThanOrEqual(10_000);
  });

  test('an answered call makes no extra look; a missed one makes seven in 20 s', async () => {
    const { fixture, pbx, phonecallId } = await ringing();
    pbx.sim.answer(phonecallId);
    await fixture.until(() => state().calls.live[0]?.phase === 'connected');
    session.mark();
    pbx.sim.hangup(phonecallId);
    await fixture.pump(8000, 250);
    const heads = () =>
      session
        .requestsSinceMark()
        .filter((r) => r.method === 'HEAD' && r.path.startsWith('/services/voicemailbox'));
    // At most the regular 30 s look falls into these 8 s.
    expect(heads().length).toBeLessThanOrEqual(1);

    const regular = heads().length;
    const second = pbx.sim.startInboundCall({ from: '+4930555322', to: 'tsander' });
    await fixture.until(() => state().calls.live.some((call) => call.phase === 'ringing'));
    session.mark();
    pbx.sim.hangup(second.phonecallId);
    await fixture.pump(21_000, 250);
    // Seven looks after the missed call, plus at most the regular 30 s look within these 21 s.
    expect(heads().length).toBeGreaterThanOrEqual(7);
    expect(heads().length).toBeLessThanOrEqual(8);
    expect(regular).toBeLessThanOrEqual(1);
  });
});
