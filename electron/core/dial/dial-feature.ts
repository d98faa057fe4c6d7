/**
 * Click-to-dial, call control, global hotkeys and launch requests (tel: links, `--dial`), assembled:
 * the dialer and call control act through the connected session; the hotkey registry lives as long
 * as the app (show-panel works offline too); the device tracker refreshes the default device while
 * connected, rarely, since buttons only need its capabilities.
 */
import type { DialCommandName, DialView, HotkeyAction } from '../../shared/features/dial';
import { hotkeyActions } from '../../shared/features/dial';
import { toCommandError } from '../commands/dispatch';
import { checkAccelerator } from '../hotkeys/accelerator';
import { defaultHotkeys } from '../hotkeys/default-hotkeys';
import { type HotkeyBindings, HotkeyRegistry } from '../hotkeys/hotkey-registry';
import type { DesktopPorts } from '../hotkeys/shortcut-port';
import type { Feature, FeatureDeps } from '../session/feature-deps';
import type { SessionFeature } from '../session/session-feature';
import type { PollLoop } from '../sync/poll-loop';
import { CallControl } from './call-control';
import { type DeviceSession, DeviceTracker } from './device-tracker';
import { searchDialTargets } from './dial-search';
import { updateDial } from './dial-state';
import { Dialer } from './dialer';
import { runHotkeyAction } from './hotkey-actions';
import type { LaunchOutcome, LaunchRequest } from './launch-request';
import { TargetCheck } from './target-check';

/** The default device changes when the agent logs in or out of a pascom client: seldom. */
export const deviceRefreshMs = 5 * 60_000;

export interface DialFeatureOptions {
  /** Global shortcuts and the selection; absent where there are none (the browser preview). */
  desktop?: DesktopPorts | null;
  platform: string;
  /** Reads the calls again at once after a dial or a call control (the calls feature's poll). */
  refreshCalls?: () => void;
}

export interface DialFeature extends Feature<DialCommandName> {
  handleLaunchRequest(request: LaunchRequest | null): Promise<LaunchOutcome>;
  dispose(): void;
}

export function createDialFeature(deps: FeatureDeps, options: DialFeatureOptions): DialFeature {
  const log = deps.log.child('dial');
  let session: DeviceSession | null = null;
  let loop: PollLoop | null = null;
  const current = () => session;
  const focusPanel = (reason: 'show-panel' | 'pending' | 'attempt') => deps.emit('dial/focus', { reason });
  const afterChange = () => options.refreshCalls?.();
  const devices = new DeviceTracker({ store: deps.store, settings: deps.settings, log });
  const dialer = new Dialer({
    store: deps.store,
    settings: deps.settings,
    clock: deps.clock,
    log,
    windows: deps.windows,
    phonebook: deps.phonebook,
    numberContext: deps.numberContext,
    devices,
    session: current,
    focusPanel,
    afterDial: afterChange,
  });
  const control = new CallControl({
    store: deps.store,
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
  const desktop = options.desktop ?? null;
  const defaults = defaultHotkeys(options.platform);
  const registry = new HotkeyRegistry({
    port: desktop?.shortcuts ?? null,
    platform: options.platform,
    wayland: desktop?.wayland ?? false,
    defaults,
    log: log.child('hotkeys'),
    onTrigger: (action) =>
      void runHotkeyAction(action, {
        dialer,
        control,
        store: deps.store,
        windows: deps.windows,
        run: deps.run,
        notice: deps.notice,
        log,
        readSelection: () => desktop?.readSelection() ?? '',
        focusPanel: () => focusPanel('show-panel'),
      }),
    onChange: (hotkeys) => updateDial(deps.store, (dial) => ({ ...dial, hotkeys })),
  });

  const bindings = (): HotkeyBindings => {
    const stored = deps.settings.current.hotkeys.bindings;
    const result = { ...defaults } as HotkeyBindings;
    for (const action of hotkeyActions) {
      const value = stored[action];
      if (value !== undefined) result[action] = value;
    }
    return result;
  };
  const storeBinding = (action: HotkeyAction | undefined, value: string | null | undefined) => {
    // Stored the one way the app writes shortcuts; one the registry refuses is kept as typed, to show why.
    const checked = typeof value === 'string' ? checkAccelerator(value, options.platform) : null;
    const stored = checked?.ok ? checked.normalized : value;
    deps.settings.update((draft) => {
      const next = { ...draft.hotkeys.bindings };
      for (const key of action ? [action] : hotkeyActions) {
        if (stored === undefined) delete next[key];
        else next[key] = stored;
      }
      return { ...draft, hotkeys: { ...draft.hotkeys, bindings: next } };
    });
    registry.apply(bindings());
    return registry.view();
  };
  const dialView = (): DialView => deps.store.current.dial;

  updateDial(deps.store, (dial) => ({
    ...dial,
    confirmLinks: deps.settings.current.dial.confirmLinks,
    preferredDevice: deps.settings.current.dial.preferredDevice,
  }));
  registry.apply(bindings());

  const sessionPart: SessionFeature = {
    name: 'dial',
    start(context) {
      this.stop();
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
    session: sessionPart,
    handlers: {
      'dial/number': (input) => dialer.dial(input.target, input.source),
      'dial/check': (input) => check.check(input.target),
      'dial/search': (input) =>
        searchDialTargets(
          {
            phonebook: deps.phonebook,
            indexLoaded: () => deps.store.current.phonebook.syncedAtMs !== null,
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
        deps.settings.update((draft) => ({
          ...draft,
          dial: {
            ...draft.dial,
            ...(input.confirmLinks !== undefined ? { confirmLinks: input.confirmLinks } : {}),
            ...(input.preferredDevice !== undefined ? { preferredDevice: input.preferredDevice } : {}),
          },
        }));
        updateDial(deps.store, (dial) => ({
          ...dial,
          confirmLinks: deps.settings.current.dial.confirmLinks,
        }));
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
      'hotkeys/set': (input) => storeBinding(input.action, input.accelerator),
      'hotkeys/reset': (input) => storeBinding(input.action, undefined),
      'hotkeys/suspend': (input) => {
        registry.setSuspended(input.suspended);
        return registry.view();
      },
    },

    async handleLaunchRequest(request) {
      if (request === null) {
        deps.windows.showPanel();
        return { kind: 'shown' };
      }
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
    },

    dispose() {
      sessionPart.stop();
      registry.dispose();
    },
  };
}
