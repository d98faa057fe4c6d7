/**
 * What the app does with a request from the command line or a link.
 *
 * STUB for the click-to-dial issue (issue 6): dialing, confirmation of links from outside and the
 * pause toggle belong to the core's entry point that issue adds; until then every request only
 * brings up the panel and is logged (without the number, which is personal data).
 */
import type { Logger } from '../core/ports';
import type { LaunchRequest } from './single-instance';

export interface LaunchRequestTarget {
  showPanel(): void;
}

export function handleLaunchRequest(
  request: LaunchRequest | null,
  target: LaunchRequestTarget,
  log: Logger,
): void {
  if (request === null) {
    target.showPanel();
    return;
  }
  const scheme =
    request.kind === 'link' ? request.url.slice(0, request.url.indexOf(':')).toLowerCase() : undefined;
  log.log('info', 'launch request not handled yet (click-to-dial issue)', { kind: request.kind, scheme });
  target.showPanel();
}
