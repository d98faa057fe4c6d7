/**
 * The connection lifecycle against the demo PBX over real HTTP, with the core's timers on a fake
 * clock so a 60 s outage takes a few real seconds.
 */
import { describe, expect, test } from 'vitest';
import type { DemoPbx } from '../../electron/demo-pbx/index';
import { useDemoSession } from '../harness/demo-session';

const password = 'Sommer-2026!';
// The PBX keeps real time; the companion's timers run on the fake clock.
const session = useDemoSession(password, { pbxClock: 'real', connect: false });

async function connectedFixture() {
  const started = await session.start();
  const result = await session.connect();
  expect(result).toEqual({
    ok: true,
    value: { username: 'tsander', displayName: 'Tina Sander', extension: '221', mailbox: '221' },
  });
  return started;
}

const requestsSince = (demo: DemoPbx, index: number) => demo.requests.slice(index);
/** What the seeded jitter of the fixture (seed 17) gives for a 60 s outage; see the test. */
const ATTEMPTS_IN_60_S = 9;

describe('connection lifecycle', () => {
  test('connecting goes online, stores the secret in the secret store and nothing secret in settings', async () => {
    const { fixture } = await connectedFixture();
    expect(fixture.companion.state.connection.status).toBe('online');
    expect(fixture.companion.state.connection.agent?.displayName).toBe('Tina Sander');
    expect(fixture.companion.state.connection.secret).toEqual({
      stored: true,
      store: 'memory',
      storeReason: null,
    });
    const settings = JSON.stringify(fixture.settingsFile.read());
    expect(settings).toContain('tsander');
    expect(settings).not.toContain(password);
  });

  test('a wrong password costs exactly one request, says which field, and the right one then works', async () => {
    const { pbx, fixture } = await session.start();
    const wrong = await session.connect({ apiPassword: 'wrong' });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'auth', field: 'apiPassword' } });
    expect(wrong.ok === false && wrong.error.detail).toBeFalsy();
    expect(fixture.companion.state.connection.status).toBe('auth-failed');
    await fixture.pump(60_000, 1000);
    expect(pbx.requests.filter((request) => !request.authorized)).toHaveLength(1);
    expect(pbx.requests).toHaveLength(1);

    const right = await session.connect();
    expect(right.ok).toBe(true);
    expect(fixture.companion.state.connection.status).toBe('online');
  });

  test('an unknown pascom username and an address that is not a pascom API are told apart', async () => {
    const { pbx } = await session.start();
    const unknownUser = await session.connect({ username: 'nobody' });
    expect(unknownUser).toEqual({
      ok: false,
      error: { kind: 'not-found', detail: 'unknown-user', field: 'username' },
    });
    const notPascom = await session.connect({ serverAddress: `${pbx.origin}/elsewhere` });
    expect(notPascom).toEqual({
      ok: false,
      error: { kind: 'bad-response', detail: 'not-pascom', field: 'serverAddress' },
    });
    const notUrl = await session.connect({ serverAddress: 'ftp://pbx' });
    expect(notUrl).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'serverAddress', detail: 'unsupported-scheme' },
    });
  });

  test('a 401 while polling stops every loop after that one request', async () => {
    const { pbx, fixture } = await connectedFixture();
    await fixture.pump(3000);
    const before = pbx.requests.length;
    pbx.sim.injectFault({ kind: 'unauthorized' });
    await fixture.until(() => fixture.companion.state.connection.status === 'auth-failed');
    await fixture.pump(120_000, 1000);
    const after = requestsSince(pbx, before);
    expect(after.filter((request) => request.status === 401)).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(fixture.companion.state.connection.failure).toMatchObject({ kind: 'auth' });
  });

  test('a 429 is honoured: nothing is asked before Retry-After has passed', async () => {
    const { pbx, fixture } = await connectedFixture();
    await fixture.pump(2000);
    // On the agent's own-state poll, which speaks for the connection (loop-outcome-policy.ts): a 429
    // on another loop's request (the team board reads its people right after connecting) is that
    // loop's alone.
    pbx.sim.injectFault({
      kind: 'retry-after',
      retryAfterSeconds: 20,
      count: 1,
      pathPrefix: '/identity/states',
    });
    await fixture.until(() => pbx.requests.some((request) => request.status === 429));
    const limitedAt = fixture.clock.now();
    const limitedIndex = pbx.requests.length;
    await fixture.until(() => pbx.requests.length > limitedIndex, 40_000);
    expect(fixture.clock.now() - limitedAt).toBeGreaterThanOrEqual(20_000);
    await fixture.until(() => fixture.companion.state.connection.status === 'online');
  });

  test('the PBX down for 60 s: offline with backoff, no crash, online again within one capped interval', async () => {
    const { fixture } = await connectedFixture();
    await fixture.pump(2000);
    await session.stopPbx();
    const downAt = fixture.clock.now();
    await fixture.until(() => fixture.companion.state.connection.status === 'offline');
    expect(fixture.companion.state.connection.nextRetryAtMs).toBeGreaterThan(fixture.clock.now());
    // The own-state poll's attempts: the loop that probes whether the PBX is back.
    const backoffs = () =>
      fixture.logLines.filter(
        (line) => line.includes('"loop backing off"') && line.includes('"loop":"calls"'),
      ).length;
    const attemptsBefore = backoffs();
    await fixture.pump(60_000 - (fixture.clock.now() - downAt), 250);
    const attempts = backoffs() - attemptsBefore + 1;
    // Exponential backoff with a 30 s cap and the fixture's seeded jitter: the same handful of
    // attempts in a minute on every run (not sixty, and not "about ten").
    expect(attempts).toBe(ATTEMPTS_IN_60_S);

    await session.restartPbx();
    const backAt = fixture.clock.now();
    await fixture.until(() => fixture.companion.state.connection.status === 'online', 31_000);
    expect(fixture.clock.now() - backAt).toBeLessThanOrEqual(30_500);
    console.info(
      `60 s outage: ${attempts} attempts; online ${fixture.clock.now() - backAt} ms after the PBX came back`,
    );
  });
});
