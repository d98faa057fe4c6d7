/**
 * Call control against the demo PBX over real HTTP: each button's request as the reference
 * documents it, refused without a request when the call is gone or the device cannot do it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { type DialRig, startDialRig, value } from './dial-kit';

let rig: DialRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** An answered inbound call from a known contact, as the panel shows it. */
async function connectedCall(target: DialRig): Promise<string> {
  const { phonecallId } = target.pbx.sim.startInboundCall({ from: '+49 89 1234567', to: 'tsander' });
  target.pbx.sim.answer(phonecallId, { by: 'tsander' });
  await target.fixture.until(() =>
    target.fixture.companion.state.calls.live.some((call) => call.phase === 'connected'),
  );
  target.mark();
  return target.fixture.companion.state.calls.live.find((call) => call.phase === 'connected')?.id ?? '';
}

const phaseOf = (target: DialRig, callId: string) =>
  target.fixture.companion.state.calls.live.find((call) => call.id === callId)?.phase;

describe('call control on the active call', () => {
  test('hold, resume, DTMF and recording reach the PBX as documented', async () => {
    rig = await startDialRig();
    const callId = await connectedCall(rig);

    value(await rig.run('control/hold', { callId }));
    await rig.fixture.until(() => phaseOf(rig as DialRig, callId) === 'held');
    value(await rig.run('control/hold', { callId }));
    await rig.fixture.until(() => phaseOf(rig as DialRig, callId) === 'connected');
    value(await rig.run('control/dtmf', { callId, digits: '12#' }));
    expect(rig.actions().map((action) => [action.viaDefaultDevice, action.body, action.status])).toEqual([
      [true, { action: 'hold' }, 200],
      [true, { action: 'hold' }, 200],
      [true, { action: 'dtmf', destination: '12#' }, 200],
    ]);

    expect(value(await rig.run('control/record', { callId, on: true }))).toEqual({ recording: true });
    expect(rig.fixture.companion.state.dial.recordingCallIds).toEqual([callId]);
    value(await rig.run('control/record', { callId, on: false }));
    expect(rig.fixture.companion.state.dial.recordingCallIds).toEqual([]);
    expect(rig.pbx.sim.userActions().map((action) => [action.user, action.body])).toEqual([
      ['tsander', { action: 'StartRecording' }],
      ['tsander', { action: 'StopRecording' }],
    ]);
  });

  test('a blind transfer sends the number as it would be dialed, and the call leaves the agent', async () => {
    rig = await startDialRig();
    const callId = await connectedCall(rig);
    expect(value(await rig.run('control/transfer', { callId, target: 'Tel.: 222' }))).toEqual({
      destination: '222',
    });
    expect(rig.actions().at(-1)).toMatchObject({
      body: { action: 'transfer', destination: '222' },
      status: 200,
    });
    await rig.fixture.until(() => rig?.fixture.companion.state.calls.live.length === 0);
    const refused = await rig.run('control/transfer', { target: 'the boss' });
    expect(refused).toEqual({
      ok: false,
      error: { kind: 'invalid-input', detail: 'dial-not-a-number', field: 'target' },
    });
  });

  test('hang up ends the call; a click for a call that already ended sends nothing', async () => {
    rig = await startDialRig();
    const callId = await connectedCall(rig);
    value(await rig.run('control/hang-up', { callId }));
    expect(rig.actions()).toEqual([expect.objectContaining({ body: { action: 'hangup' }, status: 200 })]);
    await rig.fixture.until(() => rig?.fixture.companion.state.calls.live.length === 0);
    rig.mark();
    expect(await rig.run('control/hang-up', { callId })).toEqual({
      ok: false,
      error: { kind: 'not-found', detail: 'dial-call-ended' },
    });
    expect(rig.dialRequestsSinceMark()).toEqual([]);
    // Nothing to act on: the PBX's own answer (409) comes back as a conflict.
    expect(await rig.run('control/hang-up', {})).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  test('what the device cannot do is refused without a request', async () => {
    rig = await startDialRig();
    // The agent's default device becomes the mobile client: it can dial and hang up, nothing else.
    rig.pbx.sim.setDefaultDevice('tsander', 'pascom Mobile [Tina Sander]');
    const view = value(await rig.run('dial/refresh-devices', {}));
    expect(view.controlDevice).toMatchObject({
      label: 'pascom Mobile [Tina Sander]',
      capabilities: ['dial', 'hangup'],
    });
    const callId = await connectedCall(rig);
    for (const result of [
      await rig.run('control/hold', { callId }),
      await rig.run('control/dtmf', { callId, digits: '1' }),
      await rig.run('control/transfer', { callId, target: '222' }),
    ]) {
      expect(result).toEqual({ ok: false, error: { kind: 'unavailable', detail: 'dial-not-supported' } });
    }
    expect(rig.dialRequestsSinceMark()).toEqual([]);
  });
});
