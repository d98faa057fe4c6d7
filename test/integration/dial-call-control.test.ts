/**
 * Call control against the demo PBX over real HTTP: each button's request as the reference
 * documents it, refused without a request when the call is gone or the device cannot do it.
 */
import { describe, expect, test } from 'vitest';
import { type DemoSession, useDemoSession, value } from '../harness/demo-session';

const session = useDemoSession('Dial-2026!', { pbxClock: 'real', waitFor: 'device', window: 'panel' });

/** An answered inbound call from a known contact, as the panel shows it. */
async function connectedCall(target: DemoSession): Promise<string> {
  const { phonecallId } = target.pbx.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
  target.pbx.sim.answer(phonecallId, { by: 'tsander' });
  await target.fixture.until(() =>
    target.fixture.companion.state.calls.live.some((call) => call.phase === 'connected'),
  );
  target.mark();
  return target.fixture.companion.state.calls.live.find((call) => call.phase === 'connected')?.id ?? '';
}

const phaseOf = (target: DemoSession, callId: string) =>
  target.fixture.companion.state.calls.live.find((call) => call.id === callId)?.phase;

describe('call control on the active call', () => {
  test('hold, resume, DTMF and recording reach the PBX as documented', async () => {
    await session.start();
    const callId = await connectedCall(session);

    value(await session.run('control/hold', { callId }));
    await session.fixture.until(() => phaseOf(session as DemoSession, callId) === 'held');
    value(await session.run('control/hold', { callId }));
    await session.fixture.until(() => phaseOf(session as DemoSession, callId) === 'connected');
    value(await session.run('control/dtmf', { callId, digits: '12#' }));
    expect(session.actions().map((action) => [action.viaDefaultDevice, action.body, action.status])).toEqual([
      [true, { action: 'hold' }, 200],
      [true, { action: 'hold' }, 200],
      [true, { action: 'dtmf', destination: '12#' }, 200],
    ]);

    expect(value(await session.run('control/record', { callId, on: true }))).toEqual({ recording: true });
    expect(session.fixture.companion.state.dial.recordingCallIds).toEqual([callId]);
    value(await session.run('control/record', { callId, on: false }));
    expect(session.fixture.companion.state.dial.recordingCallIds).toEqual([]);
    expect(session.pbx.sim.userActions().map((action) => [action.user, action.body])).toEqual([
      ['tsander', { action: 'StartRecording' }],
      ['tsander', { action: 'StopRecording' }],
    ]);
  });

  test('a blind transfer sends the number as it would be dialed, and the call leaves the agent', async () => {
    await session.start();
    const callId = await connectedCall(session);
    expect(value(await session.run('control/transfer', { callId, target: 'Tel.: 222' }))).toEqual({
      destination: '222',
    });
    expect(session.actions().at(-1)).toMatchObject({
      body: { action: 'transfer', destination: '222' },
      status: 200,
    });
    await session.fixture.until(() => session.fixture.companion.state.calls.live.length === 0);
    const refused = await session.run('control/transfer', { target: 'the boss' });
    expect(refused).toEqual({
      ok: false,
      error: { kind: 'invalid-input', detail: 'dial-not-a-number', field: 'target' },
    });
  });

  test('hang up ends the call; a click for a call that already ended sends nothing', async () => {
    await session.start();
    const callId = await connectedCall(session);
    value(await session.run('control/hang-up', { callId }));
    expect(session.actions()).toEqual([expect.objectContaining({ body: { action: 'hangup' }, status: 200 })]);
    await session.fixture.until(() => session.fixture.companion.state.calls.live.length === 0);
    session.mark();
    expect(await session.run('control/hang-up', { callId })).toEqual({
      ok: false,
      error: { kind: 'not-found', detail: 'dial-call-ended' },
    });
    expect(session.dialRequestsSinceMark()).toEqual([]);
    // Nothing to act on: the PBX's own answer (409) comes back as a conflict.
    expect(await session.run('control/hang-up', {})).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    });
  });

  test('what the device cannot do is refused without a request', async () => {
    await session.start();
    // The agent's default device becomes the mobile client: it can dial and hang up, nothing else.
    session.pbx.sim.setDefaultDevice('tsander', 'pascom Mobile [Tina Sander]');
    const view = value(await session.run('dial/refresh-devices', {}));
    expect(view.controlDevice).toMatchObject({
      label: 'pascom Mobile [Tina Sander]',
      capabilities: ['dial', 'hangup'],
    });
    const callId = await connectedCall(session);
    for (const result of [
      await session.run('control/hold', { callId }),
      await session.run('control/dtmf', { callId, digits: '1' }),
      await session.run('control/transfer', { callId, target: '222' }),
    ]) {
      expect(result).toEqual({ ok: false, error: { kind: 'unavailable', detail: 'dial-not-supported' } });
    }
    expect(session.dialRequestsSinceMark()).toEqual([]);
  });
});
