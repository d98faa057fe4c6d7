/**
 * A stand-in for the `electron` module, enough for the BUILT main bundle to start in plain Node
 * (Electron cannot run on the test machine) and for the boot test to see what it did. Named
 * exports for `import { app } from 'electron'`, and a default export for packages that do
 * `import electron from 'electron'` (electron-store).
 */
import { app, ipcMain } from './app';
import { FakeBrowserWindow } from './browser-window';
import {
  clipboard,
  dialog,
  FakeNotification,
  globalShortcut,
  nativeTheme,
  powerMonitor,
  safeStorage,
  screen,
  shell,
} from './desktop';
import { createRendererStub } from './renderer';
import { net, protocol, session } from './session';
import { FakeMenu, FakeTray, nativeImage } from './tray';

const renderer = createRendererStub();

export const BrowserWindow = FakeBrowserWindow;
export const Tray = FakeTray;
export const Menu = FakeMenu;
export const Notification = FakeNotification;
export const contextBridge = renderer.contextBridge;
export const ipcRenderer = renderer.ipcRenderer;
export {
  app,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};

export default {
  app,
  BrowserWindow,
  clipboard,
  contextBridge,
  dialog,
  globalShortcut,
  ipcMain,
  ipcRenderer,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
};
