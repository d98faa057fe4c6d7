/**
 * One broken resource backs off alone; only the agent's own-state poll decides whether the app is
 * online, and a Retry-After is honoured for at most five minutes. The real core against the demo
 * PBX over HTTP, fake clock, seeded jitter.
 */
import { describe, expect, test } from 'vitest';
import type { DemoPbx } from '../../electron/demo-pbx/index';
import type { CompanionFixture } from '../harness/companion-fixture';
import { useDemoSession } from '../harness/demo-session';

const demo = useDemoSession('Backoff-2026!');

function requestsTo(pbx: DemoPbx, prefix: string, sinceIndex = 0) {
  return pbx.requests.slice(sinceIndex).filter((request) => request.path.startsWith(prefix));
}

/** Every status the app showed from `index` of the pushed states on. */
function statusesSince(fixture: CompanionFixture, index: number): string[] {
  return [...new Set(fixture.states.slice(index).map((state) => state.connection.status))];
}

describe('one broken resource', () => {
  test('malformed JSON on /queue/ for a minute: the queue loop backs off alone, the app stays online', async () => {
    const { pbx, fixture } = await demo.start();
    await fixture.pump(5000);
    const stateIndex = fixture.states.length;
    const before = pbx.requests.length;
    pbx.sim.injectFault({ kind: 'malformed', pathPrefix: '/queue/' });
    await fixture.pump(60_000, 250);
    expect(statusesSince(fixture, stateIndex)).toEqual(['online']);
    const queueRequests = requestsTo(pbx, '/services/queue', before).length;
    // Normal pace is one list every 5 s (12 a minute); backing off asks fewer, never more.
    expect(queueRequests).toBeGreaterThanOrEqual(3);
    expect(queueRequests).toBeLessThanOrEqual(12);
    // The agent's own state is still asked every second.
    expect(requestsTo(pbx, '/services/identity/states', before).length).toBeGreaterThanOrEqual(58);

    pbx.sim.clearFaults();
    await fixture.until(
      () => demo.state().queues.status === 'ready' && demo.state().queues.queues.length > 0,
      40_000,
    );
  });

  test('a call rings while /queue/ is broken: its popup opens', async () => {
    const { pbx, fixture } = await demo.start();
    pbx.sim.injectFault({ kind: 'malformed', pathPrefix: '/queue/' });
    await fixture.pump(10_000, 250);
    const { phonecallId } = pbx.sim.startInboundCall({ from: '+49891234567', to: 'tsander' });
    await fixture.until(() => fixture.windows.open.size > 0, 3000);
    expect([...fixture.windows.open][0]).toBe(String(phonecallId));
  });

  test('a 429 with Retry-After: 86400 on the phonebook waits five minutes there; calls go on', async () => {
    const { pbx, fixture } = await demo.start();
    await fixture.pump(2000);
    const stateIndex = fixture.states.length;
    pbx.sim.injectFault({ kind: 'retry-after', retryAfterSeconds: 86_400, pathPrefix: '/phonebook' });
    demo.run('phonebook/reload', {}, 'panel');
    await fixture.until(() => pbx.requests.some((request) => request.status === 429));
    const limitedAt = fixture.clock.now();
    const limitedIndex = pbx.requests.length;
    pbx.sim.clearFaults();
    await fixture.pump(290_000, 1000);
    expect(requestsTo(pbx, '/services/phonebook', limitedIndex)).toEqual([]);
    expect(statusesSince(fixture, stateIndex)).toEqual(['online']);
    await fixture.until(() => requestsTo(pbx, '/services/phonebook', limitedIndex).length > 0, 20_000);
    expect(fixture.clock.now() - limitedAt).toBeGreaterThanOrEqual(300_000);
  });
});

describe('the own-state poll decides', () => {
  test('a 429 with Retry-After: 86400 on the own state: "asked to wait" for five minutes, Retry now asks at once', async () => {
    const { pbx, fixture } = await demo.start();
    await fixture.pump(2000);
    pbx.sim.injectFault({
      kind: 'retry-after',
      retryAfterSeconds: 86_400,
      pathPrefix: '/identity/states',
      count: 1,
    });
    await fixture.until(() => demo.state().connection.status === 'offline');
    const { connection } = demo.state();
    expect(connection.failure).toMatchObject({ kind: 'rate-limited', retryAfterMs: 300_000 });
    expect(connection.nextRetryAtMs).toBe(fixture.clock.now() + 300_000);
    const limitedIndex = pbx.requests.length;
    await fixture.pump(60_000, 1000);
    expect(requestsTo(pbx, '/services/identity/states', limitedIndex)).toEqual([]);

    await demo.run('connection/retry', {}, 'panel');
    await fixture.until(() => demo.state().connection.status === 'online', 2000);
  });
});
