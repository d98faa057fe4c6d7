/**
 * Holds the rows the agent sees and publishes `state.queues`: the rows (read from the PBX, or the
 * expected result of an action until it is confirmed), the pause across queues with since when,
 * the reasons and the default one, the last action's outcome and the queue settings.
 */
import type { QueueOutcomeView, QueuePauseCause, QueuesView, QueueView } from '../../shared/features/queues';
import type { Clock } from '../ports';
import type { SettingsService } from '../settings/settings-service';
import type { StateStore } from '../state/state-store';
import { queueSettingsView } from './queue-settings';
import { defaultReasonOf, pauseStateOf, reasonUnion } from './queue-view';

export interface QueuesStateOptions {
  store: StateStore;
  clock: Clock;
  settings: SettingsService;
  idleDetection: boolean;
  /** The safety net holding the pause, if one does, and when a wrap-up ends. */
  automaticPause: () => { cause: QueuePauseCause | null; resumesAtMs: number | null };
}

const isPaused = (rows: readonly QueueView[]): boolean => {
  const { state } = pauseStateOf(rows);
  return state === 'paused' || state === 'partly-paused';
};

export class QueuesState {
  readonly #options: QueuesStateOptions;
  #rows: QueueView[] = [];
  #status: QueuesView['status'] = 'offline';
  #pausedSinceMs: number | null = null;
  #outcome: QueueOutcomeView | null = null;

  constructor(options: QueuesStateOptions) {
    this.#options = options;
  }

  get rows(): readonly QueueView[] {
    return this.#rows;
  }

  get view(): QueuesView {
    return this.#options.store.current.queues;
  }

  /** New rows: read from the PBX (`ready`), or shown while an action runs. */
  showRows(rows: QueueView[], status: QueuesView['status'] = this.#status): void {
    const wasPaused = isPaused(this.#rows);
    const nowPaused = isPaused(rows);
    if (!nowPaused) this.#pausedSinceMs = null;
    else if (!wasPaused || this.#pausedSinceMs === null) this.#pausedSinceMs = this.#options.clock.now();
    this.#rows = rows;
    this.#status = status;
    this.publish();
  }

  setOutcome(outcome: QueueOutcomeView): void {
    this.#outcome = outcome;
    this.publish();
  }

  /** Not connected: nothing to show (the connection status says why). */
  clear(): void {
    this.#rows = [];
    this.#status = 'offline';
    this.#pausedSinceMs = null;
    this.publish();
  }

  publish(): void {
    const { store, settings, idleDetection } = this.#options;
    const rows = this.#rows;
    const reasons = reasonUnion(rows);
    const { state, reason } = pauseStateOf(rows);
    const paused = state === 'paused' || state === 'partly-paused';
    const automatic = this.#options.automaticPause();
    const view: QueuesView = {
      status: this.#status,
      queues: rows,
      reasons,
      defaultReason: defaultReasonOf(reasons, settings.current.queues.lastPauseReason)?.name ?? null,
      pause: {
        state,
        reason,
        sinceMs: paused ? this.#pausedSinceMs : null,
        cause: paused ? (automatic.cause ?? 'manual') : null,
        resumesAtMs: paused ? automatic.resumesAtMs : null,
      },
      lastOutcome: this.#outcome,
      settings: queueSettingsView(settings.current),
      idleDetection,
    };
    store.update((current) => ({ ...current, queues: view }));
  }
}
