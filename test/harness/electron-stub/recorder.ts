/**
 * What the stand-in `electron` module was asked to do, for the boot test to inspect. One shared
 * instance: the stub's modules write here, the boot driver (same process) reads it.
 */
import type { FakeBrowserWindow } from './browser-window';
import type { FakeMenu, FakeTray } from './tray';

export type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export interface StubRecord {
  readyAtMs: number | null;
  sandboxEnabledBeforeReady: boolean | null;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean>; beforeReady: boolean }[];
  protocolHandlers: Map<string, ProtocolHandler>;
  ipcHandlers: Map<string, IpcHandler>;
  ipcListeners: Map<string, number>;
  windows: FakeBrowserWindow[];
  trays: FakeTray[];
  menus: FakeMenu[];
  openedExternally: string[];
  singleInstanceData: unknown[];
  fetches: { partition: string; url: string; verifyProcSetBefore: boolean }[];
  verifyProcs: Map<string, number>;
  notifications: { title: string; body: string }[];
  quitRequests: number;
  quitCompleted: boolean;
  exitCode: number | null;
}

export const record: StubRecord = {
  readyAtMs: null,
  sandboxEnabledBeforeReady: null,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  ipcListeners: new Map(),
  windows: [],
  trays: [],
  menus: [],
  openedExternally: [],
  singleInstanceData: [],
  fetches: [],
  verifyProcs: new Map(),
  notifications: [],
  quitRequests: 0,
  quitCompleted: false,
  exitCode: null,
};

export function isReady(): boolean {
  return record.readyAtMs !== null;
}

/** Where the stub's `app.getPath()` folders live; the boot test points it at a temp folder. */
export function stubRoot(): string {
  return process.env.ELECTRON_STUB_ROOT ?? `${process.cwd()}/.tmp/electron-stub`;
}
