/**
 * The interval of a loop that asks only every few minutes (phonebook counts, today's calls). A
 * poll loop never retries sooner than its interval, so a failed phonebook check would otherwise
 * wait five minutes for its next try; after a failed run this reports the short retry base
 * instead. (Holding the other loops back is the PBX's backoff alone: `LoopOutcome.sharedDelayMs`.)
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
