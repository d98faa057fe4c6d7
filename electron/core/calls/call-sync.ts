/**
 * Follows the agent's calls cheaply. Every tick asks for the agent's own hint state
 * (`/identity/states?keys=<me>`, a few dozen bytes); the full `/cdr/live` list (every call on the
 * PBX, large on a busy system) only when it can tell something the hint cannot:
 * - idle (or unavailable): never, unless the hint just changed or the tracker still holds calls it
 *   must see end; the first ring is then one states answer plus one live answer away;
 * - ringing (`Ringing`, `InUse&Ringing`): on every tick, sent together with the states request, so
 *   the round trips do not add up while the popup is waiting for its caller or its end;
 * - talking (`InUse`, `Busy`, on hold) with nothing ringing: when the hint changes (hold, the end,
 *   a second call ringing: all show in the hint, so within one states poll) and otherwise only every
 *   `talkingLiveIntervalMs` (5 s), for what the hint does not show (a transfer, the other party).
 * PBXs that answer 204 to the states request get `/cdr/live` on every tick instead (older pascom
 * versions).
 */

import type { SessionContext } from '../feature';
import type { Clock, Logger } from '../ports';
import type { PollLoop } from '../sync/poll-loop';
import { type CallEvent, CallTracker, hintCalls, type LiveLeg, type TrackedCall } from './call-tracker';

export interface CallSource {
  /** The agent's hint state, or null when the PBX does not offer the states endpoint (204). */
  hintState(username: string, signal: AbortSignal): Promise<{ state: string } | null | 'unknown-user'>;
  liveLegs(signal: AbortSignal): Promise<LiveLeg[]>;
}

export interface CallSyncOptions {
  me: string;
  source: CallSource;
  clock: Clock;
  log: Logger;
  intervalMs: () => number;
  /** How often the live list is read while the agent talks and nothing rings (default 5 s). */
  talkingLiveIntervalMs?: number;
  /** Makes the session's loop (see SessionContext.loop). */
  loop: SessionContext['loop'];
  onHint: (hint: string | null) => void;
  onCalls: (events: CallEvent[], calls: TrackedCall[]) => void;
}

/** Hint states in which no call can be ringing or active for the agent. */
const quietHints = new Set(['idle', 'unavailable', 'nosuchdevice', 'invalid']);

export function isQuietHint(hint: string | null): boolean {
  return hint !== null && quietHints.has(hint.trim().toLowerCase());
}

/** A call is ringing at the agent (alone or beside a call in progress: `InUse&Ringing`). */
export function isRingingHint(hint: string | null): boolean {
  return hint !== null && /ring/i.test(hint);
}

export const TALKING_LIVE_INTERVAL_MS = 5000;

type HintAnswer = { state: string } | null | 'unknown-user';

export class CallSync {
  readonly #options: CallSyncOptions;
  readonly #tracker: CallTracker;
  readonly #loop: PollLoop;
  #hint: string | null = null;
  #statesUnsupported = false;
  /** Monotonic time of the last live list read; never read: long ago. */
  #liveReadAtMs = Number.NEGATIVE_INFINITY;

  constructor(options: CallSyncOptions) {
    this.#options = options;
    this.#tracker = new CallTracker(options.me);
    this.#loop = options.loop({
      name: 'calls',
      // The agent's own state: whether this poll works is whether the app can follow calls.
      governsConnection: true,
      intervalMs: options.intervalMs,
      run: (signal) => this.#tick(signal),
    });
  }

  get loop(): PollLoop {
    return this.#loop;
  }

  get usesStatesEndpoint(): boolean {
    return !this.#statesUnsupported;
  }

  start(): void {
    this.#loop.start();
  }

  stop(): void {
    this.#loop.stop();
    this.#tracker.clear();
  }

  async #tick(signal: AbortSignal): Promise<void> {
    if (this.#statesUnsupported) {
      await this.#readLive(signal);
      return;
    }
    // Sent together when the live list is wanted anyway: one round trip instead of two in a row.
    const early = this.#wantsLiveBeside();
    const [answer, legs] = await Promise.all([
      this.#askStates(signal),
      early ? this.#options.source.liveLegs(signal) : null,
    ]);
    if (answer === null) {
      this.#options.log.log('info', 'PBX has no states endpoint (204); following /cdr/live directly');
      this.#statesUnsupported = true;
    }
    const changed = answer !== null && this.#takeHint(answer);
    if (legs !== null) {
      this.#apply(legs);
      return;
    }
    // Unchanged and not quiet: ringing and unknown read beside the states request above, talking
    // at its slow cadence; what is left is a change, or calls the tracker must still see end.
    if (answer === null || changed || (isQuietHint(this.#hint) && this.#tracker.calls.length > 0))
      await this.#readLive(signal);
  }

  /** The agent's own state: the one request every tick makes (kept in one place on purpose). */
  #askStates(signal: AbortSignal): Promise<HintAnswer> {
    return this.#options.source.hintState(this.#options.me, signal);
  }

  /** Whether this tick reads the live list beside the states request, before knowing the hint. */
  #wantsLiveBeside(): boolean {
    const hint = this.#hint;
    if (isQuietHint(hint)) return false;
    if (hint === null || isRingingHint(hint)) return true;
    const talkingIntervalMs = this.#options.talkingLiveIntervalMs ?? TALKING_LIVE_INTERVAL_MS;
    return this.#options.clock.monotonicMs() - this.#liveReadAtMs >= talkingIntervalMs;
  }

  /** Notes the hint; true when it changed. */
  #takeHint(answer: Exclude<HintAnswer, null>): boolean {
    const hint = answer === 'unknown-user' ? null : answer.state;
    if (hint === this.#hint) return false;
    this.#hint = hint;
    this.#options.onHint(hint);
    return true;
  }

  async #readLive(signal: AbortSignal): Promise<void> {
    this.#apply(await this.#options.source.liveLegs(signal));
  }

  #apply(legs: LiveLeg[]): void {
    this.#liveReadAtMs = this.#options.clock.monotonicMs();
    const hint = this.#hint === null ? null : hintCalls(this.#hint);
    const events = this.#tracker.update(legs, this.#options.clock.now(), hint);
    if (events.length > 0 || this.#tracker.calls.length > 0)
      this.#options.onCalls(events, this.#tracker.calls);
  }
}
