/**
 * BrowserWindow and WebContents stand-ins. They load nothing: `loadURL` records the URL and fires
 * `ready-to-show` on the next turn, like a page that loaded. Everything the app does to a window
 * (show, showInactive, bounds, always-on-top level) is kept for the boot test to read.
 */
import { EventEmitter } from 'node:events';
import { app } from './app';
import { fakeEvent } from './fake-event';
import { record } from './recorder';
import { type FakeSession, sessionFor } from './session';

export interface WindowOpenDetails {
  url: string;
}
export type WindowOpenHandler = (details: WindowOpenDetails) => { action: string };

export interface FakeWebFrame {
  url: string;
  parent: FakeWebFrame | null;
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly session: FakeSession = sessionFor('');
  readonly mainFrame: FakeWebFrame = { url: '', parent: null };
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;

  getURL(): string {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, payload: args[0] });
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return false;
  }
  isDevToolsOpened(): boolean {
    return false;
  }
  openDevTools(): void {}
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return record.windows.filter((window) => !window.destroyed);
  }

  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  readonly calls: string[] = [];
  alwaysOnTopLevel: string | null = null;
  bounds: Bounds;
  visible = false;
  destroyed = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    const width = typeof options.width === 'number' ? options.width : 800;
    const height = typeof options.height === 'number' ? options.height : 600;
    this.bounds = { x: 0, y: 0, width, height };
    if (options.alwaysOnTop === true) this.alwaysOnTopLevel = 'floating';
    record.windows.push(this);
    app.emit('web-contents-created', fakeEvent({}), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.mainFrame.url = url;
    setImmediate(() => {
      if (this.destroyed) return;
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    });
    return Promise.resolve();
  }
  show(): void {
    this.calls.push('show');
    this.visible = true;
  }
  showInactive(): void {
    this.calls.push('showInactive');
    this.visible = true;
  }
  hide(): void {
    this.calls.push('hide');
    this.visible = false;
  }
  focus(): void {
    this.calls.push('focus');
  }
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setPosition(x: number, y: number): void {
    this.bounds = { ...this.bounds, x, y };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  getBounds(): Bounds {
    return this.bounds;
  }
  setAlwaysOnTop(flag: boolean, level = 'floating'): void {
    this.alwaysOnTopLevel = flag ? level : null;
  }
  setVisibleOnAllWorkspaces(): void {}
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent({});
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}
