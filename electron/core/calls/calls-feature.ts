/**
 * Incoming calls while connected: the call sync feeds the tracker, the views name the callers
 * from the shared phonebook (kept loaded by the phonebook sync), the popup controller opens and
 * closes caller popups, and today's calls go to the panel. Its commands are the popup's buttons.
 */
import type { CallsCommandResults, CallView, callsCommandInputs } from '../../shared/features/calls';
import { CommandFailure } from '../commands/dispatch';
import type { CallEvent, TrackedCall } from '../model/call-tracker';
import { numberContextOf } from '../phone/number-context';
import { cleanNumber } from '../phone/phone-number';
import { PhonebookSync } from '../phonebook/phonebook-sync';
import type { Feature, FeatureDeps } from '../session/feature-deps';
import type { SessionContext } from '../session/session-feature';
import { answerOnDefaultDevice, createPrivateContact, ringingCallToAnswer } from './call-actions';
import { applyCallSettingsPatch, callSettingsView, numberFormatChanged } from './call-settings';
import { callSourceFor } from './call-source';
import { CallSync } from './call-sync';
import { CallViewBuilder, syncIndexContext } from './call-views';
import { fetchPreviousCalls } from './caller-history';
import { buildCrmUrl } from './crm-url';
import { PopupController } from './popup-controller';
import { wasAnswered } from './recent-calls';
import { RecentCallsSync } from './recent-calls-sync';

export type CallsCommandName = keyof typeof callsCommandInputs & keyof CallsCommandResults;

export interface CallsFeature extends Feature<CallsCommandName> {
  /** The core's `popup/dismiss` closes popups through this. */
  readonly popups: PopupController;
  /** Ask the PBX at once (after a dial or a call control elsewhere changed the calls). */
  refresh(): void;
}

interface Active {
  session: SessionContext;
  sync: CallSync;
  /** Aborts the one-off history requests of this session. */
  requests: AbortController;
}

/** Phonebook pages arrive quickly during a first load: names on screen are refreshed at this pace. */
const nameRefreshDelayMs = 250;

export function createCallsFeature(deps: FeatureDeps): CallsFeature {
  const { store, clock, settings } = deps;
  const log = deps.log.child('calls');
  const views = new CallViewBuilder({ phonebook: deps.phonebook, numberContext: deps.numberContext });
  const popups = new PopupController({
    store,
    windows: deps.windows,
    notifier: deps.notifier,
    settings: () => settings.current.calls,
    onRinging: (call) => deps.emit('call/ringing', call),
    clock,
    log,
  });
  const presenceIntervalMs = () => settings.current.polling.presenceIntervalMs;
  const recent = new RecentCallsSync({
    store,
    clock,
    log,
    resolve: (number, name) => views.resolve(number, name),
    retryMs: presenceIntervalMs,
  });
  let refreshScheduled = false;
  const refreshNames = (): void => {
    refreshScheduled = false;
    popups.restyle((view) => views.rebuild(view));
    recent.refreshNames();
  };
  const phonebook = new PhonebookSync({
    index: deps.phonebook,
    store,
    clock,
    log: log.child('phonebook'),
    retryMs: presenceIntervalMs,
    onChange: () => {
      if (refreshScheduled) return;
      refreshScheduled = true;
      clock.setTimeout(refreshNames, nameRefreshDelayMs);
    },
  });
  let active: Active | null = null;

  function onCalls(events: CallEvent[], tracked: TrackedCall[]): void {
    popups.apply(
      events,
      tracked.map((call) => views.build(call)),
    );
    const onScreen = [
      ...tracked.map((call) => call.id),
      ...store.current.missedCallCards.map((c) => c.call.id),
    ];
    views.retain(new Set(onScreen));
    for (const event of events) {
      if (event.type === 'ringing' && event.call.direction === 'inbound')
        void lookUpPreviousCalls(event.call);
      if (event.type === 'ended') recent.noteEnded(event.call, event.reason);
      if (event.type === 'missed') void confirmMissed(event.call);
      if (event.type === 'answered' && event.by === 'me' && event.call.direction === 'inbound') {
        const { openCrmOnAnswer, crmUrlTemplate } = settings.current.calls;
        if (openCrmOnAnswer && crmUrlTemplate) openCrm(event.call.id, 'auto');
      }
    }
  }

  async function lookUpPreviousCalls(call: TrackedCall): Promise<void> {
    const current = active;
    if (!current || call.remoteNumber === '') return;
    const rootId = Number(call.id.split('/')[0]);
    try {
      const previous = await fetchPreviousCalls(
        current.session.api,
        {
          number: call.remoteNumber,
          ownLegIds: [call.phonecallId, ...(Number.isInteger(rootId) ? [rootId] : [])],
          nowMs: clock.now(),
          context: deps.numberContext(),
        },
        current.requests.signal,
      );
      if (!previous || active !== current) return;
      views.setPreviousCalls(call.id, previous);
      popups.restyle((view) => (view.id === call.id ? views.rebuild(view) : view));
    } catch (error) {
      // The popup shows without it; the call sync's loop reports a PBX that is really down.
      log.log('info', 'previous calls not available', { error: String(error) });
    }
  }

  /**
   * A call answered and hung up between two polls looks missed to the tracker; the PBX's history
   * of the agent's leg says whether anyone talked. If so, the missed-call card goes.
   */
  async function confirmMissed(call: TrackedCall): Promise<void> {
    const current = active;
    if (!current) return;
    try {
      // phonecallId, not the record id (another sequence); "not unique", so only since the call began.
      const records = await current.session.api.cdr.history(
        { phonecallId: call.phonecallId, timeFrom: call.startedAtMs - 60_000 },
        { signal: current.requests.signal },
      );
      if (active === current && records.some(wasAnswered)) {
        log.log('info', 'a call that looked missed was answered; its card closes', { callId: call.id });
        popups.dismiss(call.id);
      }
    } catch (error) {
      log.log('info', 'missed call not confirmed', { error: String(error) });
    }
  }

  function findCall(callId: string): CallView | null {
    const state = store.current;
    return (
      state.calls.find((call) => call.id === callId) ??
      state.missedCallCards.find((card) => card.call.id === callId)?.call ??
      null
    );
  }

  function openCrm(callId: string, origin: 'user' | 'auto'): string {
    const template = settings.current.calls.crmUrlTemplate;
    if (!template) throw new CommandFailure({ kind: 'unavailable', detail: 'calls-no-crm-template' });
    const call = findCall(callId);
    if (!call) throw new CommandFailure({ kind: 'not-found', detail: 'calls-no-such-call' });
    const built = buildCrmUrl(template, {
      number: cleanNumber(call.remoteNumber) ?? call.remoteNumber,
      e164: call.remoteE164 ?? cleanNumber(call.remoteNumber) ?? call.remoteNumber,
      name: call.remoteName,
      queue: call.queueName,
    });
    if (!built.ok)
      throw new CommandFailure({
        kind: 'invalid-input',
        field: 'crmUrlTemplate',
        detail: `crm-${built.reason}`,
      });
    const opened = deps.windows.openExternal?.(built.url) ?? false;
    log.log('info', 'CRM link', { origin, opened });
    if (!opened) throw new CommandFailure({ kind: 'unavailable', detail: 'calls-link-refused' });
    return built.url;
  }

  function requireSession(): Active {
    if (!active) throw new CommandFailure({ kind: 'not-connected' });
    return active;
  }

  function stop(): void {
    active?.sync.stop();
    active?.requests.abort();
    active = null;
    phonebook.stop();
    recent.stop();
    popups.closeAll();
    store.update((state) => (state.presence === null ? state : { ...state, presence: null }));
  }

  return {
    popups,
    refresh: () => active?.sync.loop.pollNow(),
    session: {
      name: 'calls',
      start(session) {
        stop();
        deps.windows.setPopupCorner?.(settings.current.calls.popupCorner);
        const sync = new CallSync({
          me: session.agent.username,
          source: callSourceFor(session.api),
          clock,
          log,
          intervalMs: presenceIntervalMs,
          loop: session.loop,
          onHint: (hint) => store.update((state) => ({ ...state, presence: hint })),
          onCalls,
        });
        active = { session, sync, requests: new AbortController() };
        sync.start();
        phonebook.start(session);
        recent.start(session);
      },
      stop,
    },
    handlers: {
      'calls/answer': async (input) => {
        const { session, sync } = requireSession();
        const call = ringingCallToAnswer(store.current.calls, input.callId);
        const outcome = await answerOnDefaultDevice(session.api, session.agent.username, call);
        sync.loop.pollNow();
        return outcome;
      },
      'calls/open-crm': (input) => ({ url: openCrm(input.callId, 'user') }),
      'calls/add-contact': async (input) => {
        const { session } = requireSession();
        const entry = await createPrivateContact(session.api, session.agent.username, input, -clock.now());
        deps.phonebook.add('private', [entry]);
        refreshNames();
        phonebook.checkNow();
        return { contactKey: `private:${entry.id}` };
      },
      'calls/update-settings': (input) => {
        const before = settings.current;
        const next = settings.update((draft) => applyCallSettingsPatch(draft, input));
        const view = callSettingsView(next);
        store.update((state) => ({ ...state, callSettings: view }));
        deps.windows.setPopupCorner?.(next.calls.popupCorner);
        if (numberFormatChanged(before, next)) {
          syncIndexContext(deps.phonebook, numberContextOf(next));
          refreshNames();
        }
        return view;
      },
      'phonebook/reload': () => {
        requireSession();
        phonebook.reloadNow();
        return null;
      },
    },
  };
}
