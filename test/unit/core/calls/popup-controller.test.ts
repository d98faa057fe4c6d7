import { describe, expect, test } from 'vitest';
import type { CallEvent } from '../../../../electron/core/calls/call-tracker';
import { maxMissedCallCards, PopupController } from '../../../../electron/core/calls/popup-controller';
import type { CallsSettings } from '../../../../electron/core/calls/settings';
import { callsTextsEn } from '../../../../electron/core/calls/texts.en';
import { silentLogger } from '../../../../electron/core/log';
import { defaultSettings } from '../../../../electron/core/settings/schema';
import { sliceOf } from '../../../../electron/core/state/slice';
import { StateStore } from '../../../../electron/core/state/state-store';
import type { CallView } from '../../../../electron/shared/contract';
import type { CallsView } from '../../../../electron/shared/features/calls';
import { RecordingWindows } from '../../../harness/companion-fixture';
import { makeCall, makeState } from '../../renderer/fake-companion';

function setup(calls: Partial<CallsSettings> = {}) {
  const store = new StateStore(makeState(), () => {});
  const slice = sliceOf<CallsView>(store, 'calls');
  const windows = new RecordingWindows();
  const notes: string[] = [];
  const settings = { ...defaultSettings().calls, ...calls };
  const controller = new PopupController({
    slice,
    windows,
    notifier: { notify: (note) => notes.push(`${note.title}: ${note.body}`) },
    settings: () => settings,
    texts: () => callsTextsEn,
    clock: { now: () => 5000 },
    log: silentLogger,
  });
  // As the calls feature does: the live list first, then the popups for what happened.
  const popups = {
    apply(events: CallEvent[], now: CallView[]) {
      const before = slice.current.live;
      slice.update({ live: now });
      controller.apply(events, now, before);
    },
    dismiss: (callId: string) => controller.dismiss(callId),
  };
  return { store, windows, notes, popups };
}

const ringing = (call: CallView): CallEvent => ({ type: 'ringing', call });
const ended = (call: CallView, missed: boolean): CallEvent => ({
  type: 'ended',
  call,
  missed,
  reason: missed ? 'missed' : 'hangup',
});

describe('the popup controller', () => {
  test('opens one popup per ringing inbound call; outbound calls get none', () => {
    const { store, windows, popups } = setup();
    const inbound = makeCall({ id: '1' });
    const outbound = makeCall({ id: '2', direction: 'outbound' });
    popups.apply([ringing(inbound), ringing(outbound)], [inbound, outbound]);
    expect(windows.events).toEqual(['open:1']);
    expect(store.current.calls.popups).toEqual(['1']);
    expect(store.current.calls.live.map((call) => call.id)).toEqual(['1', '2']);
  });

  test('per kind: queue, direct and internal calls follow their own switch; notification mode sends no popup', () => {
    const { windows, notes, popups } = setup({ popupForInternalCalls: false, alert: 'notification' });
    const internal = makeCall({
      id: 'i',
      remoteInternal: true,
      remoteName: 'Anna Meyer',
      remoteDisplayNumber: '230',
    });
    const queued = makeCall({
      id: 'q',
      queueName: 'Support',
      remoteName: null,
      remoteDisplayNumber: '089 1234567',
    });
    popups.apply([ringing(internal), ringing(queued)], [internal, queued]);
    expect(windows.events).toEqual([]);
    expect(notes).toEqual(['Incoming call: 089 1234567\nvia queue Support']);
  });

  test('a missed call keeps its window as a card; an answered one closes; a call that never had a popup closes nothing', () => {
    const { store, windows, popups } = setup();
    const missed = makeCall({ id: 'm' });
    const taken = makeCall({ id: 't' });
    popups.apply([ringing(missed), ringing(taken)], [missed, taken]);
    popups.apply([ended(missed, true), ended(taken, false), ended(makeCall({ id: 'x' }), true)], []);
    expect(windows.events).toEqual(['open:m', 'open:t', 'close:t']);
    expect(store.current.calls.popups).toEqual(['m']);
    expect(store.current.calls.missedCallCards).toEqual([{ call: missed, endedAtMs: 5000 }]);
    popups.dismiss('m');
    expect(store.current.calls.missedCallCards).toEqual([]);
    expect(windows.events.at(-1)).toBe('close:m');
  });

  test(`keeps at most ${maxMissedCallCards} missed-call cards, closing the oldest`, () => {
    const { store, windows, popups } = setup();
    for (let i = 0; i < maxMissedCallCards + 2; i++) {
      const call = makeCall({ id: `c${i}` });
      popups.apply([ringing(call)], [call]);
      popups.apply([ended(call, true)], []);
    }
    expect(store.current.calls.missedCallCards.map((card) => card.call.id)).toEqual([
      'c2',
      'c3',
      'c4',
      'c5',
      'c6',
    ]);
    expect(store.current.calls.popups).toEqual(['c2', 'c3', 'c4', 'c5', 'c6']);
    expect(windows.events.filter((event) => event.startsWith('close:'))).toEqual(['close:c0', 'close:c1']);
  });

  test('click-to-dial only: no popup and no notification, the call is still listed', () => {
    const { store, windows, notes, popups } = setup({ clickToDialOnly: true, alert: 'both' });
    const call = makeCall({ id: '1' });
    popups.apply([ringing(call)], [call]);
    expect(windows.events).toEqual([]);
    expect(notes).toEqual([]);
    expect(store.current.calls.live).toHaveLength(1);
  });
});
