/**
 * One running instance. A second start (a `tel:` link clicked in a browser, `--dial <number>` bound
 * to a desktop shortcut, `--toggle-pause`) hands its arguments to the first and quits.
 *
 * The arguments travel as `additionalData` as well as argv: Chromium re-orders the argv it passes
 * to `second-instance` (switches first, loose values after them), which separates `--dial` from
 * its number; the second instance's own `process.argv` does not have that problem.
 */
import type { App } from 'electron';
import type { LaunchRequest, Logger } from '../core/ports';

export type { LaunchRequest };

const linkPattern = /^(tel|callto|sip):/i;
const maxArgumentLength = 2048;
const maxNumberLength = 64;

/** Reads what the app was asked to do from a command line; null when it was just started. */
export function parseLaunchArgs(argv: readonly unknown[]): LaunchRequest | null {
  const args = argv.filter(
    (arg): arg is string => typeof arg === 'string' && arg.length <= maxArgumentLength,
  );
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--dial' || arg.startsWith('--dial=')) {
      const value = (arg === '--dial' ? args[index + 1] : arg.slice('--dial='.length))?.trim() ?? '';
      if (value !== '' && !value.startsWith('--') && value.length <= maxNumberLength)
        return { kind: 'dial', number: value };
      continue;
    }
    if (arg === '--toggle-pause') return { kind: 'toggle-pause' };
    if (linkPattern.test(arg)) return { kind: 'link', url: arg };
  }
  return null;
}

interface LaunchData {
  launchArgs: string[];
}

function launchArgsFrom(additionalData: unknown): string[] | null {
  if (typeof additionalData !== 'object' || additionalData === null) return null;
  const args = (additionalData as Partial<LaunchData>).launchArgs;
  return Array.isArray(args) && args.every((arg) => typeof arg === 'string') ? args : null;
}

export interface SingleInstanceOptions {
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>;
  argv: readonly string[];
  onLaunchRequest: (request: LaunchRequest | null) => void;
  log: Logger;
}

/**
 * Takes the single-instance lock. Returns false when another instance holds it: the caller quits,
 * the other instance has the arguments by then.
 */
export function claimSingleInstance(options: SingleInstanceOptions): boolean {
  const data: LaunchData = { launchArgs: options.argv.slice(1) };
  if (!options.app.requestSingleInstanceLock(data)) return false;
  options.app.on('second-instance', (_event, argv, _workingDirectory, additionalData) => {
    const request = parseLaunchArgs(launchArgsFrom(additionalData) ?? argv);
    options.log.log('info', 'second start handed over', { request: request?.kind ?? 'none' });
    options.onLaunchRequest(request);
  });
  // macOS delivers links to the running app as an event instead of a new process.
  options.app.on('open-url', (event, url) => {
    event.preventDefault();
    options.onLaunchRequest(parseLaunchArgs([url]));
  });
  return true;
}
