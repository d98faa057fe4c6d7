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
import { type CallsView, missedCallsPopupId } from '../../../../electron/shared/features/calls';
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

  test('a missed call closes its popup and becomes a row of the one summary; an answered one closes; a call that never had a popup closes nothing', () => {
    const { store, windows, popups } = setup();
    const missed = makeCall({ id: 'm' });
    const taken = makeCall({ id: 't' });
    popups.apply([ringing(missed), ringing(taken)], [missed, taken]);
    popups.apply([ended(missed, true), ended(taken, false), ended(makeCall({ id: 'x' }), true)], []);
    expect(windows.events).toEqual(['open:m', 'open:t', 'close:m', 'close:t', 'open:missed']);
    expect(store.current.calls.popups).toEqual([missedCallsPopupId]);
    expect(store.current.calls.missedCallCards).toEqual([{ call: missed, endedAtMs: 5000 }]);
    popups.dismiss('m');
    expect(store.current.calls.missedCallCards).toEqual([]);
    expect(store.current.calls.popups).toEqual([]);
    expect(windows.events.at(-1)).toBe('close:missed');
  });

  test('three missed calls are three rows of one summary window, never three windows', () => {
    const { store, windows, popups } = setup();
    for (const id of ['a', 'b', 'c']) {
      const call = makeCall({ id });
      popups.apply([ringing(call)], [call]);
      popups.apply([ended(call, true)], []);
    }
    expect(store.current.calls.popups).toEqual([missedCallsPopupId]);
    expect(store.current.calls.missedCallCards.map((card) => card.call.id)).toEqual(['a', 'b', 'c']);
    const open = new Set<string>();
    for (const event of windows.events) {
      const [op, id = ''] = event.split(':');
      if (op === 'open') open.add(id);
      else open.delete(id);
    }
    expect([...open]).toEqual([missedCallsPopupId]);
  });

  test('dismissing one row keeps the summary for the others; dismissing the summary clears every row', () => {
    const { store, windows, popups } = setup();
    for (const id of ['a', 'b']) {
      const call = makeCall({ id });
      popups.apply([ringing(call)], [call]);
      popups.apply([ended(call, true)], []);
    }
    popups.dismiss('a');
    expect(store.current.calls.missedCallCards.map((card) => card.call.id)).toEqual(['b']);
    expect(store.current.calls.popups).toEqual([missedCallsPopupId]);
    expect(windows.events.at(-1)).not.toBe('close:missed');
    popups.dismiss(missedCallsPopupId);
    expect(store.current.calls.missedCallCards).toEqual([]);
    expect(store.current.calls.popups).toEqual([]);
    expect(windows.events.at(-1)).toBe('close:missed');
  });

  test('a ringing call opens beside the summary, which stays last', () => {
    const { store, popups } = setup();
    const missed = makeCall({ id: 'm' });
    popups.apply([ringing(missed)], [missed]);
    popups.apply([ended(missed, true)], []);
    const next = makeCall({ id: 'n' });
    popups.apply([ringing(next)], [next]);
    expect(store.current.calls.popups).toEqual(['n', missedCallsPopupId]);
  });

  test(`keeps at most ${maxMissedCallCards} missed calls in the summary, dropping the oldest`, () => {
    const { store, popups } = setup();
    for (let i = 0; i < maxMissedCallCards + 2; i++) {
      const call = makeCall({ id: `c${i}` });
      popups.apply([ringing(call)], [call]);
      popups.apply([ended(call, true)], []);
    }
    const ids = store.current.calls.missedCallCards.map((card) => card.call.id);
    expect(ids).toHaveLength(maxMissedCallCards);
    expect(ids[0]).toBe('c2');
    expect(ids.at(-1)).toBe(`c${maxMissedCallCards + 1}`);
    expect(store.current.calls.popups).toEqual([missedCallsPopupId]);
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
