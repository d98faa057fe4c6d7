/**
 * Click-to-dial, call control and launch requests (tel: links, `--dial`), assembled: the dialer
 * and call control act through the connected session; the device tracker refreshes the default
 * device while connected, rarely, since buttons only need its capabilities.
 */
import type { DialView, dialContract } from '../../shared/features/dial';
import { toCommandError } from '../commands/dispatch';
import type { FeatureHandlers } from '../commands/handler-types';
import type { FeatureDeps, FeatureParts, SessionPart } from '../feature';
import type { LaunchOutcome, LaunchRequest } from '../ports';
import type { PollLoop } from '../sync/poll-loop';
import { CallControl } from './call-control';
import { type DeviceSession, DeviceTracker } from './device-tracker';
import { searchDialTargets } from './dial-search';
import { Dialer } from './dialer';
import type { DialSettings } from './settings';
import { TargetCheck } from './target-check';
import type { DialTexts } from './texts.en';

export type DialDeps = FeatureDeps<typeof dialContract, DialSettings, DialTexts>;

/** The default device changes when the agent logs in or out of a pascom client: seldom. */
export const deviceRefreshMs = 5 * 60_000;

export function createDial(deps: DialDeps): FeatureParts<typeof dialContract> {
  const log = deps.log.child('dial');
  let session: DeviceSession | null = null;
  let loop: PollLoop | null = null;
  const current = () => session;
  // A dial or a call control changes the calls: show it now, not at the next poll.
  const afterChange = () => deps.refresh('calls');
  const devices = new DeviceTracker({ slice: deps.slice, settings: deps.settings, log });
  const dialer = new Dialer({
    online: () => deps.state().connection.status === 'online',
    slice: deps.slice,
    settings: deps.settings,
    clock: deps.clock,
    log,
    windows: deps.windows,
    phonebook: deps.phonebook,
    numberContext: deps.numberContext,
    devices,
    session: current,
    focusPanel: (reason) => deps.emit('dial/focus', { reason }),
    afterDial: afterChange,
  });
  const control = new CallControl({
    state: deps.state,
    slice: deps.slice,
    log,
    devices,
    session: current,
    numberContext: deps.numberContext,
    afterChange,
  });
  const check = new TargetCheck({
    session: current,
    numberContext: deps.numberContext,
    phonebook: deps.phonebook,
    log,
  });
  const dialView = (): DialView => deps.slice.current;

  const handlers: FeatureHandlers<typeof dialContract> = {
    'dial/number': (input) => dialer.dial(input.target, input.source),
    'dial/check': (input) => check.check(input.target),
    'dial/search': (input) =>
      searchDialTargets(
        {
          phonebook: deps.phonebook,
          indexLoaded: () => deps.state().calls.phonebook.syncedAtMs !== null,
          settings: deps.settings,
          numberContext: deps.numberContext,
          session: current,
        },
        input.query,
        input.limit,
      ),
    'dial/confirm': (input) => dialer.confirm(input.id, input.device ?? null, input.remember ?? false),
    'dial/cancel': (input) => {
      dialer.cancel(input.id);
      return null;
    },
    'dial/refresh-devices': async () => {
      await devices.refresh(undefined, { withList: true });
      return dialView();
    },
    'dial/update-settings': (input) => {
      deps.settings.update({
        ...(input.confirmLinks !== undefined ? { confirmLinks: input.confirmLinks } : {}),
        ...(input.confirmHotkeyDials !== undefined ? { confirmHotkeyDials: input.confirmHotkeyDials } : {}),
        ...(input.preferredDevice !== undefined ? { preferredDevice: input.preferredDevice } : {}),
      });
      devices.settingsChanged();
      return dialView();
    },
    'control/hang-up': async (input) => {
      await control.hangUp(input.callId);
      return null;
    },
    'control/hold': async (input) => {
      await control.toggleHold(input.callId);
      return null;
    },
    'control/transfer': async (input) => ({
      destination: await control.transfer(input.callId, input.target),
    }),
    'control/dtmf': async (input) => {
      await control.dtmf(input.callId, input.digits);
      return null;
    },
    'control/record': async (input) => ({ recording: await control.record(input.callId, input.on) }),
  };

  const sessionPart: SessionPart = {
    name: 'dial',
    start(context) {
      sessionPart.stop();
      session = { api: context.api, me: context.agent.username };
      devices.start(session);
      check.reset();
      loop = context.loop({
        name: 'dial-devices',
        intervalMs: () => deviceRefreshMs,
        run: (signal) => devices.refresh(signal),
      });
      loop.start();
    },
    stop() {
      loop?.stop();
      loop = null;
      if (session === null) return;
      session = null;
      devices.stop();
      dialer.clearPending();
    },
  };

  return {
    handlers,
    session: sessionPart,
    launch: (request) => launch(request, deps, dialer),
    dispose: () => sessionPart.stop(),
  };
}

/** A start from outside: a number or link to dial, or `--toggle-pause` (the queues' command). */
async function launch(request: LaunchRequest, deps: DialDeps, dialer: Dialer): Promise<LaunchOutcome> {
  if (request.kind === 'toggle-pause') {
    try {
      await deps.run('queues/toggle-pause', {}, { window: 'panel' });
      return { kind: 'ran', command: 'queues/toggle-pause' };
    } catch (error) {
      deps.notice({ level: 'warning', key: 'notice.dial.pauseFailed' });
      return { kind: 'refused', reason: toCommandError(error)?.kind ?? 'internal' };
    }
  }
  const [text, source] =
    request.kind === 'dial' ? [request.number, 'command-line' as const] : [request.url, 'link' as const];
  try {
    const outcome = await dialer.dial(text, source);
    return outcome.status === 'dialing'
      ? { kind: 'dialing', destination: outcome.attempt.destination ?? '' }
      : { kind: 'pending', pendingId: outcome.pending.id };
  } catch (error) {
    const commandError = toCommandError(error);
    return { kind: 'refused', reason: commandError?.detail ?? commandError?.kind ?? 'internal' };
  }
}
