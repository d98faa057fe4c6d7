/**
 * The app enables Chromium's sandbox for every window (`app.enableSandbox()`), but a `--no-sandbox`
 * on the command line turns it off for the whole app. electron-builder's AppImage used to write
 * that into its desktop entry; now only its AppRun adds it, where the system allows no user
 * namespaces (electron-builder.yml). Either way the agent should know, so it is logged and shown.
 */
import type { Logger } from '../core/ports';

export interface SandboxSwitches {
  argv: readonly string[];
  /** Electron's `app.commandLine.hasSwitch`: Chromium's own view of the command line. */
  hasSwitch(name: string): boolean;
}

export function sandboxSwitchedOff(switches: SandboxSwitches): boolean {
  return switches.argv.includes('--no-sandbox') || switches.hasSwitch('no-sandbox');
}

export function warnIfSandboxOff(
  switches: SandboxSwitches,
  log: Logger,
  notice: (notice: { level: 'warning'; key: string }) => void,
): boolean {
  if (!sandboxSwitchedOff(switches)) return false;
  log.log('warn', 'started with --no-sandbox: the windows run without the Chromium sandbox');
  notice({ level: 'warning', key: 'notice.sandboxOff' });
  return true;
}
