/**
 * Incoming calls while connected: the call sync feeds the tracker, the views name the callers
 * from the shared phonebook (kept loaded by the phonebook sync), the live list goes into the
 * slice, the popup controller opens and closes caller popups, and today's calls go to the panel.
 */
import type { CallView, callsContract } from '../../shared/features/calls';
import { CommandFailure } from '../commands/dispatch';
import type { FeatureDeps, SessionContext, SessionPart } from '../feature';
import { cleanNumber } from '../phone/phone-number';
import { followAnswerAttempt } from './answer-watch';
import { callSourceFor } from './call-source';
import { CallSync, isRingingHint } from './call-sync';
import type { CallEvent, TrackedCall } from './call-tracker';
import { CallViewBuilder } from './call-views';
import { fetchPreviousCalls } from './caller-history';
import { buildCrmUrl } from './crm-url';
import { PhonebookSync } from './phonebook-sync';
import { PopupController } from './popup-controller';
import { wasAnswered } from './recent-calls';
import { RecentCallsSync } from './recent-calls-sync';
import type { CallsSettings } from './settings';
import type { CallsTexts } from './texts.en';

export type CallsDeps = FeatureDeps<typeof callsContract, CallsSettings, CallsTexts>;

export interface Active {
  session: SessionContext;
  sync: CallSync;
  /** Aborts the one-off history requests of this session. */
  requests: AbortController;
}

export interface CallsSession {
  readonly part: SessionPart;
  readonly popups: PopupController;
  readonly phonebook: PhonebookSync;
  /** The connected session; `not-connected` when there is none. */
  require(): Active;
  /** Names on screen again, after the phonebook or the number format changed. */
  refreshNames(): void;
  /** Ask the PBX for the calls at once (after a dial or a call control). */
  refreshNow(): void;
  /** The panel came on screen or went away (today's calls are read while it can show them). */
  panel(shown: boolean): void;
  openCrm(callId: string, origin: 'user' | 'auto'): string;
}

/** Phonebook pages arrive quickly during a first load: names on screen are refreshed at this pace. */
const nameRefreshDelayMs = 250;

export function createCallsSession(deps: CallsDeps): CallsSession {
  const { slice, clock } = deps;
  const log = deps.log.child('calls');
  const settings = () => deps.settings.current;
  const views = new CallViewBuilder({ phonebook: deps.phonebook, numberContext: deps.numberContext });
  const popups = new PopupController({
    slice,
    windows: deps.windows,
    notifier: deps.notifier,
    settings,
    texts: deps.texts,
    clock,
    log,
  });
  const presenceIntervalMs = () => deps.app.current.polling.presenceIntervalMs;
  const recent = new RecentCallsSync({
    slice,
    clock,
    log,
    resolve: (number, name) => views.resolve(number, name),
    retryMs: presenceIntervalMs,
  });
  /** Replaces the views on screen (names resolved later, history arrived), keeping everything else. */
  const restyle = (rebuild: (view: CallView) => CallView): void =>
    slice.update((view) =>
      view.live.length === 0 && view.missedCallCards.length === 0
        ? {}
        : {
            live: view.live.map(rebuild),
            missedCallCards: view.missedCallCards.map((card) => ({ ...card, call: rebuild(card.call) })),
          },
    );
  let refreshScheduled = false;
  const refreshNames = (): void => {
    refreshScheduled = false;
    restyle((view) => views.rebuild(view));
    recent.refreshNames();
  };
  const phonebook = new PhonebookSync({
    index: deps.phonebook,
    slice,
    clock,
    log: log.child('phonebook'),
    retryMs: presenceIntervalMs,
    holdReload: () => isRingingHint(slice.current.presence),
    onChange: () => {
      if (refreshScheduled) return;
      refreshScheduled = true;
      clock.setTimeout(refreshNames, nameRefreshDelayMs);
    },
  });
  let active: Active | null = null;

  function onCalls(events: CallEvent[], tracked: TrackedCall[]): void {
    const before = slice.current.live;
    const calls = tracked.map((call) => views.build(call));
    slice.update((view) => ({ live: calls, answer: followAnswerAttempt(view.answer, calls, clock.now()) }));
    popups.apply(events, calls, before);
    const onScreen = [
      ...tracked.map((call) => call.id),
      ...slice.current.missedCallCards.map((c) => c.call.id),
    ];
    views.retain(new Set(onScreen));
    for (const event of events) {
      if (event.type === 'ringing' && event.call.direction === 'inbound')
        void lookUpPreviousCalls(event.call);
      if (event.type === 'ended') recent.noteEnded(event.call, event.reason);
      if (event.type === 'missed') void confirmMissed(event.call);
      if (event.type === 'answered' && event.by === 'me' && event.call.direction === 'inbound') {
        const { openCrmOnAnswer, crmUrlTemplate } = settings();
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
      restyle((view) => (view.id === call.id ? views.rebuild(view) : view));
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
    const { live, missedCallCards } = slice.current;
    return (
      live.find((call) => call.id === callId) ??
      missedCallCards.find((card) => card.call.id === callId)?.call ??
      null
    );
  }

  function openCrm(callId: string, origin: 'user' | 'auto'): string {
    const template = settings().crmUrlTemplate;
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

  function stop(): void {
    active?.sync.stop();
    active?.requests.abort();
    active = null;
    phonebook.stop();
    recent.stop();
    popups.closeAll();
    slice.update({ live: [], presence: null, answer: null });
  }

  return {
    popups,
    phonebook,
    refreshNames,
    refreshNow: () => active?.sync.loop.pollNow(),
    panel: (shown: boolean) => recent.panel(shown),
    openCrm,
    require() {
      if (!active) throw new CommandFailure({ kind: 'not-connected' });
      return active;
    },
    part: {
      name: 'calls',
      start(session) {
        stop();
        deps.windows.setPopupCorner?.(settings().popupCorner);
        const sync = new CallSync({
          me: session.agent.username,
          source: callSourceFor(session.api, deps.lineStates),
          clock,
          log,
          intervalMs: presenceIntervalMs,
          loop: session.loop,
          onHint: (hint) => slice.update({ presence: hint }),
          onCalls,
        });
        active = { session, sync, requests: new AbortController() };
        sync.start();
        phonebook.start(session);
        recent.start(session);
      },
      stop,
    },
  };
}
