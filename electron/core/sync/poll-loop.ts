/**
 * One polling loop against the PBX, with the manners a shared server deserves:
 * - a fixed rate: runs start every `intervalMs` counted from the start of the previous run, not
 *   from its end, so a PBX round trip does not stretch the cadence (a 1 s poll over a 100 ms link
 *   is a 1 s poll, not a 1.1-1.2 s one); a run that overruns its interval makes the loop skip the
 *   ticks it missed rather than catch up with a burst;
 * - single-flight: the next run starts only after the current one finished, so requests of one
 *   loop never overlap, however slow the PBX is;
 * - network errors, timeouts and 5xx back off exponentially with full jitter, capped;
 * - 429 waits at least `Retry-After`;
 * - 401/403 stop the loop after that one request: pascom can lock an account after repeated
 *   failures, so nothing retries with the same credentials;
 * - a failed loop keeps its own backoff whatever happens elsewhere: `pollNow()` (after a command,
 *   or when the PBX is back) runs at once only a loop that is not backing off; only an explicit
 *   `resetBackoff` (the user's "Retry now", waking up) skips it. One bad resource asked for again
 *   at every other loop's success was a storm of hundreds of requests per second;
 * - `pollNow()` runs after the running request, never beside it; `cancelInFlight()` aborts the
 *   running request (suspend, network change).
 */
import { isPbxError, PbxError } from '../pbx/errors';
import type { Clock, Logger, TimerHandle } from '../ports';

export type LoopStop = 'auth' | 'forbidden' | 'stopped';

export interface LoopOutcome {
  /** The loop's name, for logs. */
  loop: string;
  /** Whether this loop's outcomes decide the connection status (see `governsConnection`). */
  governsConnection: boolean;
  error: PbxError | null;
  /** When this loop runs next; null when it stopped. */
  retryInMs: number | null;
  /**
   * After a failure: how long the PBX itself should be left alone (Retry-After, or the jittered
   * backoff), independent of this loop's own interval: a loop that polls every five minutes must
   * not hold the others back for five minutes.
   */
  sharedDelayMs: number | null;
  stop: LoopStop | null;
}

export interface PollLoopOptions {
  name: string;
  clock: Clock;
  log: Logger;
  /**
   * Time between the starts of successful runs; read before every scheduling so settings apply
   * at once.
   */
  intervalMs: () => number;
  run: (signal: AbortSignal) => Promise<void>;
  /** Called after every run: `error` null on success; `retryInMs` null when the loop stopped. */
  onOutcome?: (outcome: LoopOutcome) => void;
  backoff?: { baseMs: number; capMs: number };
  /** The jitter's random source in [0, 1); injected so tests can count attempts exactly. */
  random?: () => number;
  /**
   * The agent's own-state poll: only its failures say the PBX is unreachable (or blocking us) and
   * take the app offline; every other loop's failures are that loop's business.
   */
  governsConnection?: boolean;
}

const defaultBackoff = { baseMs: 1000, capMs: 30_000 };

export class PollLoop {
  readonly #options: PollLoopOptions;
  #timer: TimerHandle | null = null;
  #inFlight: AbortController | null = null;
  #runAgain = false;
  #failures = 0;
  /** Monotonic time before which no run starts (another loop learned the PBX is down or busy). */
  #notBeforeMs = 0;
  /** Monotonic time before which this loop does not run again after its own failure. */
  #backoffUntilMs = 0;
  /** When this loop itself wants to run next (its interval or backoff), before any deferral. */
  #wantedAtMs = 0;
  #dueAtMs = 0;
  /** When the last run started (monotonic): the cadence counts from there. */
  #startedAtMs = 0;
  #stopped: LoopStop | null = 'stopped';

  constructor(options: PollLoopOptions) {
    this.#options = options;
  }

  get stoppedBecause(): LoopStop | null {
    return this.#stopped;
  }

  get busy(): boolean {
    return this.#inFlight !== null;
  }

  /** Whether the loop waits out a backoff of its own failure (only a failure sets one). */
  get backingOff(): boolean {
    return this.#backoffUntilMs > this.#options.clock.monotonicMs();
  }

  start(): void {
    if (this.#stopped === null) return;
    this.#stopped = null;
    this.#failures = 0;
    this.#backoffUntilMs = 0;
    this.#schedule(0);
  }

  stop(reason: LoopStop = 'stopped'): void {
    this.#stopped = reason;
    this.#clearTimer();
    this.#inFlight?.abort();
    this.#runAgain = false;
  }

  /**
   * Run as soon as allowed; if a run is in flight, once more right after it. A loop backing off
   * from its own failure runs when its backoff ends, unless `resetBackoff` (the user asked, or the
   * machine woke up) clears it and any deferral.
   */
  pollNow(options: { resetBackoff?: boolean } = {}): void {
    if (this.#stopped !== null) return;
    if (options.resetBackoff) {
      this.#failures = 0;
      this.#backoffUntilMs = 0;
      this.#notBeforeMs = 0;
    }
    if (this.#inFlight) {
      this.#runAgain = true;
      return;
    }
    this.#schedule(0);
  }

  /**
   * Hold the next run back for at least `delayMs`: one loop's 429, outage or 5xx speaks for the
   * whole PBX, so the other loops of a session wait too instead of each finding out by itself.
   */
  deferFor(delayMs: number): void {
    if (this.#stopped !== null) return;
    const now = this.#options.clock.monotonicMs();
    this.#notBeforeMs = Math.max(this.#notBeforeMs, now + delayMs);
    if (this.#timer !== null && this.#dueAtMs < this.#notBeforeMs) this.#scheduleAt(this.#wantedAtMs);
  }

  /**
   * The PBX is back: a deferral another loop asked for ends, and a loop held back by it runs when
   * it wanted to. Its own backoff stays.
   */
  releaseDeferral(): void {
    if (this.#stopped !== null || this.#notBeforeMs === 0) return;
    this.#notBeforeMs = 0;
    if (this.#timer !== null && this.#dueAtMs > this.#wantedAtMs) this.#scheduleAt(this.#wantedAtMs);
  }

  /** Abort the running request (its outcome is dropped) and start over at once. */
  cancelInFlight(): void {
    if (!this.#inFlight) return;
    this.#inFlight.abort();
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(requestedMs: number): void {
    this.#scheduleAt(this.#options.clock.monotonicMs() + requestedMs);
  }

  /** The one place a run is timed: never before the own backoff ends, nor before a deferral. */
  #scheduleAt(requestedAtMs: number): void {
    this.#clearTimer();
    const now = this.#options.clock.monotonicMs();
    this.#wantedAtMs = Math.max(requestedAtMs, this.#backoffUntilMs);
    this.#dueAtMs = Math.max(this.#wantedAtMs, this.#notBeforeMs, now);
    this.#timer = this.#options.clock.setTimeout(() => {
      this.#timer = null;
      void this.#tick();
    }, this.#dueAtMs - now);
  }

  async #tick(): Promise<void> {
    if (this.#stopped !== null || this.#inFlight) return;
    const controller = new AbortController();
    this.#inFlight = controller;
    this.#startedAtMs = this.#options.clock.monotonicMs();
    let error: PbxError | null = null;
    try {
      await this.#options.run(controller.signal);
    } catch (caught) {
      if (controller.signal.aborted) {
        // Cancelled on purpose (suspend, stop): not a failure of the PBX.
        this.#inFlight = null;
        if (this.#stopped === null) this.#schedule(0);
        return;
      }
      error = isPbxError(caught) ? caught : null;
      if (!error) {
        this.#options.log.log('error', 'poll run failed unexpectedly', {
          loop: this.#options.name,
          error: caught instanceof Error ? caught.message : String(caught),
        });
      }
      if (!error) error = internalFailure(caught);
    } finally {
      if (this.#inFlight === controller) this.#inFlight = null;
    }
    if (this.#stopped !== null) return;
    this.#afterRun(error);
  }

  #afterRun(error: PbxError | null): void {
    const onOutcome = (outcome: Omit<LoopOutcome, 'loop' | 'governsConnection'>) =>
      this.#options.onOutcome?.({
        loop: this.#options.name,
        governsConnection: this.#options.governsConnection ?? false,
        ...outcome,
      });
    if (!error) {
      this.#failures = 0;
      this.#backoffUntilMs = 0;
      const delay = this.#runAgain ? 0 : this.#nextTickInMs();
      this.#runAgain = false;
      this.#schedule(delay);
      onOutcome({ error: null, retryInMs: delay, sharedDelayMs: null, stop: null });
      return;
    }
    if (error.kind === 'auth' || error.kind === 'forbidden') {
      this.stop(error.kind === 'auth' ? 'auth' : 'forbidden');
      this.#options.log.log('warn', 'loop stopped: credentials refused', {
        loop: this.#options.name,
        status: error.status ?? null,
      });
      onOutcome({ error, retryInMs: null, sharedDelayMs: null, stop: this.#stopped });
      return;
    }
    this.#failures += 1;
    this.#runAgain = false;
    const { ownMs, sharedMs } = this.#retryDelays(error);
    this.#options.log.log('info', 'loop backing off', {
      loop: this.#options.name,
      kind: error.kind,
      failures: this.#failures,
      delayMs: Math.round(ownMs),
    });
    this.#backoffUntilMs = this.#options.clock.monotonicMs() + ownMs;
    this.#schedule(ownMs);
    onOutcome({ error, retryInMs: ownMs, sharedDelayMs: sharedMs, stop: null });
  }

  /**
   * The next tick of the cadence that has not passed yet: one interval after this run started, or
   * (the run took longer) the first later tick, so a slow PBX is asked at most once per interval.
   */
  #nextTickInMs(): number {
    const intervalMs = Math.max(1, this.#options.intervalMs());
    const sinceStartMs = this.#options.clock.monotonicMs() - this.#startedAtMs;
    const ticks = Math.max(1, Math.ceil(sinceStartMs / intervalMs));
    return ticks * intervalMs - sinceStartMs;
  }

  #retryDelays(error: PbxError): { ownMs: number; sharedMs: number } {
    const { baseMs, capMs } = this.#options.backoff ?? defaultBackoff;
    const random = this.#options.random ?? Math.random;
    // Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^n)]. This loop never
    // asks faster than its normal interval, so a flapping PBX is not polled harder than a healthy one.
    const ceiling = Math.min(capMs, baseMs * 2 ** (this.#failures - 1));
    const jittered = random() * ceiling;
    const ownMs = Math.max(this.#options.intervalMs(), jittered);
    if (error.kind === 'rate-limited') {
      const retryAfterMs = error.retryAfterMs ?? capMs;
      return { ownMs: Math.max(ownMs, retryAfterMs), sharedMs: retryAfterMs };
    }
    return { ownMs, sharedMs: Math.max(baseMs, jittered) };
  }
}

function internalFailure(caught: unknown): PbxError {
  // Keep the loop alive on a bug in our own code, but back off like on a server error.
  return new PbxError({
    kind: 'server',
    method: 'LOOP',
    path: '',
    detail: caught instanceof Error ? caught.message : 'internal error',
  });
}
