/**
 * Decides when a caller popup opens and closes, and keeps `state.calls`, `state.popups` and
 * `state.missedCallCards` in step with the tracker. Electron and the preview host only carry out
 * these decisions through their `WindowManager`, so both show exactly the same popups at the same
 * moments.
 *
 * A popup opens for a call ringing for the agent, as the settings say (per kind: queue, direct,
 * internal; popup, native notification or both; nothing in "click-to-dial only" mode). It closes
 * when the call is answered elsewhere, transferred or ends; a call answered by the agent keeps it
 * until the call ends or it is dismissed. A missed call's popup stays as a small missed-call card.
 */
import type { CallView, MissedCallCard } from '../../shared/features/calls';
import type { CallEvent } from '../model/call-tracker';
import type { Logger, Notifier, WindowManager } from '../ports';
import type { Settings } from '../settings/schema';
import type { StateStore } from '../state/state-store';
import { ringingNotification } from './call-alert-text';

export interface PopupControllerOptions {
  store: StateStore;
  windows: WindowManager;
  notifier: Notifier | null;
  settings: () => Settings['calls'];
  clock: { now(): number };
  log: Logger;
}

/** Cards beyond this close, oldest first: a day of missed calls belongs in the panel, not on screen. */
export const maxMissedCallCards = 5;

export class PopupController {
  readonly #o: PopupControllerOptions;

  constructor(options: PopupControllerOptions) {
    this.#o = options;
  }

  apply(events: readonly CallEvent[], calls: readonly CallView[]): void {
    const { store, windows } = this.#o;
    const opened: string[] = [];
    const closed: string[] = [];
    const missed: MissedCallCard[] = [];
    const openBefore = store.current.popups;
    const notify: CallView[] = [];
    for (const event of events) {
      const id = event.call.id;
      if (event.type === 'ringing' && event.call.direction === 'inbound') {
        const view = calls.find((call) => call.id === id);
        const alert = view ? this.#alertFor(view) : { popup: false, notification: false };
        if (alert.popup) opened.push(id);
        if (alert.notification && view) notify.push(view);
      }
      if (event.type !== 'ended') continue;
      if (!openBefore.includes(id) && !opened.includes(id)) continue;
      const card = event.missed ? this.#cardOf(id, store.current.calls) : null;
      if (card) missed.push(card);
      else closed.push(id);
    }
    let dropped: string[] = [];
    store.update((state) => {
      const cards = [...state.missedCallCards.filter((card) => !closed.includes(card.call.id)), ...missed];
      const kept = cards.slice(-maxMissedCallCards);
      dropped = cards.slice(0, cards.length - kept.length).map((card) => card.call.id);
      const gone = new Set([...closed, ...dropped]);
      const stillOpen = state.popups.filter((id) => !gone.has(id));
      return {
        ...state,
        calls: [...calls],
        popups: [...stillOpen, ...opened.filter((id) => !stillOpen.includes(id))],
        missedCallCards: kept,
      };
    });
    for (const id of [...closed, ...dropped]) windows.closePopup(id);
    for (const id of opened) windows.openPopup(id);
    for (const view of notify) this.#notify(view);
  }

  /** Replaces the views on screen (names resolved later, history arrived), keeping everything else. */
  restyle(rebuild: (view: CallView) => CallView): void {
    this.#o.store.update((state) => {
      if (state.calls.length === 0 && state.missedCallCards.length === 0) return state;
      return {
        ...state,
        calls: state.calls.map(rebuild),
        missedCallCards: state.missedCallCards.map((card) => ({ ...card, call: rebuild(card.call) })),
      };
    });
  }

  dismiss(callId: string): void {
    const { store, windows } = this.#o;
    const current = store.current;
    const open = current.popups.includes(callId);
    const card = current.missedCallCards.some((candidate) => candidate.call.id === callId);
    if (!open && !card) return;
    store.update((state) => ({
      ...state,
      popups: state.popups.filter((id) => id !== callId),
      missedCallCards: state.missedCallCards.filter((candidate) => candidate.call.id !== callId),
    }));
    windows.closePopup(callId);
  }

  /** Close every popup and card (disconnect, auth failure). */
  closeAll(): void {
    const { store, windows } = this.#o;
    const open = store.current.popups;
    store.update((state) => ({ ...state, popups: [], calls: [], missedCallCards: [] }));
    for (const id of open) windows.closePopup(id);
  }

  #alertFor(call: CallView): { popup: boolean; notification: boolean } {
    const settings = this.#o.settings();
    if (settings.clickToDialOnly) return { popup: false, notification: false };
    const wanted = call.queueName
      ? settings.popupForQueueCalls
      : call.remoteInternal
        ? settings.popupForInternalCalls
        : settings.popupForDirectCalls;
    if (!wanted) return { popup: false, notification: false };
    return { popup: settings.alert !== 'notification', notification: settings.alert !== 'popup' };
  }

  #cardOf(callId: string, calls: readonly CallView[]): MissedCallCard | null {
    const call = calls.find((candidate) => candidate.id === callId);
    return call ? { call, endedAtMs: this.#o.clock.now() } : null;
  }

  #notify(call: CallView): void {
    const { notifier, store, log } = this.#o;
    if (!notifier) return;
    try {
      notifier.notify({ ...ringingNotification(call, store.current.app.language), tag: `call-${call.id}` });
    } catch (error) {
      log.log('warn', 'call notification failed', { error: String(error) });
    }
  }
}
