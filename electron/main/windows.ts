/**
 * The Electron implementation of the core's `WindowManager`: the tray panel, one caller popup per
 * call and the settings window. The core decides when a window opens or closes; this decides how
 * and where. It also remembers which webContents belongs to which window, which is what the IPC
 * sender check and the event broadcast rely on.
 */
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Display,
  Rectangle,
  Screen,
  WebContents,
} from 'electron';
import type { Logger, WindowManager } from '../core/ports';
import type { WindowKind } from '../shared/contract';
import type { PopupCorner } from '../shared/features/calls';
import { fittedPopupHeight } from '../shared/window-sizes';
import { pageUrl } from './app-protocol';
import {
  panelWindowOptions,
  popupWindowOptions,
  settingsWindowOptions,
  type WindowOptionsContext,
  windowSizes,
} from './window-options';
import { panelPosition, popupStack } from './window-placement';

/** The spare's page URL with the call in the fragment: `app://companion/popup.html#call=<id>`. */
function popupUrlWithFragment(callId: string): string {
  return `${pageUrl('popup')}#${new URLSearchParams({ call: callId }).toString()}`;
}

export interface WindowIdentity {
  kind: WindowKind;
  popupCallId?: string;
}

export interface ElectronWindowManagerOptions {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: Screen;
  context: WindowOptionsContext;
  /** Applied to every window before its page loads (navigation, window.open, webview guards). */
  guard: (webContents: WebContents) => void;
  trayBounds: () => Rectangle | null;
  /** A popup closed by the window manager or the OS rather than by the core (e.g. Alt+F4). */
  onPopupClosedByUser: (callId: string) => void;
  /** Opens an https link in the browser (open-external.ts); false when the URL was refused. */
  openExternal?: (url: string) => boolean;
  log: Logger;
}

/** A click on the tray right after the panel hid on blur is the same click that blurred it. */
const trayClickAfterBlurMs = 300;

export class ElectronWindowManager implements WindowManager {
  readonly #options: ElectronWindowManagerOptions;
  readonly #identities = new Map<number, WindowIdentity>();
  readonly #popups = new Map<string, BrowserWindow>();
  readonly #closingPopups = new Set<string>();
  /** Each popup's height, as its content asked for it (`preferred-size-changed`). */
  readonly #popupHeights = new WeakMap<BrowserWindow, number>();
  #spare: { window: BrowserWindow; ready: boolean } | null = null;
  #panel: BrowserWindow | null = null;
  #settings: BrowserWindow | null = null;
  #panelHiddenByBlurAtMs = 0;
  #popupDisplayId: number | null = null;
  #popupCorner: PopupCorner = 'bottom-right';
  #quitting = false;

  constructor(options: ElectronWindowManagerOptions) {
    this.#options = options;
    const relayout = () => this.#placePopups();
    options.screen.on('display-metrics-changed', relayout);
    options.screen.on('display-removed', relayout);
    options.screen.on('display-added', relayout);
  }

  /** Creates the (hidden) panel at start, so the first tray click shows it at once. */
  createPanel(): BrowserWindow {
    if (this.#panel && !this.#panel.isDestroyed()) return this.#panel;
    const panel = this.#create('panel', panelWindowOptions(this.#options.context), pageUrl('panel'));
    panel.on('blur', () => {
      if (panel.webContents.isDevToolsOpened()) return;
      this.#panelHiddenByBlurAtMs = Date.now();
      panel.hide();
    });
    // The panel lives as long as the app; closing it (Alt+F4, Cmd+W) only hides it.
    panel.on('close', (event) => {
      if (this.#quitting) return;
      event.preventDefault();
      panel.hide();
    });
    panel.on('closed', () => {
      this.#panel = null;
    });
    this.#panel = panel;
    return panel;
  }

  showPanel(how: 'focus' | 'inactive' = 'focus'): void {
    const panel = this.createPanel();
    const display = this.#panelDisplay();
    const position = panelPosition({
      size: windowSizes.panel,
      workArea: display.workArea,
      displayBounds: display.bounds,
      trayBounds: this.#options.trayBounds(),
    });
    panel.setPosition(position.x, position.y);
    if (how === 'inactive') {
      // The agent's next key press belongs to the app they are in, not to a dial they did not start.
      panel.showInactive();
      return;
    }
    panel.show();
    panel.focus();
  }

  togglePanel(): void {
    const panel = this.#panel;
    if (panel && !panel.isDestroyed() && panel.isVisible()) {
      panel.hide();
      return;
    }
    if (Date.now() - this.#panelHiddenByBlurAtMs < trayClickAfterBlurMs) return;
    this.showPanel();
  }

  openSettings(): void {
    if (!this.#settings || this.#settings.isDestroyed()) {
      const settings = this.#create(
        'settings',
        settingsWindowOptions(this.#options.context),
        pageUrl('settings'),
      );
      settings.once('ready-to-show', () => settings.show());
      settings.on('closed', () => {
        this.#settings = null;
      });
      this.#settings = settings;
      return;
    }
    if (this.#settings.isMinimized()) this.#settings.restore();
    this.#settings.show();
    this.#settings.focus();
  }

  /**
   * Keeps one hidden popup window with its page loaded and booted, so a ringing call only has to
   * tell it which call it shows (a fragment navigation, no reload) instead of waiting 60-180 ms for
   * a window and page to start. It gets state pushes like any window, so it is current when used.
   */
  prepareSparePopup(): void {
    if (this.#quitting || (this.#spare && !this.#spare.window.isDestroyed())) return;
    const window = this.#createPopup(pageUrl('popup'));
    const spare = { window, ready: false };
    window.once('ready-to-show', () => {
      spare.ready = true;
    });
    // Closed before it was used (by the OS, or at quit): nothing to tell the core.
    window.on('closed', () => {
      if (this.#spare === spare) this.#spare = null;
    });
    this.#spare = spare;
  }

  openPopup(callId: string): void {
    if (this.#popups.has(callId)) {
      this.#placePopups();
      return;
    }
    if (this.#popups.size === 0) this.#popupDisplayId = this.#cursorDisplay().id;
    const spare = this.#takeReadySpare();
    const popup = spare ?? this.#createPopup(pageUrl('popup', { call: callId }));
    this.#identities.set(popup.webContents.id, { kind: 'popup', popupCallId: callId });
    this.#popups.set(callId, popup);
    this.#placePopups();
    popup.on('closed', () => {
      this.#popups.delete(callId);
      const closedByCore = this.#closingPopups.delete(callId);
      if (!closedByCore && !this.#quitting) this.#options.onPopupClosedByUser(callId);
      this.#placePopups();
    });
    if (spare) {
      // Only the fragment changes: Chromium navigates within the document, the page does not
      // reload, and the app follows `hashchange`. Browser-initiated, so `will-navigate` is not asked.
      spare.loadURL(popupUrlWithFragment(callId)).catch((error: unknown) => {
        this.#options.log.log('error', 'spare popup did not take its call', { error: String(error) });
      });
      this.#showPopup(spare);
    } else {
      popup.once('ready-to-show', () => this.#showPopup(popup));
    }
    this.prepareSparePopup();
  }

  closePopup(callId: string): void {
    const popup = this.#popups.get(callId);
    if (!popup || popup.isDestroyed()) return;
    this.#closingPopups.add(callId);
    popup.close();
  }

  openExternal(url: string): boolean {
    return this.#options.openExternal?.(url) ?? false;
  }

  setPopupCorner(corner: PopupCorner): void {
    if (corner === this.#popupCorner) return;
    this.#popupCorner = corner;
    this.#placePopups();
  }

  /** Who a webContents is, for the IPC sender check; null for anything that is not our window. */
  identify(webContentsId: number): WindowIdentity | null {
    return this.#identities.get(webContentsId) ?? null;
  }

  liveWebContents(): WebContents[] {
    const windows = [this.#panel, this.#settings, ...this.#popups.values(), this.#spare?.window ?? null];
    return windows
      .filter((window): window is BrowserWindow => window !== null && !window.isDestroyed())
      .map((window) => window.webContents)
      .filter((webContents) => !webContents.isDestroyed() && !webContents.isCrashed());
  }

  /** From now on closing the panel really closes it, and popups closing is not the user's doing. */
  prepareToQuit(): void {
    this.#quitting = true;
  }

  #create(kind: WindowKind, options: BrowserWindowConstructorOptions, url: string): BrowserWindow {
    const window = this.#options.createWindow(options);
    const webContentsId = window.webContents.id;
    this.#identities.set(webContentsId, { kind });
    window.on('closed', () => this.#identities.delete(webContentsId));
    this.#options.guard(window.webContents);
    window.loadURL(url).catch((error: unknown) => {
      this.#options.log.log('error', 'window page failed to load', { kind, error: String(error) });
    });
    return window;
  }

  /**
   * A popup window that grows to its content: its page runs in preferred-size mode, and every new
   * preferred height (a name on two lines, an answer note, the transfer field) resizes it within
   * the limits and re-stacks the popups.
   */
  #createPopup(url: string): BrowserWindow {
    const popup = this.#create('popup', popupWindowOptions(this.#options.context), url);
    popup.webContents.on('preferred-size-changed', (_event, size) => {
      const height = fittedPopupHeight(size.height);
      if (popup.isDestroyed() || this.#popupHeights.get(popup) === height) return;
      this.#popupHeights.set(popup, height);
      this.#placePopups();
    });
    return popup;
  }

  /** The spare, if its page has loaded; a spare still loading stays the spare for the next call. */
  #takeReadySpare(): BrowserWindow | null {
    const spare = this.#spare;
    if (!spare?.ready || spare.window.isDestroyed()) return null;
    this.#spare = null;
    if (spare.window.webContents.isCrashed()) {
      spare.window.destroy();
      return null;
    }
    return spare.window;
  }

  #showPopup(popup: BrowserWindow): void {
    if (popup.isDestroyed()) return;
    // 'screen-saver' is the level that stays above full-screen apps and presentations.
    popup.setAlwaysOnTop(true, 'screen-saver');
    if (this.#options.context.platform === 'darwin') {
      popup.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    }
    popup.showInactive();
  }

  #placePopups(): void {
    const open = [...this.#popups.values()].filter((popup) => !popup.isDestroyed());
    if (open.length === 0) {
      this.#popupDisplayId = null;
      return;
    }
    const display = this.#popupDisplay();
    this.#popupDisplayId = display.id;
    const heights = open.map((popup) => this.#popupHeights.get(popup) ?? windowSizes.popup.height);
    const { width } = windowSizes.popup;
    const positions = popupStack(heights, width, display.workArea, this.#popupCorner);
    open.forEach((popup, index) => {
      const position = positions[index];
      if (position)
        popup.setBounds({ ...position, width, height: heights[index] ?? windowSizes.popup.height });
    });
  }

  /** Popups stay on the display where the first one opened, while that display exists. */
  #popupDisplay(): Display {
    const { screen } = this.#options;
    const kept = screen.getAllDisplays().find((display) => display.id === this.#popupDisplayId);
    return kept ?? this.#cursorDisplay();
  }

  #cursorDisplay(): Display {
    const { screen } = this.#options;
    return screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  }

  #panelDisplay(): Display {
    const tray = this.#options.trayBounds();
    if (tray && tray.width > 0) return this.#options.screen.getDisplayMatching(tray);
    return this.#cursorDisplay();
  }
}
