/**
 * The main process: lifecycle and wiring only. Behaviour lives in the core (`electron/core`); the
 * files next to this one adapt Electron to the core's ports. Nothing here is exported.
 *
 * Order matters: the app scheme's privileges, the sandbox switch and the single-instance lock
 * must all happen before `ready`; the IPC handlers must exist before the first window loads.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  Notification,
  nativeImage,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { dispatchCommand, hostOrigin } from '../core/commands/dispatch';
import { Companion } from '../core/companion';
import { pbxUserAgent } from '../core/pbx/user-agent';
import { type QuitTrigger, systemClock } from '../core/ports';
import type { TrayAction } from '../core/tray/tray-entry';
import { appId, desktopEntryName } from './app-identity';
import { appSchemePrivileges, handleAppProtocol } from './app-protocol';
import { installApplicationMenu } from './application-menu';
import { createDemoLauncher } from './demo-launcher';
import { createDesktopBasics, startedHidden } from './desktop/index';
import { LogRing } from './desktop/log-ring';
import { createDesktopPorts, enableGlobalShortcutsPortal } from './hotkeys';
import { forwardEvents, registerCommandHandlers } from './ipc';
import { handleLaunchRequest, registerAsLinkHandler } from './launch-requests';
import { createFileLogger } from './logger';
import { createPbxNetwork, leaveLoginChallengesUnanswered, pbxPartition } from './net';
import { createNotifier } from './notifier';
import { createExternalOpener } from './open-external';
import { forwardConnectivity, forwardPowerEvents, systemIdleSource } from './power-events';
import { warnIfSandboxOff } from './sandbox-check';
import { createSecretStore } from './secrets/index';
import { watchSessionEnd } from './session-end';
import { createElectronSettingsFile } from './settings-file';
import { claimSingleInstance, type LaunchRequest, parseLaunchArgs } from './single-instance';
import { TrayController } from './tray';
import { loadTrayIcons } from './tray-icons';
import { TrayMenuImages } from './tray-menu-images';
import {
  applyWindowGuards,
  guardEveryWebContents,
  keepWindowsOffTheNetwork,
  restrictPermissions,
} from './window-guards';
import { ElectronWindowManager } from './windows';

const mainDirectory = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(mainDirectory, '..', 'preload', 'index.cjs');
const rendererRoot = join(mainDirectory, '..', 'renderer');
/** The quit automation's 2 s (core/app/before-quit.ts) and the core's own shutdown after it. */
const disposeTimeoutMs = 5000;

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();
// Global shortcuts on Wayland go through the desktop portal; the switch must be set before `ready`.
enableGlobalShortcutsPortal(app, process.platform, process.env);
if (process.platform === 'win32') app.setAppUserModelId(appId);

/** The last lines of the log, for "Export support log" (redacted by the core before they leave). */
const logRing = new LogRing(5000);
const fileLogger = createFileLogger({
  directory: app.getPath('logs'),
  level: app.isPackaged ? 'info' : 'debug',
  mirrorToConsole: !app.isPackaged,
  onLine: (line) => logRing.push(line),
});
const log = fileLogger.logger.child('main');

/** Launch requests that arrive before the windows exist wait here. */
let onLaunchRequest = (request: LaunchRequest | null): void => {
  pendingLaunchRequest = request;
};
let pendingLaunchRequest: LaunchRequest | null = null;

if (
  !claimSingleInstance({
    app,
    argv: process.argv,
    onLaunchRequest: (request) => onLaunchRequest(request),
    log,
  })
) {
  log.log('info', 'another instance is running; handed over and quitting');
  app.quit();
} else {
  // A tray app keeps running with every window closed.
  app.on('window-all-closed', () => {});
  guardEveryWebContents(app, log.child('guard'));
  leaveLoginChallengesUnanswered(app, log.child('net'));
  process.on('unhandledRejection', (reason) =>
    log.log('error', 'unhandled rejection', { reason: String(reason) }),
  );
  app
    .whenReady()
    .then(startApp)
    .catch((error: unknown) => {
      log.log('error', 'start failed', { error: String(error) });
      app.exit(1);
    });
}

async function startApp(): Promise<void> {
  log.log('info', 'starting', {
    version: app.getVersion(),
    platform: process.platform,
    packaged: app.isPackaged,
  });
  installApplicationMenu(Menu, process.platform, app.isPackaged);
  restrictPermissions(session.defaultSession, log.child('permissions'));
  keepWindowsOffTheNetwork(session.defaultSession, log.child('guard'));
  handleAppProtocol(protocol, rendererRoot, log.child('protocol'));
  const network = createPbxNetwork(
    session.fromPartition(pbxPartition),
    (options) => net.request(options),
    log.child('net'),
    pbxUserAgent(app.getVersion()),
  );
  // Electronegativity: only https links reach the OS, parsed and rebuilt first (open-external.ts).
  const openExternal = createExternalOpener((url) => shell.openExternal(url), log.child('links')); // eng-disable OPEN_EXTERNAL_JS_CHECK

  let companion: Companion | null = null;
  let tray: TrayController | null = null;
  // The core keeps the list of open popups; one the user closed by other means is a dismissal.
  const dismissPopup = (callId: string): void => {
    if (!companion) return;
    void dispatchCommand(companion, 'popup/dismiss', { callId }, { window: 'popup', popupCallId: callId });
  };
  const windows = new ElectronWindowManager({
    // Electronegativity cannot see the options here: every window gets window-options.ts's
    // webPreferences (contextIsolation, sandbox, no Node; the boot tests check each window), and
    // window-guards.ts denies new windows, so a middle click (auxclick) opens nothing.
    createWindow: (options) => new BrowserWindow(options), // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    screen,
    context: {
      preloadPath,
      devTools: !app.isPackaged,
      platform: process.platform,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1f2023' : '#ffffff',
    },
    guard: (webContents) => applyWindowGuards(webContents, openExternal, log.child('guard')),
    trayBounds: () => tray?.bounds() ?? null,
    onPopupClosedByUser: (callId) => dismissPopup(callId),
    openExternal,
    log: log.child('windows'),
  });

  const core = await Companion.create({
    fetch: network.fetch,
    tls: network.tls,
    log: fileLogger.logger.child('core'),
    settingsFile: createElectronSettingsFile({ directory: app.getPath('userData'), ipcMain }),
    // Keychain, else safeStorage ciphertext in the settings file, else memory (chosen once settings load).
    secrets: async (settings) => (await createSecretStore({ settings, clock: systemClock, log })).store,
    windows,
    notifier: createNotifier(Notification, process.platform),
    idle: systemIdleSource(powerMonitor),
    desktop: createDesktopPorts({
      globalShortcut,
      clipboard,
      platform: process.platform,
      env: process.env,
      log: log.child('hotkeys'),
    }),
    basics: createDesktopBasics({
      app,
      dialog,
      platform: process.platform,
      env: process.env,
      execPath: process.execPath,
      appPath: process.defaultApp && process.argv[1] ? resolve(process.argv[1]) : null,
      desktopName: desktopEntryName,
      ring: logRing,
      log: log.child('desktop'),
    }),
    demo: createDemoLauncher(
      log.child('demo'),
      app.isPackaged ? undefined : process.env.COMPANION_DEMO_SIM_TOKEN,
    ),
    app: {
      version: app.getVersion(),
      platform: process.platform,
      preview: false,
      systemLocale: app.getSystemLocale() || app.getLocale(),
    },
  });
  companion = core;
  warnIfSandboxOff(
    { argv: process.argv, hasSwitch: (name) => app.commandLine.hasSwitch(name) },
    log,
    (notice) => core.notice(notice),
  );

  registerCommandHandlers({
    ipcMain,
    runner: core,
    identify: (id) => windows.identify(id),
    log: log.child('ipc'),
  });
  const stopForwarding = forwardEvents(core, () => windows.liveWebContents(), log.child('ipc'));

  const trayLog = log.child('tray');
  const runTrayAction = (action: TrayAction): void => {
    if (action === 'show-panel') windows.showPanel();
    else if (action === 'open-settings') windows.openSettings();
    else if (action === 'retry') void dispatchCommand(core, 'connection/retry', {}, hostOrigin);
    else app.quit();
  };
  const trayController = new TrayController(
    {
      createTray: (image) => new Tray(image),
      buildMenu: (template) => Menu.buildFromTemplate(template),
      icons: loadTrayIcons(nativeImage),
      platform: process.platform,
      onAction: runTrayAction,
      // The tray menu is the host's own: the user acting through the OS, not a page (command-access.ts).
      onCommand: (command, id) =>
        void dispatchCommand(core, command.name, command.input, hostOrigin).then((result) =>
          trayLog.log(result.ok ? 'info' : 'warn', 'tray command ran', {
            id,
            command: command.name,
            ok: result.ok,
            error: result.ok ? null : result.error.kind,
          }),
        ),
      onClick: () => windows.togglePanel(),
      menuImages: new TrayMenuImages(nativeImage, process.platform),
      theme: nativeTheme,
      log: trayLog,
    },
    core.state,
  );
  tray = trayController;
  const stopTrayUpdates = core.on('state', (state) => trayController.update(state));

  const panel = windows.createPanel();
  // What the panel shows is polled only while it is on screen (core/queues: the queue figures).
  panel.on('show', () => core.panelVisibility(true));
  panel.on('hide', () => core.panelVisibility(false));
  core.panelVisibility(panel.isVisible());
  windows.prepareSparePopup();
  forwardPowerEvents(powerMonitor, core);
  const stopConnectivityWatch = forwardConnectivity(net, core);
  let quitTrigger: QuitTrigger = 'app-quit';
  watchSessionEnd({ powerMonitor, app }, () => {
    log.log('info', 'the OS session ends; quitting');
    quitTrigger = 'session-end';
    app.quit();
  });
  handleQuit(async () => {
    // While still connected: the quit automation (at most 2 s, then the app quits anyway).
    await core.prepareQuit(quitTrigger);
    stopConnectivityWatch();
    stopTrayUpdates();
    stopForwarding();
    trayController.destroy();
    await core.dispose();
  }, windows);

  registerAsLinkHandler({
    app,
    defaultApp: process.defaultApp === true,
    execPath: process.execPath,
    appPath: process.argv[1] ? resolve(process.argv[1]) : null,
    log: log.child('links'),
  });
  onLaunchRequest = (request) => void handleLaunchRequest(request, core, log.child('launch'));
  const launchRequest = pendingLaunchRequest ?? parseLaunchArgs(process.argv.slice(1));
  if (launchRequest) onLaunchRequest(launchRequest);

  await core.start();
  // Nothing configured yet: a tray icon alone is easy to miss (and some Linux desktops hide it);
  // started at login, the app stays in the tray all the same (the user asked for that).
  if (core.state.connection.status === 'setup' && !startedHidden(process.argv, process.platform, app))
    windows.openSettings();
  log.log('info', 'started', { status: core.state.connection.status });
}

/**
 * Quitting waits (briefly) for the core to stop its loops and the demo PBX, then quits for real.
 * `will-quit` fires again after the second `app.quit()`; by then `disposed` lets it through.
 */
function handleQuit(dispose: () => Promise<void>, windows: ElectronWindowManager): void {
  let disposed = false;
  app.on('before-quit', () => windows.prepareToQuit());
  app.on('will-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    disposed = true;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, disposeTimeoutMs).unref());
    Promise.race([dispose(), timeout])
      .catch((error: unknown) => log.log('error', 'shutdown failed', { error: String(error) }))
      .finally(() => {
        log.log('info', 'quit');
        void fileLogger.close().finally(() => app.quit());
      });
  });
}
