/**
 * Holds the rows the agent sees and what the slice (`state.queues`) derives from them: the rows
 * (read from the PBX, or the expected result of an action until it is confirmed), the pause across
 * queues with since when, the reasons and the default one, the last action's outcome.
 */
import type { QueueOutcomeView, QueuePauseCause, QueuesView, QueueView } from '../../shared/features/queues';
import type { Clock } from '../ports';
import type { SettingsSection } from '../settings/section';
import type { Slice } from '../state/slice';
import { queueSettingsView } from './queue-settings';
import { defaultReasonOf, pauseStateOf, reasonUnion } from './queue-view';
import type { QueuesSettings } from './settings';

export interface QueueRowsOptions {
  slice: Slice<QueuesView>;
  clock: Clock;
  settings: SettingsSection<QueuesSettings>;
  idleDetection: boolean;
  /** The safety net holding the pause, if one does, and when a wrap-up ends. */
  automaticPause: () => { cause: QueuePauseCause | null; resumesAtMs: number | null };
}

const isPaused = (rows: readonly QueueView[]): boolean => {
  const { state } = pauseStateOf(rows);
  return state === 'paused' || state === 'partly-paused';
};

export class QueueRows {
  readonly #options: QueueRowsOptions;
  #rows: QueueView[] = [];
  #status: QueuesView['status'] = 'offline';
  #pausedSinceMs: number | null = null;
  #outcome: QueueOutcomeView | null = null;

  constructor(options: QueueRowsOptions) {
    this.#options = options;
  }

  get rows(): readonly QueueView[] {
    return this.#rows;
  }

  get view(): QueuesView {
    return this.#options.slice.current;
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
    const { slice, settings, idleDetection } = this.#options;
    const rows = this.#rows;
    const reasons = reasonUnion(rows);
    const { state, reason } = pauseStateOf(rows);
    const paused = state === 'paused' || state === 'partly-paused';
    const automatic = this.#options.automaticPause();
    const view: QueuesView = {
      status: this.#status,
      queues: rows,
      reasons,
      defaultReason: defaultReasonOf(reasons, settings.current.lastPauseReason)?.name ?? null,
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
    slice.update(view);
  }
}
