/**
 * Queue agent controls, assembled: the agent's queues kept fresh while connected (every 2 s while
 * the panel is on screen, every minute while the host says it is hidden, when only the tray shows
 * the pause; every 5 s for a host that says neither; at once after every action), the pause/login commands for the
 * panel, the tray and the pause hotkey, and the safety nets (auto pause on lock and idle, wrap-up
 * pause, reminder). Queue calls that end are read from the state tree (`state.calls.live`), never
 * from the calls feature's internals.
 */
import type { CompanionState } from '../../shared/contract';
import type { QueueActionOutcome, QueueView, queuesContract } from '../../shared/features/queues';
import type { FeatureHandlers } from '../commands/handler-types';
import type { FeatureDeps, FeatureParts, SessionContext } from '../feature';
import { AutoPauseRules } from './auto-pause-rules';
import { IdleWatch } from './idle-watch';
import { PauseReminder } from './pause-reminder';
import type { QueueActionRequest } from './queue-action-plan';
import { QueueActions } from './queue-actions';
import { QueueCallEnds } from './queue-call-ends';
import { QueueRows } from './queue-rows';
import { rememberPauseReason, updateQueueSettings } from './queue-settings';
import { DETAIL_MAX_AGE_MS, QueueSync } from './queue-sync';
import { pauseStateOf } from './queue-view';
import type { QueuesSettings } from './settings';
import type { QueuesTexts } from './texts.en';

export type QueuesDeps = FeatureDeps<typeof queuesContract, QueuesSettings, QueuesTexts>;

export const QUEUE_POLL_MS = 5000;
export const QUEUE_POLL_WATCHED_MS = 2000;
/**
 * The panel is hidden: only the tray shows the agent's pause, which the app itself changes (and
 * then reads at once); a pause made elsewhere (the desk phone, a supervisor) shows within this.
 */
export const QUEUE_POLL_PANEL_HIDDEN_MS = 60_000;
/** With the panel hidden a queue's detail is read when its counters move, or at least this often. */
export const QUEUE_DETAIL_MAX_AGE_PANEL_HIDDEN_MS = 10 * 60_000;
/** A window renews its watch every 15 s; one that goes away stops costing requests after this. */
export const WATCH_LEASE_MS = 30_000;
/** An action right after connecting waits this long at most for the first read of the queues. */
export const FIRST_READ_WAIT_MS = 8000;

export function createQueues(deps: QueuesDeps): FeatureParts<typeof queuesContract> {
  const { clock, settings } = deps;
  const host = { idle: deps.host.idle, onState: deps.onState };
  const log = deps.log.child('queues');
  let connection: { session: SessionContext; sync: QueueSync } | null = null;
  let watchUntilMs = Number.NEGATIVE_INFINITY;
  /** What the host said of the panel; null: a host that does not say (the lease alone counts). */
  let panelShown: boolean | null = null;
  // A hidden panel watches nothing, whatever lease its page renewed last.
  const watching = () => panelShown === true || (panelShown !== false && clock.monotonicMs() < watchUntilMs);
  const pollIntervalMs = () =>
    watching() ? QUEUE_POLL_WATCHED_MS : panelShown === false ? QUEUE_POLL_PANEL_HIDDEN_MS : QUEUE_POLL_MS;

  const rules: AutoPauseRules = new AutoPauseRules({
    clock,
    log,
    settings: () => state.view.settings,
    queues: () => state.rows,
    online: () => connection !== null,
    act: (request) => actions.run(request),
    changed: () => state.publish(),
  });
  const state = new QueueRows({
    slice: deps.slice,
    clock,
    settings,
    idleDetection: host.idle !== null,
    automaticPause: () => ({ cause: rules.ownedCause, resumesAtMs: rules.wrapUpEndsAtMs }),
  });
  const actions = new QueueActions({
    clock,
    connection: () =>
      connection && { api: connection.session.api.queue, identity: connection.session.agent.username },
    queues: () => state.rows,
    showRows: (rows) => state.showRows(rows),
    hold: () => connection?.sync.hold(),
    release: () => connection?.sync.release(),
    lastUsedReason: () => settings.current.lastPauseReason,
    rememberReason: (name) => rememberPauseReason(settings, name),
    onOutcome: (outcome) => state.setOutcome(outcome),
    ready: () => firstRead?.promise ?? Promise.resolve(),
  });
  const reminder = new PauseReminder({
    clock,
    notifier: deps.notifier,
    texts: () => deps.texts(),
    showPanel: () => deps.windows.showPanel(),
    notice: (notice) => deps.notice(notice),
  });
  const idleWatch = host.idle
    ? new IdleWatch({
        clock,
        source: host.idle,
        thresholdSeconds: () => settings.current.autoPauseIdleMinutes * 60,
        onIdle: () => rules.userIdle(),
        onActive: () => rules.userActive(),
      })
    : null;
  const callEnds = new QueueCallEnds();
  let lastCalls: CompanionState['calls']['live'] | null = null;
  let lastStatus: CompanionState['connection']['status'] | null = null;
  let firstRead: { promise: Promise<void>; resolve: () => void } | null = null;
  const onlineWaiters = new Set<() => void>();
  const whenOnline = (signal: AbortSignal): Promise<void> => {
    if (deps.state().connection.status !== 'offline') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const abort = () => {
        onlineWaiters.delete(done);
        reject(signal.reason);
      };
      const done = () => {
        onlineWaiters.delete(done);
        signal.removeEventListener('abort', abort);
        resolve();
      };
      onlineWaiters.add(done);
      signal.addEventListener('abort', abort, { once: true });
    });
  };
  const awaitFirstRead = () => {
    let resolve: () => void = () => {};
    const promise = new Promise<void>((done) => {
      resolve = done;
    });
    // A PBX that does not answer must not hold an action (or the pause hotkey) for ever.
    clock.setTimeout(() => resolve(), FIRST_READ_WAIT_MS);
    return { promise, resolve };
  };
  let lastAgent: string | null = null;

  host.onState((current) => {
    const { pause, settings: queueSettings } = current.queues;
    reminder.update({
      sinceMs: pause.sinceMs,
      reason: pause.reason,
      reminderMinutes: queueSettings.reminderMinutes,
      automatic: pause.cause !== null && pause.cause !== 'manual',
    });
    // Back online after an outage or a 429: the waiting read goes ahead, or one is made at once.
    if (current.connection.status !== lastStatus) {
      const back = lastStatus === 'offline' && current.connection.status !== 'offline';
      lastStatus = current.connection.status;
      if (back && onlineWaiters.size > 0) for (const resume of [...onlineWaiters]) resume();
      else if (back) connection?.sync.refreshNow();
    }
    if (current.calls.live === lastCalls) return;
    lastCalls = current.calls.live;
    if (connection && callEnds.update(current.calls.live).length > 0) rules.queueCallEnded();
  });

  const applyIdleSetting = () => {
    if (connection && settings.current.autoPauseIdleMinutes > 0) idleWatch?.start();
    else idleWatch?.stop();
  };

  /** A pause or resume by the agent: afterwards no safety net holds the pause any more. */
  const byHand = async (
    request: QueueActionRequest | ((queues: readonly QueueView[]) => QueueActionRequest),
  ): Promise<QueueActionOutcome> => {
    const outcome = await actions.run(request);
    rules.manualPauseChange();
    return outcome;
  };

  const handlers: FeatureHandlers<typeof queuesContract> = {
    'queues/pause': (input) =>
      byHand({
        action: 'pause',
        queue: input.queue ?? null,
        ...(input.reason === undefined ? {} : { reason: input.reason }),
        cause: 'manual',
      }),
    'queues/unpause': (input) => byHand({ action: 'unpause', queue: input.queue ?? null, cause: 'manual' }),
    'queues/login': (input) => actions.run({ action: 'login', queue: input.queue ?? null, cause: 'manual' }),
    'queues/logout': (input) =>
      actions.run({ action: 'logout', queue: input.queue ?? null, cause: 'manual' }),
    // Decided when its turn comes, so a double press pauses and then resumes.
    'queues/toggle-pause': () =>
      byHand((rows) => ({
        action: pauseStateOf(rows).state === 'paused' ? 'unpause' : 'pause',
        queue: null,
        cause: 'manual',
      })),
    'queues/watch': () => {
      const wasWatching = watching();
      watchUntilMs = clock.monotonicMs() + WATCH_LEASE_MS;
      if (!wasWatching) connection?.sync.refreshNow();
      return null;
    },
    'queues/update-settings': (input) => {
      const view = updateQueueSettings(settings, input);
      applyIdleSetting();
      state.publish();
      return view;
    },
  };

  return {
    handlers,
    session: {
      name: 'queues',
      start(session) {
        connection?.sync.stop();
        const sync = new QueueSync({
          api: session.api.queue,
          agent: session.agent,
          clock,
          log: deps.log.child('queues'),
          loop: session.loop,
          intervalMs: pollIntervalMs,
          detailMaxAgeMs: () =>
            panelShown === false ? QUEUE_DETAIL_MAX_AGE_PANEL_HIDDEN_MS : DETAIL_MAX_AGE_MS,
          onSnapshot: (rows) => {
            state.showRows(rows, 'ready');
            firstRead?.resolve();
            rules.observed(rows);
          },
          whenOnline,
        });
        firstRead = awaitFirstRead();
        // Another agent (or PBX): a pause a safety net held belongs to the one before.
        if (lastAgent !== null && lastAgent !== session.agent.username) rules.manualPauseChange();
        lastAgent = session.agent.username;
        connection = { session, sync };
        callEnds.reset();
        lastCalls = null;
        state.showRows([], 'loading');
        sync.start();
        applyIdleSetting();
      },
      stop() {
        connection?.sync.stop();
        connection = null;
        firstRead?.resolve();
        firstRead = null;
        idleWatch?.stop();
        callEnds.reset();
        state.clear();
      },
    },
    panel(shown) {
      const wasWatching = watching();
      panelShown = shown;
      if (watching() && !wasWatching) connection?.sync.refreshNow();
    },
    power(event) {
      if (event === 'lock-screen') rules.screenLocked();
      if (event === 'unlock-screen') rules.screenUnlocked();
    },
  };
}
