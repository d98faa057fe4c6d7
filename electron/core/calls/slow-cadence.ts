/**
 * The interval of a loop that asks only every few minutes (phonebook counts, today's calls). A
 * poll loop never retries sooner than its interval, and one loop's failure holds every loop of the
 * session back by its retry delay; so after a failed run this reports the short retry base
 * instead, and an outage costs the presence loop no more than its own backoff.
 */
export class SlowCadence {
  readonly #normalMs: () => number;
  readonly #retryMs: () => number;
  #failing = false;

  constructor(normalMs: () => number, retryMs: () => number) {
    this.#normalMs = normalMs;
    this.#retryMs = retryMs;
  }

  readonly intervalMs = (): number => (this.#failing ? this.#retryMs() : this.#normalMs());

  /** Runs one pass; until it succeeds the loop counts as failing. */
  async run(work: () => Promise<void>): Promise<void> {
    this.#failing = true;
    await work();
    this.#failing = false;
  }
}
