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
  | {
      type: 'window';
      op: 'snapshot';
      popups: string[];
      settings: boolean;
      panel: boolean;
      sizes: typeof deskSizes;
    }
  | { type: 'window'; op: 'open-popup' | 'close-popup'; callId: string }
  | { type: 'window'; op: 'open-settings' | 'show-panel' | 'hide-panel' };

export class DeskWindowManager implements WindowManager {
  readonly #popups = new Set<string>();
  #settingsOpen = false;
  /** The desk starts with the panel on screen, as a desk page is there to look at it. */
  #panelShown = true;
  /** Told whenever the panel comes or goes: what Electron's panel window 'show'/'hide' tell main. */
  onPanelVisibility: ((shown: boolean) => void) | null = null;
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
      panel: this.#panelShown,
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

  get panelShown(): boolean {
    return this.#panelShown;
  }

  showPanel(): void {
    this.#setPanel(true);
    this.#broadcast({ type: 'window', op: 'show-panel' });
  }

  /** The desk's "Tray click": hides a shown panel, shows a hidden one (main's `togglePanel`). */
  trayClick(): void {
    this.#setPanel(!this.#panelShown);
    this.#broadcast({ type: 'window', op: this.#panelShown ? 'show-panel' : 'hide-panel' });
  }

  #setPanel(shown: boolean): void {
    if (shown === this.#panelShown) return;
    this.#panelShown = shown;
    this.onPanelVisibility?.(shown);
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
