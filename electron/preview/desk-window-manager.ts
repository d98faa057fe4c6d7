/**
 * The preview's `WindowManager`: instead of BrowserWindows it tells the desk page which iframes
 * to show. It remembers what is open so a desk that (re)connects gets the same windows.
 */
import type { WindowManager } from '../core/ports';
import type { PopupCorner } from '../shared/features/calls';
import { panelSize, popupHeightLimits, popupSize, settingsSize } from '../shared/window-sizes';

/** The window sizes the desk draws, the same as Electron's (shared/window-sizes.ts). */
export const deskSizes = {
  panel: panelSize,
  settings: settingsSize,
  popup: { ...popupSize, ...popupHeightLimits },
};

export type DeskMessage =
  | { type: 'window'; op: 'snapshot'; popups: string[]; settings: boolean; sizes: typeof deskSizes }
  | { type: 'window'; op: 'open-popup' | 'close-popup'; callId: string }
  | { type: 'window'; op: 'open-settings' | 'show-panel' };

export class DeskWindowManager implements WindowManager {
  readonly #popups = new Set<string>();
  #settingsOpen = false;
  readonly #desks = new Set<(message: DeskMessage) => void>();

  /** Every window operation the core asked for, in order (for tests). */
  readonly history: { op: string; callId?: string; atMs: number }[] = [];
  /** Links the core asked to open in the browser: recorded, never opened (for tests). */
  readonly externalUrls: string[] = [];
  popupCorner: PopupCorner = 'bottom-right';

  attachDesk(send: (message: DeskMessage) => void): () => void {
    this.#desks.add(send);
    send({
      type: 'window',
      op: 'snapshot',
      popups: [...this.#popups],
      settings: this.#settingsOpen,
      sizes: deskSizes,
    });
    return () => this.#desks.delete(send);
  }

  get openPopups(): string[] {
    return [...this.#popups];
  }

  openPopup(callId: string): void {
    this.#popups.add(callId);
    this.#broadcast({ type: 'window', op: 'open-popup', callId });
  }

  closePopup(callId: string): void {
    if (!this.#popups.delete(callId)) return;
    this.#broadcast({ type: 'window', op: 'close-popup', callId });
  }

  showPanel(): void {
    this.#broadcast({ type: 'window', op: 'show-panel' });
  }

  openExternal(url: string): boolean {
    this.externalUrls.push(url);
    return true;
  }

  setPopupCorner(corner: PopupCorner): void {
    this.popupCorner = corner;
  }

  openSettings(): void {
    this.#settingsOpen = true;
    this.#broadcast({ type: 'window', op: 'open-settings' });
  }

  #broadcast(message: DeskMessage): void {
    this.history.push({
      op: message.op,
      ...('callId' in message ? { callId: message.callId } : {}),
      atMs: Date.now(),
    });
    for (const send of this.#desks) send(message);
  }
}
