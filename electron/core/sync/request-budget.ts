/**
 * The last line of defence for a shared PBX: a token bucket in front of every request of one
 * session, whatever loop or command sends it. The loops' own manners (single-flight, backoff that
 * cannot be skipped) keep a session near 1.5–2.5 requests/s; this makes sure that a bug in them,
 * or one not yet found, cannot turn a hundred agents' apps into a storm. A request that finds the
 * bucket empty waits for its token (in order of arrival) instead of failing, so nothing is lost,
 * only slowed; the first wait of an episode is logged, and its end. Within the ceiling the call
 * path goes first: the own-state poll, the live list and the agent's own actions wait only behind
 * each other, never behind phonebook pages, queue figures or call history (with the panel on
 * screen during a phonebook reload those asked for more than the ceiling, and a ringing call's
 * popup waited ~0.5 s for tokens in a clean-clone run). And the rest leaves `CALL_PATH_RESERVE`
 * tokens in the bucket, so a ring's states poll and live list find theirs at once instead of
 * waiting up to 200 ms each for the next one (a clean-clone run named a caller after 1.12 s
 * during a reload: its states poll took up to 287 ms and its live list 432 ms at a 100 ms round
 * trip).
 *
 * Sizing, measured against the demo PBX (`test/bench/bad-data.bench.ts` prints the rates): a
 * connect sends ~20 requests in its first second (verify, the first poll of every loop, phonebook
 * pages), ~30 with a 5,000-entry phonebook; afterwards ~1.5–2.5/s.
 */
import type { Clock, FetchLike, Logger, TimerHandle } from '../ports';

export const DEFAULT_REQUESTS_PER_SECOND = 5;
export const DEFAULT_REQUEST_BURST = 40;
const EPISODE_QUIET_MS = 10_000;
/** Tokens only the call path may take: a ring's own-state poll and its live list. */
export const CALL_PATH_RESERVE = 2;

/** The requests a ringing call waits for, and whatever the agent asked for (any non-read). */
export function isCallPathRequest(url: string, method: string | undefined): boolean {
  const verb = (method ?? 'GET').toUpperCase();
  if (verb !== 'GET' && verb !== 'HEAD') return true;
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return /\/identity\/states\/?$/.test(path) || /\/cdr\/live\/?$/.test(path);
}

/** Tokens the bucket must hold for a request to take one: the rest leave the call path's reserve. */
function tokensNeeded(urgent: boolean): number {
  return urgent ? 1 : 1 + CALL_PATH_RESERVE;
}

export interface RequestBudgetOptions {
  clock: Clock;
  log: Logger;
  ratePerSecond?: number;
  burst?: number;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

export class RequestBudget {
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #ratePerMs: number;
  readonly #burst: number;
  #tokens: number;
  #refilledAtMs: number;
  /** Waiting requests of the call path, served before `#waiters`. */
  readonly #urgent: Waiter[] = [];
  readonly #waiters: Waiter[] = [];
  #timer: TimerHandle | null = null;
  #episode: { startedAtMs: number; lastDelayedAtMs: number; delayed: number } | null = null;
  #delayedTotal = 0;

  constructor(options: RequestBudgetOptions) {
    this.#clock = options.clock;
    this.#log = options.log;
    this.#ratePerMs = (options.ratePerSecond ?? DEFAULT_REQUESTS_PER_SECOND) / 1000;
    this.#burst = options.burst ?? DEFAULT_REQUEST_BURST;
    this.#tokens = this.#burst;
    this.#refilledAtMs = options.clock.monotonicMs();
  }

  /** Requests that had to wait for a token, over the budget's life. */
  get delayedRequests(): number {
    return this.#delayedTotal;
  }

  /** `fetch` that first takes a token. */
  wrap(fetch: FetchLike): FetchLike {
    return async (url, init) => {
      await this.take(init.signal ?? undefined, isCallPathRequest(url, init.method));
      return fetch(url, init);
    };
  }

  /**
   * Resolves when the request may go; rejects with the signal's reason when it is aborted first.
   * An `urgent` request (the call path) waits only behind other urgent ones, and may take the
   * tokens the others leave.
   */
  take(signal?: AbortSignal, urgent = false): Promise<void> {
    signal?.throwIfAborted();
    this.#refill();
    this.#maybeEndEpisode();
    const ahead = urgent ? this.#urgent.length : this.#urgent.length + this.#waiters.length;
    if (ahead === 0 && this.#tokens >= tokensNeeded(urgent)) {
      this.#tokens -= 1;
      return Promise.resolve();
    }
    const queue = urgent ? this.#urgent : this.#waiters;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      queue.push(waiter);
      this.#delayedTotal += 1;
      this.#noteDelayed();
      this.#arm();
    });
  }

  /** Ends the budget: waiting requests are rejected (the session is over). */
  close(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
    for (const waiter of [...this.#urgent.splice(0), ...this.#waiters.splice(0)]) {
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.reject(new Error('the session ended'));
    }
  }

  #refill(): void {
    const now = this.#clock.monotonicMs();
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#refilledAtMs) * this.#ratePerMs);
    this.#refilledAtMs = now;
  }

  #arm(): void {
    if (this.#timer !== null || this.#urgent.length + this.#waiters.length === 0) return;
    const needed = tokensNeeded(this.#urgent.length > 0);
    const waitMs = Math.max(1, Math.ceil((needed - this.#tokens) / this.#ratePerMs));
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      this.#release();
    }, waitMs);
  }

  #release(): void {
    this.#refill();
    for (;;) {
      const urgent = this.#urgent.length > 0;
      const queue = urgent ? this.#urgent : this.#waiters;
      const waiter = queue[0];
      if (!waiter || this.#tokens < tokensNeeded(urgent)) break;
      queue.shift();
      this.#tokens -= 1;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve();
    }
    this.#arm();
  }

  #noteDelayed(): void {
    const now = this.#clock.monotonicMs();
    if (this.#episode) {
      this.#episode.delayed += 1;
      this.#episode.lastDelayedAtMs = now;
      return;
    }
    this.#episode = { startedAtMs: now, lastDelayedAtMs: now, delayed: 1 };
    this.#log.log('warn', 'request ceiling reached: requests wait for their turn', {
      ratePerSecond: this.#ratePerMs * 1000,
      burst: this.#burst,
    });
  }

  /** An episode ends after a quiet spell, so a session that stays at the ceiling logs twice, not per request. */
  #maybeEndEpisode(): void {
    if (!this.#episode || this.#urgent.length + this.#waiters.length > 0) return;
    if (this.#clock.monotonicMs() - this.#episode.lastDelayedAtMs < EPISODE_QUIET_MS) return;
    this.#log.log('info', 'request ceiling released', {
      delayed: this.#episode.delayed,
      forMs: Math.round(this.#episode.lastDelayedAtMs - this.#episode.startedAtMs),
    });
    this.#episode = null;
  }
}
