/**
 * The queue figures are shown in the panel; with the panel hidden only the tray shows the agent's
 * pause. So the queues are polled as often as what is on screen needs: every 2 s with the panel
 * shown, every minute with it hidden (what Electron's panel window show/hide and the preview's
 * "Tray click" tell the core), every 5 s for a host that says neither.
 */
import { describe, expect, test } from 'vitest';
import { useDemoSession } from '../harness/demo-session';

const session = useDemoSession('queue-cadence-test');

const queueLists = () =>
  session.requestsSinceMark().filter((r) => r.method === 'GET' && /^\/services\/queue\/?$/.test(r.path));
const queueDetails = () =>
  session.requestsSinceMark().filter((r) => r.method === 'GET' && /^\/services\/queue\/[^/]+$/.test(r.path));

describe('queue polling follows the panel', () => {
  test('hidden: the list once a minute; shown: read at once, then every 2 s; hidden again: slow at once', async () => {
    const { fixture } = await session.start();
    fixture.companion.panelVisibility(false);
    await fixture.pump(61_000, 500);
    session.mark();
    await fixture.pump(5 * 60_000, 2000);
    expect(queueLists().length).toBe(5);
    // Nothing changed in the queues: no detail within ten minutes of the last one.
    expect(queueDetails().length).toBeLessThanOrEqual(3);

    session.mark();
    fixture.companion.panelVisibility(true);
    await fixture.pump(100, 100);
    expect(queueLists().length).toBe(1);
    await fixture.pump(10_000, 250);
    expect(queueLists().length).toBe(6);

    fixture.companion.panelVisibility(false);
    await fixture.pump(2000, 250);
    session.mark();
    await fixture.pump(59_000, 500);
    expect(queueLists().length).toBeLessThanOrEqual(1);
  });

  test('a host that says nothing about the panel: every 5 s, as before', async () => {
    const { fixture } = await session.start();
    await fixture.pump(5000, 500);
    session.mark();
    await fixture.pump(60_000, 500);
    expect(queueLists().length).toBe(12);
  });

  test('a pause made elsewhere shows in the tray within a minute with the panel hidden', async () => {
    const { fixture, pbx } = await session.start();
    fixture.companion.panelVisibility(false);
    await fixture.until(() => session.state().queues.status === 'ready');
    await fixture.pump(5000, 500);
    expect(session.state().queues.pause.state).toBe('available');
    // The desk phone's pause key: the PBX pauses the agent in every queue, the app is not asked.
    const response = await fetch(`${pbx.baseUrl}/services/queue/action`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${pbx.apiUser}:queue-cadence-test`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ action: 'pause', identity: 'tsander' }),
    });
    expect(response.ok).toBe(true);
    await fixture.until(() => session.state().queues.pause.state === 'paused', 61_000);
  });
});
