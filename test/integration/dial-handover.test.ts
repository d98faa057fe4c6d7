/**
 * The single-instance hand-over, end to end below Electron: a second start's arguments (as the
 * lock hands them to the first instance), main's launch-request glue, and the core's entry point
 * `Companion.handleLaunchRequest`, against the demo PBX over real HTTP.
 */
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../electron/core/log';
import type { LaunchOutcome } from '../../electron/core/ports';
import { handleLaunchRequest } from '../../electron/main/launch-requests';
import { claimSingleInstance } from '../../electron/main/single-instance';
import { type DemoSession, useDemoSession, value } from '../harness/demo-session';

const session = useDemoSession('Dial-2026!', { pbxClock: 'real', waitFor: 'device', window: 'panel' });

type Listener = (...args: unknown[]) => void;

/** The first instance: holds the lock and hands every second start to the companion. */
function firstInstance(target: DemoSession) {
  const listeners = new Map<string, Listener>();
  const app = {
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return app;
    },
  };
  const outcomes: LaunchOutcome[] = [];
  claimSingleInstance({
    app: app as never,
    argv: ['/usr/bin/pascom-companion'],
    onLaunchRequest: (request) =>
      void handleLaunchRequest(request, target.fixture.companion, silentLogger).then((o) => outcomes.push(o)),
    log: silentLogger,
  });
  const secondStart = (argv: string[], launchArgs: string[] | null) =>
    listeners.get('second-instance')?.({}, argv, '/home/agent', launchArgs ? { launchArgs } : null);
  const openUrl = (url: string) => listeners.get('open-url')?.({ preventDefault: () => {} }, url);
  const next = async (count: number) => {
    await target.fixture.until(() => outcomes.length >= count);
    return outcomes[count - 1];
  };
  return { secondStart, openUrl, next };
}

describe('a second start hands its request to the running app', () => {
  test('`--dial <number>` dials at once on the default device (the desktop-shortcut fallback)', async () => {
    await session.start();
    const first = firstInstance(session);
    // Chromium moved its own switch between --dial and the number; the launch data keeps the order.
    first.secondStart(
      ['/usr/bin/pascom-companion', '--dial', '--original-process-start-time=1', '+49 89 1234567'],
      ['--dial', '+49 89 1234567'],
    );
    expect(await first.next(1)).toEqual({ kind: 'dialing', destination: '+49891234567' });
    expect(session.actions()).toEqual([
      expect.objectContaining({
        viaDefaultDevice: true,
        body: { action: 'dial', destination: '+49891234567', prefix: 'auto' },
        status: 200,
      }),
    ]);
    expect(session.fixture.companion.state.dial.lastAttempt).toMatchObject({
      status: 'dialing',
      source: 'command-line',
    });
  });

  test('a tel: link asks first, and dials exactly the linked number once confirmed', async () => {
    await session.start();
    const first = firstInstance(session);
    first.secondStart(['/usr/bin/pascom-companion', 'tel:+49-89-1234567;ext=12'], null);
    const outcome = await first.next(1);
    expect(outcome?.kind).toBe('pending');
    expect(session.actions()).toEqual([]);
    const pending = session.fixture.companion.state.dial.pending;
    expect(pending).toMatchObject({ reason: 'confirm-link', destination: '+4989123456712', source: 'link' });
    // The panel comes up without taking the keyboard from the browser the link was clicked in.
    expect(session.fixture.windows.events).toContain('panel:inactive');
    expect(session.fixture.windows.events).not.toContain('panel');
    // An Enter meant for the browser, right after the click, confirms nothing.
    expect(value(await session.run('dial/confirm', { id: pending?.id ?? '' }))).toEqual({
      status: 'pending',
      pending,
    });
    expect(session.actions()).toEqual([]);
    expect(session.fixture.companion.state.dial.pending?.id).toBe(pending?.id);
    // A second later the agent's confirmation counts.
    await session.fixture.pump(1000);
    value(await session.run('dial/confirm', { id: pending?.id ?? '' }));
    expect(session.actions()).toEqual([
      expect.objectContaining({ body: { action: 'dial', destination: '+4989123456712', prefix: 'auto' } }),
    ]);
  });

  test('macOS link events and callto:/sip: links take the same way; the setting turns confirmation off', async () => {
    await session.start();
    value(await session.run('dial/update-settings', { confirmLinks: false }, 'settings'));
    const first = firstInstance(session);
    first.openUrl('callto://+4989123456');
    expect(await first.next(1)).toEqual({ kind: 'dialing', destination: '+4989123456' });
    first.secondStart(['/usr/bin/pascom-companion', 'sip:221@pbx.example'], ['sip:221@pbx.example']);
    expect(await first.next(2)).toEqual({ kind: 'dialing', destination: '221' });
    expect(session.actions().map((action) => action.body)).toEqual([
      { action: 'dial', destination: '+4989123456', prefix: 'auto' },
      { action: 'dial', destination: '221', prefix: 'auto' },
    ]);
  });

  test('what is no number is refused with the panel showing why, and nothing reaches the PBX', async () => {
    await session.start();
    const first = firstInstance(session);
    first.secondStart(['/usr/bin/pascom-companion', '--dial', 'Hans Müller'], ['--dial', 'Hans Müller']);
    expect(await first.next(1)).toEqual({ kind: 'refused', reason: 'dial-not-a-number' });
    first.secondStart(['/usr/bin/pascom-companion', 'sip:alice@example.com'], null);
    expect(await first.next(2)).toEqual({ kind: 'refused', reason: 'dial-link-without-number' });
    expect(session.dialRequestsSinceMark()).toEqual([]);
    // The reason shows in the panel; a request from outside does not take the keyboard for it.
    expect(session.fixture.windows.events.filter((event) => event.startsWith('panel'))).toEqual([
      'panel:inactive',
      'panel:inactive',
    ]);
    expect(session.fixture.companion.state.dial.lastAttempt).toMatchObject({
      status: 'failed',
      source: 'link',
    });
  });

  test('a plain second start shows the panel; --toggle-pause runs the queues feature', async () => {
    await session.start();
    const first = firstInstance(session);
    first.secondStart(['/usr/bin/pascom-companion'], []);
    expect(await first.next(1)).toEqual({ kind: 'shown' });
    first.secondStart(['/usr/bin/pascom-companion', '--toggle-pause'], ['--toggle-pause']);
    expect(await first.next(2)).toEqual({ kind: 'ran', command: 'queues/toggle-pause' });
    await session.fixture.until(() => session.pbx.sim.queueActions().length !== 0);
    expect(session.pbx.sim.queueActions().at(-1)).toMatchObject({ action: 'pause', identity: 'tsander' });
  });

  test('a link that starts the app waits until the agent confirms it online', async () => {
    await session.start({ connect: false });
    const outcome = await handleLaunchRequest(
      { kind: 'dial', number: '221' },
      session.fixture.companion,
      silentLogger,
    );
    expect(outcome.kind).toBe('pending');
    // Not online yet: the confirmation would fail, so nothing is sent.
    await session.fixture.pump(1000);
    const early = await session.run('dial/confirm', {
      id: session.fixture.companion.state.dial.pending?.id ?? '',
    });
    expect(early).toEqual({ ok: false, error: { kind: 'not-connected' } });
    const again = await handleLaunchRequest(
      { kind: 'dial', number: '221' },
      session.fixture.companion,
      silentLogger,
    );
    await session.connectAndWait();
    expect(session.pbx.sim.deviceActions()).toEqual([]);
    const pending = session.fixture.companion.state.dial.pending;
    expect(pending).toMatchObject({ reason: 'confirm-link', destination: '221', source: 'command-line' });
    expect(again).toEqual({ kind: 'pending', pendingId: pending?.id });
    await session.fixture.pump(1000);
    value(await session.run('dial/confirm', { id: pending?.id ?? '' }));
    expect(session.pbx.sim.deviceActions()).toEqual([
      expect.objectContaining({ body: { action: 'dial', destination: '221', prefix: 'auto' }, status: 200 }),
    ]);
  });
});
