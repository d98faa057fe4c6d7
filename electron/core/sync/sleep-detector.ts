/**
 * A backstop for the OS's suspend/resume events (Electron's powerMonitor does not fire on every
 * platform and session type): a timer that ticks every few seconds notices when far more wall-clock
 * time passed between two ticks than it asked for. Timers do not run while a machine sleeps, so
 * such a gap means it slept (or the clock was set), and the app should ask the PBX at once
 * instead of waiting out a backoff computed before the sleep.
 */
import type { Clock, TimerHandle } from '../ports';

export interface SleepDetectorOptions {
  clock: Clock;
  onWake: (sleptMs: number) => void;
  tickMs?: number;
  /** Lateness beyond which a tick counts as a wake-up. */
  thresholdMs?: number;
}

export class SleepDetector {
  readonly #options: Required<SleepDetectorOptions>;
  #timer: TimerHandle | null = null;
  #lastWallMs = 0;

  constructor(options: SleepDetectorOptions) {
    this.#options = { tickMs: 5000, thresholdMs: 15_000, ...options };
  }

  start(): void {
    if (this.#timer !== null) return;
    this.#lastWallMs = this.#options.clock.now();
    this.#schedule();
  }

  stop(): void {
    if (this.#timer !== null) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(): void {
    this.#timer = this.#options.clock.setTimeout(() => this.#tick(), this.#options.tickMs);
  }

  #tick(): void {
    const now = this.#options.clock.now();
    const late = now - this.#lastWallMs - this.#options.tickMs;
    this.#lastWallMs = now;
    this.#schedule();
    if (late > this.#options.thresholdMs) this.#options.onWake(late);
  }
}
