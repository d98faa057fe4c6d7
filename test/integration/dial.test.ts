/**
 * Click-to-dial against the demo PBX over real HTTP: what reaches the PBX for each way of dialing,
 * and that text which is no number never reaches it.
 */
import { describe, expect, test } from 'vitest';
import { useDemoSession, value } from '../harness/demo-session';

const session = useDemoSession('Dial-2026!', { pbxClock: 'real', waitFor: 'device', window: 'panel' });

const softphone = 'pascom Softphone [Tina Sander]';
const deskPhone = 'Yealink T54W [Tina Sander]';

describe('dialing on the default device', () => {
  test('a pasted +49 (0)89 number reaches the default device as exactly the documented body', async () => {
    await session.start();
    const outcome = value(
      await session.run('dial/number', { target: '+49 (0)89 12 34-56', source: 'panel' }),
    );
    expect(outcome).toMatchObject({
      status: 'dialing',
      attempt: { destination: '+4989123456', display: '089 123456', device: softphone, status: 'dialing' },
    });
    expect(session.actions()).toEqual([
      expect.objectContaining({
        user: 'tsander',
        device: softphone,
        viaDefaultDevice: true,
        action: 'dial',
        body: { action: 'dial', destination: '+4989123456', prefix: 'auto' },
        status: 200,
      }),
    ]);
    const posts = session.requestsSinceMark().filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.path)).toEqual(['/services/identity/tsander/defaultdevice/action']);
  });

  test('text that is no number sends nothing and says why', async () => {
    await session.start();
    for (const [target, detail] of [
      ['call me maybe', 'dial-not-a-number'],
      ['0800-FLOWERS', 'dial-letters'],
      ['089 1234567, 089 7654321', 'dial-several-numbers'],
      ['sip:alice@example.com', 'dial-link-without-number'],
    ] as const) {
      const result = await session.run('dial/number', { target, source: 'panel' });
      expect(result).toEqual({ ok: false, error: { kind: 'invalid-input', detail } });
    }
    expect(session.dialRequestsSinceMark()).toEqual([]);
    expect(session.fixture.companion.state.dial.lastAttempt).toMatchObject({
      status: 'failed',
      destination: null,
      display: 'sip:alice@example.com',
      error: { kind: 'invalid-input', detail: 'dial-link-without-number' },
    });
  });

  test('other features dial through the same command: the popup and the voicemail list call back', async () => {
    await session.start();
    value(await session.run('dial/number', { target: '0049 9421 778899', source: 'voicemail' }, 'panel'));
    // A popup dials its own caller's number only (command-access.test.ts); here the source is what counts.
    value(await session.run('dial/number', { target: '221', source: 'popup' }, 'panel'));
    expect(session.actions().map((action) => action.body)).toEqual([
      { action: 'dial', destination: '+499421778899', prefix: 'auto' },
      { action: 'dial', destination: '221', prefix: 'auto' },
    ]);
  });
});

describe('without a default device', () => {
  test('the agent is told, picks one of their devices, and the choice can be remembered', async () => {
    await session.start();
    // The agent closes the pascom client after the app learned about the default device.
    session.pbx.sim.setDefaultDevice('tsander', null);
    const first = value(await session.run('dial/number', { target: '089 1234567', source: 'panel' }));
    expect(first.status).toBe('pending');
    if (first.status !== 'pending') return;
    expect(first.pending).toMatchObject({ reason: 'no-default-device', destination: '0891234567' });
    expect(first.pending.devices.map((device) => device.name)).toEqual([
      softphone,
      deskPhone,
      'pascom Mobile [Tina Sander]',
    ]);
    // The PBX refused the default device once; nothing was dialed.
    expect(session.actions().map((action) => [action.viaDefaultDevice, action.status])).toEqual([
      [true, 404],
    ]);
    expect(session.fixture.companion.state.dial.pending?.id).toBe(first.pending.id);
    expect(session.fixture.windows.events).toContain('panel');

    const dialed = value(
      await session.run('dial/confirm', { id: first.pending.id, device: deskPhone, remember: true }),
    );
    expect(dialed).toMatchObject({
      status: 'dialing',
      attempt: { device: deskPhone, destination: '0891234567' },
    });
    expect(session.actions().at(-1)).toMatchObject({
      device: deskPhone,
      viaDefaultDevice: false,
      body: { action: 'dial', destination: '0891234567', prefix: 'auto' },
      status: 200,
    });
    expect(session.fixture.companion.state.dial.pending).toBeNull();
    expect(JSON.stringify(session.fixture.settingsFile.read())).toContain(deskPhone);

    // Remembered: the next dial goes to the desk phone without asking.
    session.mark();
    const next = value(await session.run('dial/number', { target: '222', source: 'panel' }));
    expect(next.status).toBe('dialing');
    expect(session.actions()).toEqual([
      expect.objectContaining({ device: deskPhone, body: expect.objectContaining({ destination: '222' }) }),
    ]);
    // Logged in again: the default device wins over the remembered one.
    session.pbx.sim.setDefaultDevice('tsander', softphone);
    session.mark();
    value(await session.run('dial/number', { target: '223', source: 'panel' }));
    expect(session.actions()).toEqual([
      expect.objectContaining({ device: softphone, viaDefaultDevice: true }),
    ]);
  });

  test('a pending choice can be cancelled and expires; a stale id is refused', async () => {
    await session.start();
    session.pbx.sim.setDefaultDevice('tsander', null);
    await session.run('dial/refresh-devices', {});
    session.mark();
    const first = value(await session.run('dial/number', { target: '221', source: 'panel' }));
    if (first.status !== 'pending') throw new Error('expected a pending dial');
    // Known to have no default device: the PBX was asked, nothing was posted.
    expect(session.actions()).toEqual([]);
    value(await session.run('dial/cancel', { id: first.pending.id }));
    expect(await session.run('dial/confirm', { id: first.pending.id, device: deskPhone })).toEqual({
      ok: false,
      error: { kind: 'not-found', detail: 'dial-pending-gone' },
    });
    const second = value(await session.run('dial/number', { target: '221', source: 'panel' }));
    if (second.status !== 'pending') throw new Error('expected a pending dial');
    await session.fixture.pump(121_000, 10_000);
    expect(session.fixture.companion.state.dial.pending).toBeNull();
    expect(session.actions().filter((action) => action.status === 200)).toEqual([]);
  });
});

describe('before dialing', () => {
  test('says how the PBX reads a number, asking the PBX once per number', async () => {
    await session.start();
    const queue = value(await session.run('dial/check', { target: '200' }));
    expect(queue).toMatchObject({
      input: { ok: true, digits: '200', kind: 'internal' },
      reading: { internal: true, kind: 'queue', name: 'Zentrale', extension: '200' },
    });
    const external = value(await session.run('dial/check', { target: '+49 89 1234567' }));
    expect(external).toMatchObject({
      input: { ok: true, digits: '+49891234567' },
      reading: { internal: false, kind: 'external' },
    });
    session.mark();
    value(await session.run('dial/check', { target: '+49 (0)89 1234567' }));
    expect(session.dialRequestsSinceMark()).toEqual([]);
    const invalid = value(await session.run('dial/check', { target: 'Lukas' }));
    expect(invalid).toEqual({ input: { ok: false, problem: 'not-a-number' }, reading: null, contact: null });
    expect(session.dialRequestsSinceMark()).toEqual([]);
  });

  test('finds contacts by name with all their numbers, and recent numbers when the box is empty', async () => {
    await session.start();
    // Right after connecting the phonebook is still loading: the PBX's own search answers.
    const whileLoading = value(await session.run('dial/search', { query: 'lukas müller' }));
    await session.fixture.pump(3000);
    const found = value(await session.run('dial/search', { query: 'lukas müller' }));
    expect(whileLoading.map((suggestion) => suggestion.name)).toEqual(
      found.map((suggestion) => suggestion.name),
    );
    const lukas = found.find((suggestion) => suggestion.name.includes('Lukas Müller'));
    expect(lukas).toMatchObject({ organisation: 'Müller & Söhne GmbH', source: 'global' });
    expect(lukas?.numbers.map((number) => number.target)).toContain('+49 89 1234567');
    value(await session.run('dial/number', { target: lukas?.numbers[0]?.target ?? '', source: 'panel' }));
    expect(session.actions().at(-1)?.body).toEqual({
      action: 'dial',
      destination: '+49891234567',
      prefix: 'auto',
    });
    const recent = value(await session.run('dial/search', { query: '' }));
    expect(recent[0]).toMatchObject({
      source: 'recent',
      name: 'Müller & Söhne GmbH - Lukas Müller',
      numbers: [{ kind: 'recent', target: '+49891234567', display: '089 1234567' }],
    });
  });
});
