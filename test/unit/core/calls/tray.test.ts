import { describe, expect, test } from 'vitest';
import { callsTextsDe } from '../../../../electron/core/calls/texts.de';
import { callsTextsEn } from '../../../../electron/core/calls/texts.en';
import { callMenuEntries } from '../../../../electron/core/calls/tray';
import { makeCall, makeState } from '../../renderer/fake-companion';

describe('the tray answers a ringing call', () => {
  test('with one call ringing: "Answer" names that caller and runs calls/answer for that call', () => {
    const state = makeState({
      calls: {
        live: [
          makeCall({ id: 'new', startedAtMs: 2000, remoteName: null, remoteDisplayNumber: '089 1234567' }),
          makeCall({ id: 'talking', startedAtMs: 3000, phase: 'connected' }),
        ],
      },
    });
    expect(callMenuEntries(state, callsTextsEn)).toEqual([
      {
        type: 'command',
        command: { name: 'calls/answer', input: { callId: 'new' } },
        label: 'Answer 089 1234567',
        enabled: true,
      },
    ]);
    expect(callMenuEntries(state, callsTextsDe)[0]).toMatchObject({ label: '089 1234567 annehmen' });
  });

  test('with two ringing it names no caller: the phone picks which call it answers', () => {
    const state = makeState({
      calls: {
        live: [
          makeCall({ id: 'old', startedAtMs: 1000, remoteName: 'Erika Musterfrau' }),
          makeCall({ id: 'new', startedAtMs: 2000, remoteName: 'Sabine Weiß' }),
        ],
      },
    });
    expect(callMenuEntries(state, callsTextsEn)).toEqual([
      {
        type: 'command',
        command: { name: 'calls/answer', input: {} },
        label: 'Answer on phone (2 calls ringing)',
        enabled: true,
      },
    ]);
    expect(callMenuEntries(state, callsTextsDe)[0]).toMatchObject({
      label: 'Am Telefon annehmen (2 Anrufe klingeln)',
    });
  });

  test('nothing while no call rings', () => {
    expect(
      callMenuEntries(makeState({ calls: { live: [makeCall({ phase: 'connected' })] } }), callsTextsEn),
    ).toEqual([]);
  });
});
