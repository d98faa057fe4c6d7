/**
 * Handling messages against the demo PBX over real HTTP: playing (bytes checked and cached),
 * broken recordings, heard/unheard, delete with undo, call back, forward by mail.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, test } from 'vitest';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { describeWav } from '../../electron/demo-pbx/index';
import type { CommandName, CommandResult } from '../../electron/shared/contract';
import type { VoicemailMessageView } from '../../electron/shared/features/voicemail';
import { useDemoSession } from '../harness/demo-session';

// The PBX keeps real time; the companion's timers run on the fake clock.
const session = useDemoSession('Winter-2026!', { pbxClock: 'real', waitFor: 'nothing' });

async function connected() {
  const started = await session.start();
  await started.fixture.until(() => started.fixture.companion.state.voicemail.status === 'ready');
  return started;
}

function send<K extends CommandName>(name: K, input: unknown): Promise<CommandResult<K>> {
  return dispatchCommand(session.fixture.companion, name, input, { window: 'panel' }) as Promise<
    CommandResult<K>
  >;
}

async function messages(): Promise<VoicemailMessageView[]> {
  const result = await send('voicemail/list', {});
  if (!result.ok) throw new Error(result.error.kind);
  return result.value.messages;
}

async function messageFrom(name: string): Promise<VoicemailMessageView> {
  const found = (await messages()).find((m) => m.callerName === name);
  if (!found) throw new Error(`no message from ${name}`);
  return found;
}

/** Lets the refresh a command asked for reach the PBX and come back. */
const settle = () => session.fixture.pump(1000, 100);

describe('playing a message', () => {
  test('the window gets the recording as checked bytes, and a second play costs no request', async () => {
    const { pbx } = await connected();
    const sabine = await messageFrom('Sabine Weiß');
    const first = await send('voicemail/audio', { key: sabine.key });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const bytes = Buffer.from(first.value.base64, 'base64');
    expect(first.value).toMatchObject({
      contentType: 'audio/wav',
      byteLength: bytes.byteLength,
      durationSeconds: 12,
    });
    expect(describeWav(bytes)?.durationSeconds).toBe(sabine.durationSeconds);

    const before = pbx.requests.length;
    const again = await send('voicemail/audio', { key: sabine.key });
    expect(again.ok && again.value.base64).toBe(first.value.base64);
    expect(pbx.requests.length).toBe(before);
  });

  test('a cut-off or non-WAV recording fails for that message only', async () => {
    const { pbx, fixture } = await connected();
    pbx.sim.leaveVoicemail({ mailbox: '221', from: '+4940111', fromName: 'Cut Off', broken: 'truncated' });
    pbx.sim.leaveVoicemail({ mailbox: '221', from: '+4940222', fromName: 'Error Page', broken: 'not-wav' });
    await send('voicemail/refresh', {});
    await fixture.until(() => fixture.companion.state.voicemail.total === 7);

    const truncated = await send('voicemail/audio', { key: (await messageFrom('Cut Off')).key });
    expect(truncated).toEqual({ ok: false, error: { kind: 'bad-response', detail: 'audio-truncated' } });
    const notWav = await send('voicemail/audio', { key: (await messageFrom('Error Page')).key });
    expect(notWav).toEqual({ ok: false, error: { kind: 'bad-response', detail: 'audio-not-audio' } });

    expect((await send('voicemail/audio', { key: (await messageFrom('Sabine Weiß')).key })).ok).toBe(true);
    expect(await messages()).toHaveLength(7);
    expect(fixture.companion.state.connection.status).toBe('online');
    expect(fixture.companion.state.voicemail.status).toBe('ready');
  });

  test('a message the list no longer has is refused by name, not by a PBX error', async () => {
    await connected();
    expect(await send('voicemail/audio', { key: 'no-such-message' })).toEqual({
      ok: false,
      error: { kind: 'not-found', detail: 'voicemail-gone' },
    });
  });
});

describe('handling a message', () => {
  test('marked heard it moves to Old on the PBX and the count drops at once', async () => {
    const { pbx, fixture } = await connected();
    const sabine = await messageFrom('Sabine Weiß');
    expect(await send('voicemail/mark-heard', { key: sabine.key })).toEqual({ ok: true, value: null });
    expect(fixture.companion.state.voicemail.unread).toBe(1);
    expect(pbx.sim.voicemails('221').find((m) => m.msgId === sabine.key)?.folder).toBe('Old');
    await settle();
    expect((await messageFrom('Sabine Weiß')).folder).toBe('Old');

    expect((await send('voicemail/mark-unheard', { key: sabine.key })).ok).toBe(true);
    expect(pbx.sim.voicemails('221').find((m) => m.msgId === sabine.key)?.folder).toBe('INBOX');
    expect(fixture.companion.state.voicemail.unread).toBe(2);
  });

  test('delete then undo sends nothing to the PBX', async () => {
    const { pbx, fixture } = await connected();
    const sabine = await messageFrom('Sabine Weiß');
    const deleted = await send('voicemail/delete', { key: sabine.key });
    expect(deleted.ok && deleted.value.sendAtMs).toBe(fixture.clock.now() + 5000);
    expect(fixture.companion.state.voicemail).toMatchObject({ unread: 1, total: 4 });
    expect(fixture.companion.state.voicemail.pendingDeletes).toEqual([
      { key: sabine.key, sendAtMs: fixture.clock.now() + 5000 },
    ]);
    await fixture.pump(3000, 100);
    expect(await send('voicemail/undo-delete', { key: sabine.key })).toEqual({
      ok: true,
      value: { restored: true },
    });
    await fixture.pump(30_000, 500);
    expect(pbx.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(pbx.sim.voicemails('221')).toHaveLength(5);
    expect(fixture.companion.state.voicemail).toMatchObject({ unread: 2, total: 5, pendingDeletes: [] });
  });

  test('delete without undo removes it on the PBX once the undo time is over', async () => {
    const { pbx, fixture } = await connected();
    const sabine = await messageFrom('Sabine Weiß');
    await send('voicemail/delete', { key: sabine.key });
    await fixture.pump(4900, 100);
    expect(pbx.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    await fixture.pump(1000, 100);
    expect(pbx.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      `/services/voicemailbox/221/*/${sabine.key}`,
    ]);
    expect(pbx.sim.voicemails('221').some((m) => m.msgId === sabine.key)).toBe(false);
    await settle();
    expect((await messages()).some((m) => m.key === sabine.key)).toBe(false);
    expect(fixture.companion.state.voicemail).toMatchObject({ unread: 1, total: 4, pendingDeletes: [] });
  });

  test('a file name reused by the PBX after a delete never plays the wrong recording', async () => {
    const { pbx, fixture } = await connected();
    const sabine = await messageFrom('Sabine Weiß');
    const sabineFile = pbx.sim.voicemails('221').find((m) => m.msgId === sabine.key)?.id;
    expect((await send('voicemail/audio', { key: sabine.key })).ok).toBe(true); // cached now
    await send('voicemail/delete', { key: sabine.key });
    await fixture.pump(6000, 100);
    const newer = pbx.sim.leaveVoicemail({
      mailbox: '221',
      from: '+4989777',
      fromName: 'Next Caller',
      durationSeconds: 3,
    });
    expect(newer.id).toBe(sabineFile);
    await send('voicemail/refresh', {});
    await settle();
    const audio = await send('voicemail/audio', { key: (await messageFrom('Next Caller')).key });
    expect(audio.ok && audio.value.durationSeconds).toBe(3);
  });

  test('"show" (the tray line "2 new voicemails") brings up the panel on the voicemail tab', async () => {
    const { fixture } = await connected();
    expect(await send('voicemail/show', {})).toEqual({ ok: true, value: null });
    expect(fixture.windows.events.at(-1)).toBe('panel');
    expect(fixture.companion.state.voicemail.reveal).toEqual({
      key: null,
      seq: 1,
      atMs: fixture.clock.now(),
    });
  });

  test('call back dials the caller through the dial feature, from the agent default device', async () => {
    const { pbx, fixture } = await connected();
    const sabine = await messageFrom('Sabine Weiß');
    expect(await send('voicemail/call-back', { key: sabine.key })).toEqual({ ok: true, value: null });
    expect(pbx.sim.deviceActions().at(-1)).toMatchObject({
      user: 'tsander',
      viaDefaultDevice: true,
      action: 'dial',
      // The PBX's own digits are dialled, not the number as formatted for reading.
      body: { action: 'dial', destination: '01721234567' },
      status: 200,
    });
    expect(fixture.companion.state.dial.lastAttempt).toMatchObject({
      status: 'dialing',
      source: 'voicemail',
    });
  });

  test('forwarding asks the PBX to mail the recording with a subject and body in the UI language', async () => {
    const { pbx } = await connected();
    const sabine = await messageFrom('Sabine Weiß');
    expect(await send('voicemail/forward', { key: sabine.key, address: 'team@example.com' })).toEqual({
      ok: true,
      value: null,
    });
    const post = pbx.requests.filter((r) => r.method === 'POST').at(-1);
    expect(post?.path).toBe(`/services/voicemailbox/221/*/${sabine.key}`);
    expect(post?.body).toMatchObject({
      action: 'mailto',
      address: 'team@example.com',
      subject: 'Sprachnachricht von Sabine Weiß',
    });
    expect(await send('voicemail/forward', { key: sabine.key, address: 'not an address' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'address' },
    });
  });
});
