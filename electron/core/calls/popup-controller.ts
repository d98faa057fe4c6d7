/**
 * Decides when a caller popup opens and closes, and keeps `state.calls` / `state.popups` in step
 * with the tracker. Electron and the preview host only carry out these decisions through their
 * `WindowManager`, so both show exactly the same popups at the same moments.
 */
import type { CallView } from '../../shared/contract';
import type { CallEvent, TrackedCall } from '../model/call-tracker';
import type { WindowManager } from '../ports';
import type { StateStore } from '../state/state-store';

export interface PopupControllerOptions {
  store: StateStore;
  windows: WindowManager;
  onRinging: (call: CallView) => void;
}

export class PopupController {
  readonly #options: PopupControllerOptions;

  constructor(options: PopupControllerOptions) {
    this.#options = options;
  }

  apply(events: readonly CallEvent[], calls: readonly TrackedCall[]): void {
    const { store, windows } = this.#options;
    const opened: string[] = [];
    const closed: string[] = [];
    for (const event of events) {
      if (event.type === 'ringing' && event.call.direction === 'inbound') opened.push(event.call.id);
      // The popup is about a ringing call: it goes when the call ends (answered elsewhere, hung
      // up, missed). Answered by the agent, it stays until dismissed or the call ends.
      if (event.type === 'ended') closed.push(event.call.id);
    }
    store.update((state) => {
      const stillOpen = state.popups.filter((id) => !closed.includes(id));
      return {
        ...state,
        calls: calls.map(toView),
        popups: [...stillOpen, ...opened.filter((id) => !stillOpen.includes(id))],
      };
    });
    for (const id of closed) windows.closePopup(id);
    for (const id of opened) {
      windows.openPopup(id);
      const call = calls.find((candidate) => candidate.id === id);
      if (call) this.#options.onRinging(toView(call));
    }
  }

  dismiss(callId: string): void {
    const { store, windows } = this.#options;
    if (!store.current.popups.includes(callId)) return;
    store.update((state) => ({ ...state, popups: state.popups.filter((id) => id !== callId) }));
    windows.closePopup(callId);
  }

  /** Close every popup (disconnect, auth failure). */
  closeAll(): void {
    const { store, windows } = this.#options;
    const open = store.current.popups;
    store.update((state) => ({ ...state, popups: [], calls: [] }));
    for (const id of open) windows.closePopup(id);
  }
}

function toView(call: TrackedCall): CallView {
  return { ...call };
}
