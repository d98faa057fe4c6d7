/**
 * What watching the mailbox costs and how fast a new voicemail reaches the badge. The real core
 * against the demo PBX over loopback HTTP:
 * 1. an idle agent for 30 minutes (fake clock, real requests): requests and bytes per minute of
 *    the voicemail watcher, beside the whole app's;
 * 2. voicemail left -> unread count raised (what the tray badge and the panel show), p50 over 20,
 *    left at random moments of the default 30 s interval (fake clock: the wait for the next look);
 * 3. the same with the real clock once the watcher looks (`voicemail/refresh`): HEAD, listings,
 *    state update, i.e. what the interval adds to;
 * 4. a call to the agent ends unanswered and the caller leaves a message (fake clock): the badge
 *    after the message lands, for a message that lands as the call ends (pascom's "went to
 *    voicemail") and for one that lands 0-8 s later (a short message spoken after the redirect).
 */
import { Buffer } from 'node:buffer';
import { startDemoPbx } from '../../electron/demo-pbx/index';
import { createPreviewCompanion } from '../../electron/preview/preview-companion';
import { createCompanionFixture } from '../harness/companion-fixture';

const samples = Number(process.env.SAMPLES ?? 20);
const idleMinutes = Number(process.env.IDLE_MINUTES ?? 30);

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const pick = (values: number[], q: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// 1. Idle cost
{
  const pbx = await startDemoPbx({ apiPassword: 'bench' });
  const fixture = await createCompanionFixture();
  await fixture.connect({ serverAddress: pbx.baseUrl, apiPassword: 'bench' });
  await fixture.until(() => fixture.companion.state.voicemail.status === 'ready');
  await fixture.pump(5000, 1000);
  const from = pbx.requests.length;
  await fixture.pump(idleMinutes * 60_000, 1000);
  const requests = pbx.requests.slice(from);
  const watcher = requests.filter((r) => r.path.startsWith('/services/voicemailbox'));
  const perMinute = (count: number) => (count / idleMinutes).toFixed(2);
  const kinds = [...new Set(watcher.map((r) => `${r.method} ${r.path}`))];
  console.log(`idle agent, ${idleMinutes} min, default watch interval 30 s:`);
  console.log(
    `  voicemail watcher: ${perMinute(watcher.length)} requests/min, ${perMinute(watcher.reduce((sum, r) => sum + r.responseBytes, 0))} body bytes/min (${kinds.join(', ')})`,
  );
  console.log(
    `  whole app: ${perMinute(requests.length)} requests/min, ${perMinute(requests.reduce((sum, r) => sum + r.responseBytes, 0))} body bytes/min`,
  );
  // Bodies are empty; what a HEAD costs on the wire is its headers.
  const head = await fetch(`${pbx.baseUrl}/services/voicemailbox/221/INBOX`, {
    method: 'HEAD',
    headers: { authorization: `Basic ${Buffer.from(`${pbx.apiUser}:bench`).toString('base64')}` },
  });
  const headerBytes = [...head.headers].reduce(
    (sum, [name, value]) => sum + name.length + value.length + 4,
    0,
  );
  console.log(
    `  one watcher HEAD answers ~${headerBytes} bytes of headers (HTTP/1.1 status line and framing aside)`,
  );
  await fixture.companion.dispose();
  await pbx.close();
}

// 2. Left -> badge with the default interval (fake clock)
{
  const pbx = await startDemoPbx({ apiPassword: 'bench' });
  const fixture = await createCompanionFixture();
  await fixture.connect({ serverAddress: pbx.baseUrl, apiPassword: 'bench' });
  await fixture.until(() => fixture.companion.state.voicemail.status === 'ready');
  const latencies: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    await fixture.pump(Math.round(Math.random() * 30_000), 250);
    const before = fixture.companion.state.voicemail.unread;
    pbx.sim.leaveVoicemail({ mailbox: '221', from: `+49301234${String(sample).padStart(3, '0')}` });
    const leftAt = fixture.clock.now();
    await fixture.until(() => fixture.companion.state.voicemail.unread > before, 60_000);
    latencies.push(fixture.clock.now() - leftAt);
  }
  console.log(`voicemail left -> badge, default 30 s interval, ${samples} samples left at random moments:`);
  console.log(
    `  p50 ${seconds(pick(latencies, 0.5))}, p90 ${seconds(pick(latencies, 0.9))}, min ${seconds(pick(latencies, 0))}, max ${seconds(pick(latencies, 0.999))} (100 ms resolution)`,
  );
  await fixture.companion.dispose();
  await pbx.close();
}

// 3. Once the watcher looks: real clock, real time
{
  const preview = await createPreviewCompanion({ pbx: { kind: 'demo', options: { lively: false } } });
  const { companion } = preview;
  const demo = preview.demo;
  if (!demo) throw new Error('no demo PBX');
  const deadline = Date.now() + 10_000;
  while (companion.state.voicemail.status !== 'ready' && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const latencies: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const before = companion.state.voicemail.unread;
    const shown = new Promise<number>((resolve) => {
      const stop = companion.on('state', (state) => {
        if (state.voicemail.unread > before) {
          stop();
          resolve(performance.now());
        }
      });
    });
    demo.sim.leaveVoicemail({ mailbox: '221', from: `+49309876${String(sample).padStart(3, '0')}` });
    const leftAt = performance.now();
    await companion.runCommand('voicemail/refresh', {}, { window: 'panel' });
    latencies.push((await shown) - leftAt);
  }
  console.log(
    `watcher looks -> badge (HEAD, folder listings, state pushed), real clock, ${samples} samples:`,
  );
  console.log(
    `  p50 ${pick(latencies, 0.5).toFixed(1)} ms, p90 ${pick(latencies, 0.9).toFixed(1)} ms, max ${pick(latencies, 0.999).toFixed(1)} ms`,
  );
  await preview.close();
  await demo.close();
}

// 4. A missed call, then its message -> badge (fake clock)
{
  const pbx = await startDemoPbx({ apiPassword: 'bench' });
  const fixture = await createCompanionFixture();
  await fixture.connect({ serverAddress: pbx.baseUrl, apiPassword: 'bench' });
  await fixture.until(() => fixture.companion.state.voicemail.status === 'ready');
  const state = () => fixture.companion.state;
  const measureAfterMissedCall = async (landsAfterMs: (sample: number) => number) => {
    const latencies: number[] = [];
    for (let sample = 0; sample < samples; sample++) {
      // Anywhere in the 30 s backstop's cycle, so only the look after the call can be quick.
      await fixture.pump(1000 + Math.round(Math.random() * 30_000), 250);
      const before = state().voicemail.unread;
      const from = `+49305550${String(sample).padStart(3, '0')}`;
      const { phonecallId } = pbx.sim.startInboundCall({ from, to: 'tsander' });
      await fixture.until(() => state().calls.live.some((call) => call.phase === 'ringing'));
      await fixture.pump(3000, 250);
      const delayMs = landsAfterMs(sample);
      pbx.sim.hangup(phonecallId, { leaveVoicemail: delayMs === 0 });
      if (delayMs > 0) {
        await fixture.pump(delayMs, 250);
        pbx.sim.leaveVoicemail({ mailbox: '221', from, durationSeconds: Math.round(delayMs / 1000) });
      }
      const leftAt = fixture.clock.now();
      await fixture.until(() => state().voicemail.unread > before, 60_000);
      latencies.push(fixture.clock.now() - leftAt);
    }
    return latencies;
  };
  const atEnd = await measureAfterMissedCall(() => 0);
  const later = await measureAfterMissedCall((sample) => 250 + Math.round(((sample + 0.5) / samples) * 8000));
  console.log(`missed call, then its message -> badge (${samples} samples each, 250 ms resolution):`);
  console.log(
    `  message lands as the call ends:  p50 ${seconds(pick(atEnd, 0.5))}, p95 ${seconds(pick(atEnd, 0.95))}, max ${seconds(pick(atEnd, 0.999))}`,
  );
  console.log(
    `  message lands 0-8 s after the end: p50 ${seconds(pick(later, 0.5))}, p95 ${seconds(pick(later, 0.95))}, max ${seconds(pick(later, 0.999))}`,
  );
  console.log('goal: p95 under 3 s; the idle cost above is the 30 s watch alone');
  await fixture.companion.dispose();
  await pbx.close();
}
