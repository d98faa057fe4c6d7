/**
 * Runs in a child Node process (`node --import tsx --import ./register.ts boot-driver.ts <bundle>`):
 * loads the BUILT main bundle with the stand-in `electron`, then answers probes from the boot test
 * over the IPC channel: make the app ready, forge IPC calls, fire navigation events, request pages
 * from the app protocol, quit. Probes answer with plain data; the test does the asserting.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, ipcMain } from './app';
import type { TrayItemSummary } from './boot-snapshot';
import type { FakeBrowserWindow } from './browser-window';
import { nativeTheme, powerMonitor } from './desktop';
import { fakeEvent } from './fake-event';
import { record, stubRoot } from './recorder';
import { sessionFor } from './session';
import { type FakeMenuItem, FakeNativeImage } from './tray';

type ProbeArgs = Record<string, unknown>;
type Probe = (args: ProbeArgs) => unknown;

const string = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logLines(): string[] {
  try {
    return readFileSync(join(stubRoot(), 'logs', 'main.log'), 'utf8')
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

async function waitFor<T>(check: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = check();
    if (value) return value;
    await sleep(20);
  }
  return null;
}

function describeWindow(window: FakeBrowserWindow, index: number) {
  return {
    index,
    webContentsId: window.webContents.id,
    options: JSON.parse(JSON.stringify(window.options)) as unknown,
    loadedUrls: window.loadedUrls,
    calls: window.calls,
    alwaysOnTopLevel: window.alwaysOnTopLevel,
    bounds: window.bounds,
    visible: window.visible,
    destroyed: window.destroyed,
    sentChannels: window.webContents.sent.map((message) => message.channel),
    guards: {
      willNavigate: window.webContents.listenerCount('will-navigate'),
      willRedirect: window.webContents.listenerCount('will-redirect'),
      willAttachWebview: window.webContents.listenerCount('will-attach-webview'),
      windowOpenHandler: window.webContents.windowOpenHandler !== null,
    },
  };
}

/** The menu as plain data, submenus included. */
function describeMenu(items: readonly FakeMenuItem[]): TrayItemSummary[] {
  return items.map((item) => ({
    id: item.id ?? null,
    label: item.label ?? null,
    type: item.type ?? (item.submenu ? 'submenu' : 'normal'),
    enabled: item.enabled !== false,
    clickable: typeof item.click === 'function',
    image: describeImage(item.icon),
    ...(item.submenu ? { submenu: describeMenu(item.submenu) } : {}),
  }));
}

function describeImage(icon: FakeMenuItem['icon']): TrayItemSummary['image'] {
  if (icon === undefined) return null;
  // A path string would be a file the packaged app may not have: the app hands images only.
  if (typeof icon === 'string') return { png: false, scaleFactors: [], template: false, digest: icon };
  return {
    png: FakeNativeImage.isPng(icon.dataUrl),
    scaleFactors: icon.representations.map((representation) => representation.scaleFactor),
    template: icon.isTemplateImage(),
    digest: createHash('sha256').update(icon.dataUrl).digest('hex').slice(0, 12),
  };
}

function findMenuItem(items: readonly FakeMenuItem[], id: unknown): FakeMenuItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu ? findMenuItem(item.submenu, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function windowAt(args: ProbeArgs): FakeBrowserWindow {
  const window = record.windows[Number(args.windowIndex)];
  if (!window) throw new Error(`no window ${String(args.windowIndex)}`);
  return window;
}

function windowForPage(page: string, urlPattern?: RegExp): FakeBrowserWindow | undefined {
  return record.windows.find(
    (window) =>
      !window.destroyed &&
      window.loadedUrls.some((url) => url.includes(`/${page}.html`) && (urlPattern?.test(url) ?? true)),
  );
}

const probes: Record<string, Probe> = {
  async ready() {
    app.emitReady();
    const outcome = await waitFor(
      () =>
        logLines().find(
          (line) => line.includes('"message":"started"') || line.includes('"message":"start failed"'),
        ),
      20_000,
    );
    return { outcome, errors: logLines().filter((line) => line.includes('"level":"error"')) };
  },

  snapshot() {
    const menu = record.trays[0]?.contextMenu?.items ?? [];
    return {
      sandboxEnabledBeforeReady: record.sandboxEnabledBeforeReady,
      privilegedSchemes: record.privilegedSchemes,
      protocolSchemes: [...record.protocolHandlers.keys()],
      ipcChannels: [...record.ipcHandlers.keys()],
      ipcListenerChannels: ipcMain.eventNames().map(String),
      windows: record.windows.map(describeWindow),
      trays: record.trays.map((tray) => ({
        tooltip: tray.tooltip,
        iconIsPng: !tray.image.isEmpty(),
        iconRepresentations: tray.image.representations.map((representation) => representation.scaleFactor),
        menu: describeMenu(menu),
      })),
      singleInstanceData: record.singleInstanceData,
      fetches: record.fetches,
      verifyProcs: Object.fromEntries(record.verifyProcs),
      openedExternally: record.openedExternally,
      quitCompleted: record.quitCompleted,
      exitCode: record.exitCode,
      logErrors: logLines().filter((line) => line.includes('"level":"error"')),
    };
  },

  async fetchApp(args) {
    const handler = record.protocolHandlers.get('app');
    if (!handler) throw new Error('no app protocol handler');
    const response = await handler(new Request(string(args.url), { method: string(args.method, 'GET') }));
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      text: text.slice(0, 2000),
    };
  },

  async invoke(args) {
    const handler = record.ipcHandlers.get(`companion:command:${string(args.command)}`);
    if (!handler) throw new Error(`no handler for ${string(args.command)}`);
    const target = args.page ? windowForPage(string(args.page)) : undefined;
    const senderId =
      typeof args.webContentsId === 'number' ? args.webContentsId : (target?.webContents.id ?? -1);
    const frameUrl = string(args.frameUrl, target?.webContents.getURL() ?? '');
    const senderFrame = args.noFrame
      ? null
      : { url: frameUrl, parent: args.subFrame ? { url: frameUrl, parent: null } : null };
    return handler(
      fakeEvent({ sender: { id: senderId }, senderFrame, frameId: 1, processId: 1 }),
      args.input,
    );
  },

  guard(args) {
    const webContents = windowAt(args).webContents;
    const url = string(args.url);
    switch (args.action) {
      case 'window-open':
        return webContents.windowOpenHandler?.({ url }) ?? null;
      case 'webview': {
        const event = fakeEvent({});
        webContents.emit('will-attach-webview', event, {}, {});
        return { prevented: event.defaultPrevented };
      }
      case 'frame-navigate': {
        const event = fakeEvent({ url, isMainFrame: false });
        webContents.emit('will-frame-navigate', event);
        return { prevented: event.defaultPrevented };
      }
      default: {
        const event = fakeEvent({ url, isMainFrame: true });
        webContents.emit(string(args.action), event, url);
        return { prevented: event.defaultPrevented };
      }
    }
  },

  permission(args) {
    const defaultSession = sessionFor('');
    const webContents = windowAt(args).webContents;
    let granted: boolean | null = null;
    defaultSession.permissionRequestHandler?.(webContents, string(args.permission), (value: boolean) => {
      granted = value;
    });
    const checked = defaultSession.permissionCheckHandler?.(
      webContents,
      string(args.permission),
      'app://companion',
    );
    return { granted, checked };
  },

  /** A request from a window's page, as the windows' session sees it before it is sent. */
  windowRequest(args) {
    const beforeRequest = sessionFor('').webRequest.beforeRequest;
    const url = string(args.url);
    const scheme = url.slice(0, url.indexOf(':') + 1);
    const covered = beforeRequest?.urls.some((pattern) => pattern.startsWith(scheme)) ?? false;
    if (!beforeRequest || !covered) return { cancelled: false };
    let cancelled = false;
    beforeRequest.listener({ url, resourceType: string(args.resourceType, 'xhr') }, (response) => {
      cancelled = response.cancel === true;
    });
    return { cancelled };
  },

  verifyCertificate(args) {
    const proc = sessionFor(string(args.partition)).verifyProc;
    if (!proc) throw new Error('no certificate verify proc');
    let result: number | null = null;
    proc(args.request, (value) => {
      result = value;
    });
    return result;
  },

  /** The main log's lines that contain `contains` (all of them without it). */
  logLines(args) {
    const contains = string(args.contains);
    return logLines().filter((line) => line.includes(contains));
  },

  trayMenu() {
    return describeMenu(record.trays[0]?.contextMenu?.items ?? []);
  },

  /** The desktop switches between light and dark (Electron's nativeTheme 'updated'). */
  setTheme(args) {
    nativeTheme.shouldUseDarkColors = args.dark === true;
    nativeTheme.emit('updated');
    return true;
  },

  clickTray(args) {
    const item = findMenuItem(record.trays[0]?.contextMenu?.items ?? [], args.id);
    if (!item?.click) throw new Error(`no tray menu item ${string(args.id)}`);
    item.click();
    return true;
  },

  /** The tray as the user would see it now: icon state, tooltip and every item's id and label. */
  trayNow() {
    const tray = record.trays[0];
    const itemsOf = (items: readonly FakeMenuItem[]): unknown[] =>
      items.map((item) => ({
        id: item.id ?? null,
        label: item.label ?? null,
        type: item.type ?? 'normal',
        checked: item.checked ?? null,
        ...(item.submenu ? { submenu: itemsOf(item.submenu) } : {}),
      }));
    return {
      icon: tray?.image.dataUrl ?? null,
      tooltip: tray?.tooltip ?? '',
      menu: itemsOf(tray?.contextMenu?.items ?? []),
    };
  },

  /** powerMonitor emits an event (`lock-screen`, `shutdown`, ...); says whether a listener held it back. */
  power(args) {
    const event = fakeEvent({});
    powerMonitor.emit(string(args.event), event);
    return { prevented: event.defaultPrevented };
  },

  secondInstance(args) {
    app.emit('second-instance', fakeEvent({}), args.argv, process.cwd(), args.additionalData);
    return true;
  },

  async waitForWindow(args) {
    const urlPattern = typeof args.urlPattern === 'string' ? new RegExp(args.urlPattern) : undefined;
    const window = await waitFor(
      () => windowForPage(string(args.page), urlPattern),
      Number(args.timeoutMs ?? 5000),
    );
    if (!window) return null;
    await sleep(50); // let ready-to-show run
    return describeWindow(window, record.windows.indexOf(window));
  },

  async quit() {
    app.quit();
    await waitFor(() => record.quitCompleted, 10_000);
    return {
      quitCompleted: record.quitCompleted,
      quitRequests: record.quitRequests,
      trayDestroyed: record.trays.every((tray) => tray.destroyed),
    };
  },
};

process.on('message', (message: { id: number; probe: string; args?: ProbeArgs }) => {
  const probe = probes[message.probe];
  Promise.resolve()
    .then(() => {
      if (!probe) throw new Error(`unknown probe ${message.probe}`);
      return probe(message.args ?? {});
    })
    .then(
      (value) => process.send?.({ id: message.id, ok: true, value }),
      (error: unknown) => process.send?.({ id: message.id, ok: false, error: String(error) }),
    );
});

const bundle = process.argv[2];
if (!bundle) throw new Error('usage: boot-driver.ts <path to dist/main/index.js>');
// Switches the app is "started" with (as Electron would leave them in process.argv), e.g. --no-sandbox.
if (process.env.ELECTRON_STUB_ARGV)
  process.argv.push(...(JSON.parse(process.env.ELECTRON_STUB_ARGV) as string[]));
await import(pathToFileURL(bundle).href);
process.send?.({ id: 0, ok: true, value: 'loaded' });
