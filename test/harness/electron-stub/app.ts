/**
 * `app` and `ipcMain`. The app becomes ready only when the driver says so (`emitReady`), so the
 * test can check what the bundle did before `ready` (scheme privileges, sandbox switch, lock).
 * `quit()` follows Electron's order: before-quit, close every window (any can veto), will-quit,
 * quit; a listener that prevents `will-quit` stops it there, as in Electron.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { FakeBrowserWindow } from './browser-window';
import { fakeEvent } from './fake-event';
import { type IpcHandler, isReady, record, stubRoot } from './recorder';

class FakeApp extends EventEmitter {
  readonly isPackaged = false;
  readonly commandLine = {
    appendSwitch: () => {},
    hasSwitch: () => false,
    getSwitchValue: () => '',
  };
  #resolveReady: () => void = () => {};
  readonly #ready = new Promise<void>((resolve) => {
    this.#resolveReady = resolve;
  });

  /** Driver control: Electron finished starting. */
  emitReady(): void {
    if (isReady()) return;
    record.readyAtMs = Date.now();
    this.#resolveReady();
    this.emit('ready', fakeEvent({}), {});
  }
  whenReady(): Promise<void> {
    return this.#ready;
  }
  isReady(): boolean {
    return isReady();
  }
  enableSandbox(): void {
    record.sandboxEnabledBeforeReady = !isReady();
  }
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    record.singleInstanceData.push(additionalData);
    return process.env.ELECTRON_STUB_LOCK !== 'taken';
  }
  hasSingleInstanceLock(): boolean {
    return process.env.ELECTRON_STUB_LOCK !== 'taken';
  }
  releaseSingleInstanceLock(): void {}
  getPath(name: string): string {
    return join(stubRoot(), name);
  }
  getAppPath(): string {
    return process.cwd();
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return 'pascom Companion';
  }
  getLocale(): string {
    return 'en-US';
  }
  getSystemLocale(): string {
    return 'en-US';
  }
  getPreferredSystemLanguages(): string[] {
    return ['en-US'];
  }
  setAppUserModelId(): void {}
  #loginItem = { openAtLogin: false, openAsHidden: false, args: [] as string[] };
  getLoginItemSettings() {
    return { ...this.#loginItem, wasOpenedAtLogin: false, wasOpenedAsHidden: false };
  }
  setLoginItemSettings(settings: { openAtLogin?: boolean; openAsHidden?: boolean; args?: string[] }): void {
    this.#loginItem = { ...this.#loginItem, ...settings };
  }
  setAsDefaultProtocolClient(): boolean {
    return true;
  }
  isDefaultProtocolClient(): boolean {
    return false;
  }
  getApplicationNameForProtocol(): string {
    return '';
  }
  focus(): void {}
  quit(): void {
    record.quitRequests++;
    const beforeQuit = fakeEvent({});
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of FakeBrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return;
    }
    const willQuit = fakeEvent({});
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    record.quitCompleted = true;
    this.emit('quit', fakeEvent({}), 0);
  }
  exit(code = 0): void {
    record.exitCode = code;
  }
}

export const app = new FakeApp();

class FakeIpcMain extends EventEmitter {
  handle(channel: string, handler: IpcHandler): void {
    if (record.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    record.ipcHandlers.set(channel, handler);
  }
  handleOnce(channel: string, handler: IpcHandler): void {
    this.handle(channel, handler);
  }
  removeHandler(channel: string): void {
    record.ipcHandlers.delete(channel);
  }
}

export const ipcMain = new FakeIpcMain();
