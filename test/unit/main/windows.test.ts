import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import { ElectronWindowManager } from '../../../electron/main/windows';
import { settingsSize } from '../../../electron/shared/window-sizes';
import { FakeBrowserWindow } from '../../harness/electron-stub/browser-window';
import { screen } from '../../harness/electron-stub/desktop';
import { fakeEvent } from '../../harness/electron-stub/fake-event';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function managerOn(platform: NodeJS.Platform) {
  const created: FakeBrowserWindow[] = [];
  const guarded: number[] = [];
  const closedByUser: string[] = [];
  const manager = new ElectronWindowManager({
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const window = new FakeBrowserWindow(options as Record<string, unknown>);
      created.push(window);
      return window as unknown as BrowserWindow;
    },
    screen: screen as unknown as Screen,
    context: {
      preloadPath: '/app/dist/preload/index.cjs',
      devTools: false,
      platform,
      backgroundColor: '#ffffff',
    },
    guard: (webContents) => guarded.push(webContents.id),
    trayBounds: () => null,
    onPopupClosedByUser: (callId) => closedByUser.push(callId),
    log: silentLogger,
  });
  const pageOf = (window: FakeBrowserWindow) => window.loadedUrls[0] ?? '';
  return { manager, created, guarded, closedByUser, pageOf };
}

describe('the Electron window manager', () => {
  it('creates every window locked down, guarded before its page loads, on the app origin', () => {
    const { manager, created, guarded, pageOf } = managerOn('linux');
    manager.createPanel();
    manager.openSettings();
    manager.openPopup('4711');
    expect(created.map(pageOf)).toEqual([
      'app://companion/panel.html',
      'app://companion/settings.html',
      'app://companion/popup.html?call=4711',
      // The next call's spare, loading already.
      'app://companion/popup.html',
    ]);
    for (const window of created) {
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: '/app/dist/preload/index.cjs',
      });
    }
    expect(guarded).toEqual(created.map((window) => window.webContents.id));
  });

  it('shows a caller popup without taking focus, above full-screen apps, at the bottom-right', async () => {
    const { manager, created } = managerOn('win32');
    manager.openPopup('4711');
    await nextTurn();
    const [popup] = created;
    expect(popup?.calls).toEqual(['showInactive']);
    expect(popup?.alwaysOnTopLevel).toBe('screen-saver');
    expect(popup?.options).toMatchObject({ focusable: false, skipTaskbar: true, frame: false, show: false });
    expect(popup?.bounds).toEqual({ x: 1552, y: 832, width: 360, height: 200 });
  });

  it('stacks popups and closes up the gap when the core closes one', async () => {
    const { manager, created, closedByUser } = managerOn('linux');
    manager.openPopup('a');
    manager.openPopup('b');
    manager.openPopup('a'); // already open: no second window
    expect(created).toHaveLength(3); // a, the spare (still loading, so b got its own), b
    created.splice(1, 1);
    expect(created.map((window) => window.bounds.y)).toEqual([832, 624]);
    manager.closePopup('a');
    expect(created[0]?.destroyed).toBe(true);
    expect(created[1]?.bounds.y).toBe(832);
    expect(closedByUser).toEqual([]);
    expect(manager.identify(created[0]?.webContents.id ?? -1)).toBeNull();
  });

  it('tells the core when a popup was closed by the user rather than by the core', () => {
    const { manager, created, closedByUser } = managerOn('linux');
    manager.openPopup('4711');
    created[0]?.close(); // Alt+F4
    expect(closedByUser).toEqual(['4711']);
  });

  it('knows which window a webContents belongs to', () => {
    const { manager, created } = managerOn('linux');
    manager.createPanel();
    manager.openPopup('4711');
    const [panel, popup, spare] = created;
    expect(manager.identify(panel?.webContents.id ?? -1)).toEqual({ kind: 'panel' });
    expect(manager.identify(popup?.webContents.id ?? -1)).toEqual({ kind: 'popup', popupCallId: '4711' });
    expect(manager.identify(spare?.webContents.id ?? -1)).toEqual({ kind: 'popup' });
    expect(manager.identify(123456)).toBeNull();
    expect(manager.liveWebContents().map((webContents) => webContents.id)).toEqual(
      created.map((w) => w.webContents.id),
    );
  });

  it('keeps one spare popup loaded and hands it the next call without reloading its page', async () => {
    const { manager, created, pageOf } = managerOn('win32');
    manager.createPanel();
    manager.prepareSparePopup();
    manager.prepareSparePopup(); // still one spare
    expect(created.map(pageOf)).toEqual(['app://companion/panel.html', 'app://companion/popup.html']);
    const spare = created[1];
    expect(spare?.options).toMatchObject({ focusable: false, skipTaskbar: true, frame: false, show: false });
    expect(manager.identify(spare?.webContents.id ?? -1)).toEqual({ kind: 'popup' });
    // It follows the state like every window, so it is current when a call comes.
    expect(manager.liveWebContents()).toContain(spare?.webContents);
    await nextTurn(); // its page has loaded

    manager.openPopup('4711/2');
    expect(spare?.loadedUrls).toEqual([
      'app://companion/popup.html',
      'app://companion/popup.html#call=4711%2F2',
    ]);
    expect(manager.identify(spare?.webContents.id ?? -1)).toEqual({ kind: 'popup', popupCallId: '4711/2' });
    expect(spare?.calls).toEqual(['showInactive']);
    expect(spare?.alwaysOnTopLevel).toBe('screen-saver');
    expect(spare?.bounds).toEqual({ x: 1552, y: 832, width: 360, height: 200 });
    // The next spare is loading already.
    expect(created).toHaveLength(3);
    const next = created[2];
    expect(next?.loadedUrls).toEqual(['app://companion/popup.html']);
    expect(next?.visible).toBe(false);
    expect(manager.identify(next?.webContents.id ?? -1)).toEqual({ kind: 'popup' });
    await nextTurn();

    manager.openPopup('4712');
    expect(next?.loadedUrls.at(-1)).toBe('app://companion/popup.html#call=4712');
    expect(created).toHaveLength(4);
    expect([spare, next].map((window) => window?.bounds.y)).toEqual([832, 624]);

    // Used popups close like any popup; the spare closing is nobody's dismissal.
    manager.closePopup('4711/2');
    expect(spare?.destroyed).toBe(true);
    expect(manager.identify(spare?.webContents.id ?? -1)).toBeNull();
    manager.prepareToQuit();
    created[3]?.close();
    manager.prepareSparePopup(); // not while quitting
    expect(created).toHaveLength(4);
  });

  it('keeps the panel alive: blur and close hide it, until the app quits', () => {
    const { manager, created } = managerOn('linux');
    manager.showPanel();
    const [panel] = created;
    expect(panel?.visible).toBe(true);
    expect(panel?.calls).toEqual(['show', 'focus']);
    panel?.emit('blur');
    expect(panel?.visible).toBe(false);
    // The tray click that caused the blur must not reopen it at once.
    manager.togglePanel();
    expect(panel?.visible).toBe(false);

    const close = fakeEvent({});
    panel?.emit('close', close);
    expect(close.defaultPrevented).toBe(true);

    manager.prepareToQuit();
    panel?.close();
    expect(panel?.destroyed).toBe(true);
  });

  it('shows the panel for a request from a link without taking the focus', () => {
    const { manager, created } = managerOn('linux');
    manager.showPanel('inactive');
    const [panel] = created;
    expect(panel?.visible).toBe(true);
    expect(panel?.calls).toEqual(['showInactive']);
  });

  it('opens one settings window and brings it forward when asked again', async () => {
    const { manager, created } = managerOn('linux');
    manager.openSettings();
    await nextTurn();
    manager.openSettings();
    expect(created).toHaveLength(1);
    expect(created[0]?.calls).toEqual(['show', 'show', 'focus']);
  });

  it('gives the settings page the whole settings size (the frame comes on top, as in the preview)', () => {
    const { manager, created } = managerOn('win32');
    manager.openSettings();
    expect(created[0]?.options).toMatchObject({ ...settingsSize, useContentSize: true });
  });
});

describe('a caller popup sized to its content', () => {
  it('grows to the height its page asks for, within the limits, and the stack follows', async () => {
    const { manager, created } = managerOn('win32');
    manager.openPopup('a');
    manager.openPopup('b');
    await nextTurn();
    const [a, , b] = created;
    if (!a || !b) throw new Error('two popups and a spare');
    a.webContents.emit('preferred-size-changed', fakeEvent({}), { width: 360, height: 263.4 });
    expect(a.bounds).toEqual({ x: 1552, y: 768, width: 360, height: 264 });
    // The one above moves up to stay clear of it.
    expect(b.bounds.y + b.bounds.height).toBeLessThanOrEqual(a.bounds.y - 8);
    b.webContents.emit('preferred-size-changed', fakeEvent({}), { width: 360, height: 5000 });
    expect(b.bounds.height).toBe(440);
    b.webContents.emit('preferred-size-changed', fakeEvent({}), { width: 360, height: 20 });
    expect(b.bounds.height).toBe(120);
  });

  it('runs its page in preferred-size mode; the panel and settings do not need it', () => {
    const { manager, created } = managerOn('linux');
    manager.createPanel();
    manager.openPopup('a');
    expect(
      created.map(
        (window) =>
          (window.options.webPreferences as { enablePreferredSizeMode?: boolean }).enablePreferredSizeMode,
      ),
    ).toEqual([undefined, true, true]);
  });
});
