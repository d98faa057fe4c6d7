/**
 * Turns the system idle time into two events: `idle` once the user has been away for the
 * threshold, `active` when they are back. Asks the platform (a local call, no network) every few
 * seconds, and every second while away so a returning agent is resumed at once.
 */
import type { Clock, IdleSource, TimerHandle } from '../ports';

export const IDLE_CHECK_MS = 5000;
export const AWAY_CHECK_MS = 1000;

export interface IdleWatchOptions {
  clock: Clock;
  source: IdleSource;
  thresholdSeconds: () => number;
  onIdle: () => void;
  onActive: () => void;
}

export class IdleWatch {
  readonly #options: IdleWatchOptions;
  #timer: TimerHandle | null = null;
  #away = false;

  constructor(options: IdleWatchOptions) {
    this.#options = options;
  }

  get away(): boolean {
    return this.#away;
  }

  start(): void {
    if (this.#timer === null) this.#schedule();
  }

  stop(): void {
    if (this.#timer !== null) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#away = false;
  }

  #schedule(): void {
    this.#timer = this.#options.clock.setTimeout(
      () => {
        this.#timer = null;
        this.#check();
        this.#schedule();
      },
      this.#away ? AWAY_CHECK_MS : IDLE_CHECK_MS,
    );
  }

  #check(): void {
    const threshold = this.#options.thresholdSeconds();
    if (threshold <= 0) return;
    const idleSeconds = this.#options.source.systemIdleSeconds();
    if (!this.#away && idleSeconds >= threshold) {
      this.#away = true;
      this.#options.onIdle();
    } else if (this.#away && idleSeconds < threshold) {
      this.#away = false;
      this.#options.onActive();
    }
  }
}
