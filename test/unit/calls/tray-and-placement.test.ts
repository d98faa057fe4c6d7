import { describe, expect, test } from 'vitest';
import { callsTextsDe } from '../../../electron/core/calls/texts.de';
import { callsTextsEn } from '../../../electron/core/calls/texts.en';
import { callMenuEntries } from '../../../electron/core/calls/tray';
import { popupPositions } from '../../../electron/main/window-placement';
import { makeCall, makeState } from '../renderer/fake-companion';

describe('the tray answers the newest ringing call', () => {
  test('one "Answer" entry naming the newest ringing caller, running calls/answer for that call', () => {
    const state = makeState({
      calls: {
        live: [
          makeCall({ id: 'old', startedAtMs: 1000, remoteName: 'Erika Musterfrau' }),
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

  test('nothing while no call rings', () => {
    expect(
      callMenuEntries(makeState({ calls: { live: [makeCall({ phase: 'connected' })] } }), callsTextsEn),
    ).toEqual([]);
  });
});

describe('popup positions per corner', () => {
  const area = { x: 0, y: 20, width: 1000, height: 700 };
  const size = { width: 360, height: 200 };

  test('stack from the chosen corner, oldest nearest to it, inside the work area', () => {
    expect(popupPositions(2, size, area, 'bottom-right')).toEqual([
      { x: 632, y: 512 },
      { x: 632, y: 304 },
    ]);
    expect(popupPositions(2, size, area, 'top-left')).toEqual([
      { x: 8, y: 28 },
      { x: 8, y: 236 },
    ]);
    expect(popupPositions(4, size, area, 'top-right').at(-1)).toEqual({ x: 264, y: 28 });
    for (const corner of ['bottom-left', 'top-right'] as const) {
      for (const point of popupPositions(7, size, area, corner)) {
        expect(point.x).toBeGreaterThanOrEqual(area.x);
        expect(point.y + size.height).toBeLessThanOrEqual(area.y + area.height);
      }
    }
  });
});
