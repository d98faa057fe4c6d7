/**
 * A connected demo session for the availability tests: waits for the feature's first read, runs
 * commands as the panel sends them, and lists the availability requests the PBX received since
 * (the other features' polls left out).
 */

import { dispatchCommand } from '../../electron/core/commands/dispatch';
import type { RecordedRequest } from '../../electron/demo-pbx/index';
import type { CommandName } from '../../electron/shared/contract';
import { originFor } from './command-origin';
import type { DemoSession, DemoSessionOptions } from './demo-session';

/** The paths the availability feature asks (and no other feature does). */
const availabilityPath =
  /^\/services\/(identity\/[^/]+(\/profile(\/.*)?)?|redirect\/?.*|location\/?.*|condition\/.*|role\/?.*|phonebook\/\d+)$/;

export function isAvailabilityRequest(request: Pick<RecordedRequest, 'path'>): boolean {
  return availabilityPath.test(request.path) && !request.path.startsWith('/services/identity/states');
}

export function describeRequest(request: Pick<RecordedRequest, 'method' | 'path' | 'query'>): string {
  const query = new URLSearchParams(request.query).toString();
  return `${request.method} ${request.path}${query ? `?${query}` : ''}`;
}

export async function availabilityRig(session: DemoSession, options?: DemoSessionOptions) {
  const { pbx: demo, fixture: f } = await session.start(options);
  await f.until(() => f.companion.state.availability.status === 'ready');
  session.mark();
  const run = (name: CommandName, input: unknown = {}) =>
    dispatchCommand(f.companion, name, input, originFor(name, input));
  const view = () => f.companion.state.availability;
  const sent = () => session.requestsSinceMark().filter(isAvailabilityRequest).map(describeRequest);
  const profileId = (name: string): number => {
    const found = view().profiles.list.find((profile) => profile.name === name);
    if (!found) throw new Error(`no profile ${name}`);
    return found.id;
  };
  const locationId = (name: string): number => {
    const found = view().location.list.find((location) => location.name === name);
    if (!found) throw new Error(`no location ${name}`);
    return found.id;
  };
  return { demo, f, run, view, sent, profileId, locationId };
}
