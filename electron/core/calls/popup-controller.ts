/**
 * Decides when a caller popup opens and closes, and keeps `state.calls.popups` and the missed-call
 * cards in step with the calls the tracker reports (the calls feature keeps the live list itself).
 * Electron and the preview host only carry out these decisions through their `WindowManager`, so
 * both show exactly the same popups at the same moments.
 *
 * A popup opens for a call ringing for the agent, as the settings say (per kind: queue, direct,
 * internal; popup, native notification or both; nothing in "click-to-dial only" mode). It closes
 * when the call is answered elsewhere, transferred or ends; a call answered by the agent keeps it
 * until the call ends or it is dismissed. A missed call's popup closes and the call becomes a row of
 * the one missed-calls summary (its own popup, `missedCallsPopupId`): five missed calls are one
 * small card, never five windows.
 */
import {
  type CallsView,
  type CallView,
  type MissedCallCard,
  missedCallsPopupId,
} from '../../shared/features/calls';
import type { Logger, Notifier, WindowManager } from '../ports';
import type { Slice } from '../state/slice';
import type { CallEvent } from './call-tracker';
import type { CallsSettings } from './settings';
import type { CallsTexts } from './texts.en';

export interface PopupControllerOptions {
  slice: Slice<CallsView>;
  windows: WindowManager;
  notifier: Notifier | null;
  settings: () => CallsSettings;
  texts: () => CallsTexts;
  clock: { now(): number };
  log: Logger;
}

/** Rows beyond this leave the summary, oldest first: a day of missed calls belongs in the panel. */
export const maxMissedCallCards = 20;

export class PopupController {
  readonly #o: PopupControllerOptions;

  constructor(options: PopupControllerOptions) {
    this.#o = options;
  }

  /** `calls`: the views of the calls now; `before`: those of the calls before these events. */
  apply(events: readonly CallEvent[], calls: readonly CallView[], before: readonly CallView[]): void {
    const { slice, windows } = this.#o;
    const opened: string[] = [];
    const closed: string[] = [];
    const missed: MissedCallCard[] = [];
    const openBefore = slice.current.popups;
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
      const card = event.missed ? this.#cardOf(id, before) : null;
      if (card) missed.push(card);
      closed.push(id);
    }
    slice.update((view) => {
      const cards = [...view.missedCallCards, ...missed].slice(-maxMissedCallCards);
      const gone = new Set(closed);
      const stillOpen = view.popups.filter((id) => !gone.has(id) && id !== missedCallsPopupId);
      const newlyOpened = opened.filter((id) => !stillOpen.includes(id));
      return {
        popups: [...stillOpen, ...newlyOpened, ...(cards.length > 0 ? [missedCallsPopupId] : [])],
        missedCallCards: cards,
      };
    });
    for (const id of closed) windows.closePopup(id);
    for (const id of opened) windows.openPopup(id);
    // Asked again with each new row: the window manager keeps the one summary it has.
    if (missed.length > 0) windows.openPopup(missedCallsPopupId);
    for (const view of notify) this.#notify(view);
  }

  /** Closes a popup; a missed call's id removes its row, the summary's id all rows. */
  dismiss(callId: string): void {
    const { slice, windows } = this.#o;
    const current = slice.current;
    const summary = callId === missedCallsPopupId;
    const open = current.popups.includes(callId);
    const card = current.missedCallCards.some((candidate) => candidate.call.id === callId);
    if (!open && !card) return;
    const cards = summary ? [] : current.missedCallCards.filter((candidate) => candidate.call.id !== callId);
    const closeSummary = cards.length === 0 && current.popups.includes(missedCallsPopupId);
    slice.update((view) => ({
      popups: view.popups.filter((id) => id !== callId && !(closeSummary && id === missedCallsPopupId)),
      missedCallCards: cards,
    }));
    if (open && !summary) windows.closePopup(callId);
    if (closeSummary) windows.closePopup(missedCallsPopupId);
  }

  /** Close every popup and card (disconnect, auth failure). */
  closeAll(): void {
    const { slice, windows } = this.#o;
    const open = slice.current.popups;
    slice.update({ popups: [], missedCallCards: [] });
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
    const { notifier, log } = this.#o;
    if (!notifier) return;
    try {
      notifier.notify({ ...ringingNotification(call, this.#o.texts()), tag: `call-${call.id}` });
    } catch (error) {
      log.log('warn', 'call notification failed', { error: String(error) });
    }
  }
}

/** The words of the native notification for a ringing call (the renderer's catalogues are not here). */
export function ringingNotification(call: CallView, text: CallsTexts): { title: string; body: string } {
  const number = call.remoteDisplayNumber || text.unknownNumber;
  const organisation = call.contacts[0]?.organisation;
  const who = call.remoteName ? `${call.remoteName} (${number})` : number;
  const lines = [who];
  if (organisation && !call.remoteName?.includes(organisation)) lines.push(organisation);
  if (call.queueName) lines.push(text.viaQueue(call.queueName));
  return { title: text.incomingCall, body: lines.join('\n') };
}
