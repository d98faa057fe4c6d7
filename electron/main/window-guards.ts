/**
 * Guards applied to every window the app creates (Signal's `handleCommonWindowEvents`): a page can
 * never navigate away from the app, open a window, attach a webview or get a permission. A link the
 * user clicks is handed to the external opener, which allows https only.
 */
import type { App, Session, WebContents } from 'electron';
import type { Logger } from '../core/ports';
import { appOrigin } from './app-protocol';

export function applyWindowGuards(
  webContents: WebContents,
  openExternal: (url: unknown) => boolean,
  log: Logger,
): void {
  // Pages are loaded by main with loadURL, which does not emit these; anything that does is the page
  // (or something injected into it) trying to leave the app.
  webContents.on('will-navigate', (event) => {
    event.preventDefault();
    log.log('warn', 'navigation refused', { scheme: schemeOf(event.url) });
    openExternal(event.url);
  });
  webContents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // handled by will-navigate above
    event.preventDefault();
    log.log('warn', 'sub-frame navigation refused', { scheme: schemeOf(event.url) });
  });
  webContents.on('will-redirect', (event) => {
    event.preventDefault();
    log.log('warn', 'redirect refused', { scheme: schemeOf(event.url) });
  });
  webContents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  webContents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.log('warn', 'webview refused');
  });
  webContents.on('render-process-gone', (_event, details) => {
    log.log('error', 'renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });
  webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (isMainFrame) log.log('error', 'page failed to load', { errorCode, errorDescription });
  });
}

/**
 * The floor for every webContents the app ever gets, including any it did not create itself
 * (Electron's security checklist): no webviews, no new windows. Our own windows then get the full
 * guards above, whose window-open handler replaces this one.
 */
export function guardEveryWebContents(app: Pick<App, 'on'>, log: Logger): void {
  app.on('web-contents-created', (_event, webContents) => {
    webContents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.log('warn', 'webview refused');
    });
    webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/**
 * Permissions are per session, so this runs once for the session the windows share. Only writing to
 * the clipboard is allowed (the popup's "Copy number"), and only for the app's own pages.
 */
export function restrictPermissions(session: Session, log: Logger): void {
  const allowed = (permission: string, origin: string): boolean =>
    permission === 'clipboard-sanitized-write' && origin === appOrigin;
  session.setPermissionRequestHandler((webContents, permission, callback) => {
    const origin = originOf(webContents.getURL());
    const granted = allowed(permission, origin);
    if (!granted) log.log('warn', 'permission request refused', { permission });
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    allowed(permission, originOf(requestingOrigin)),
  );
  session.setDevicePermissionHandler(() => false);
}

/**
 * The windows never talk to the network: only main talks to the PBX (CSP `connect-src 'none'` says
 * the same inside each page; this holds even for what CSP does not cover, such as a navigation
 * that slipped past the guards). Runs once for the windows' session; the PBX has its own session.
 */
export function keepWindowsOffTheNetwork(session: Session, log: Logger): void {
  const networkUrls = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file:///*'];
  session.webRequest.onBeforeRequest({ urls: networkUrls }, (details, callback) => {
    log.log('warn', 'network request from a window refused', {
      scheme: schemeOf(details.url),
      resourceType: details.resourceType,
    });
    callback({ cancel: true });
  });
}

/** Built by hand: Node's URL reports `null` as the origin of any scheme it does not know, like ours. */
function originOf(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '';
  }
}

/** Only the scheme is logged: a refused URL can carry personal data in its path or query. */
function schemeOf(raw: string): string {
  try {
    return new URL(raw).protocol;
  } catch {
    return 'invalid';
  }
}
