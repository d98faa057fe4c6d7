/**
 * What the app does with a request from the command line or a link, and becoming the handler of
 * `tel:`, `callto:` and `sip:` links. The core decides (dial, ask for confirmation, run the pause
 * toggle, or bring up the panel); main only hands the request over and logs what became of it,
 * without the number, which is personal data.
 */
import type { App } from 'electron';
import type { LaunchOutcome, LaunchRequest, Logger } from '../core/ports';

export const linkSchemes = ['tel', 'callto', 'sip'] as const;

export interface LaunchRequestTarget {
  handleLaunchRequest(request: LaunchRequest | null): Promise<LaunchOutcome>;
}

export async function handleLaunchRequest(
  request: LaunchRequest | null,
  target: LaunchRequestTarget,
  log: Logger,
): Promise<LaunchOutcome> {
  const scheme =
    request?.kind === 'link' ? request.url.slice(0, request.url.indexOf(':')).toLowerCase() : undefined;
  try {
    const outcome = await target.handleLaunchRequest(request);
    log.log('info', 'launch request', {
      kind: request?.kind ?? 'none',
      scheme,
      outcome: outcome.kind,
      reason: outcome.kind === 'refused' ? outcome.reason : undefined,
    });
    return outcome;
  } catch (error) {
    log.log('error', 'launch request failed', { kind: request?.kind ?? 'none', error: String(error) });
    return { kind: 'refused', reason: 'internal' };
  }
}

export interface LinkHandlerOptions {
  app: Pick<App, 'setAsDefaultProtocolClient' | 'isDefaultProtocolClient' | 'getApplicationNameForProtocol'>;
  /** Started as `electron .` (development): links must start Electron with the app's folder. */
  defaultApp: boolean;
  execPath: string;
  appPath: string | null;
  log: Logger;
}

/**
 * Makes the app the handler of phone links, unless the user gave them to another app: a softphone
 * that takes links back at every start overrides a choice the user made. The installers declare the
 * schemes (electron-builder.yml: the .desktop `MimeType`, registry entries, `CFBundleURLTypes`), so
 * the app is always offered in the system's choice of handlers.
 */
export function registerAsLinkHandler(options: LinkHandlerOptions): void {
  const { app, log } = options;
  const development = options.defaultApp && options.appPath !== null;
  const path = development ? options.execPath : undefined;
  const args = development && options.appPath ? [options.appPath] : undefined;
  for (const scheme of linkSchemes) {
    try {
      if (app.isDefaultProtocolClient(scheme, path, args)) continue;
      const other = app.getApplicationNameForProtocol(`${scheme}:`);
      if (other !== '') {
        log.log('info', 'phone links go to another app; leaving them there', { scheme, handler: other });
        continue;
      }
      // Electronegativity: reviewed. A link only ever becomes a dial request, read by dial-input.ts
      // and confirmed by the agent in the panel (dialer.ts); nothing else is done with it.
      const registered = app.setAsDefaultProtocolClient(scheme, path, args); // eng-disable PROTOCOL_HANDLER_JS_CHECK
      log.log(registered ? 'info' : 'warn', 'link handler', { scheme, registered });
    } catch (error) {
      log.log('warn', 'link handler could not be set', { scheme, error: String(error) });
    }
  }
}
