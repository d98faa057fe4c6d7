/**
 * Follows the agent's calls cheaply. Every tick asks only for the agent's own hint state
 * (`/identity/states?keys=<me>`, a few dozen bytes); the full `/cdr/live` list (every call on the
 * PBX, large on a busy system) is fetched only while the agent is not idle, when the state just
 * changed, or while the tracker still holds calls it must see end. PBXs that answer 204 to the
 * states request get `/cdr/live` on every tick instead (older pascom versions).
 */

import type { SessionContext } from '../feature';
import type { Clock, Logger } from '../ports';
import type { PollLoop } from '../sync/poll-loop';
import { type CallEvent, CallTracker, type LiveLeg, type TrackedCall } from './call-tracker';

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

export class CallSync {
  readonly #options: CallSyncOptions;
  readonly #tracker: CallTracker;
  readonly #loop: PollLoop;
  #hint: string | null = null;
  #statesUnsupported = false;

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
    let fetchLive = this.#statesUnsupported;
    if (!this.#statesUnsupported) {
      const answer = await this.#options.source.hintState(this.#options.me, signal);
      if (answer === null) {
        this.#options.log.log('info', 'PBX has no states endpoint (204); following /cdr/live directly');
        this.#statesUnsupported = true;
        fetchLive = true;
      } else {
        const hint = answer === 'unknown-user' ? null : answer.state;
        const changed = hint !== this.#hint;
        if (changed) {
          this.#hint = hint;
          this.#options.onHint(hint);
        }
        fetchLive = changed || !isQuietHint(hint) || this.#tracker.calls.length > 0;
      }
    }
    if (!fetchLive) return;
    const legs = await this.#options.source.liveLegs(signal);
    const events = this.#tracker.update(legs, this.#options.clock.now());
    if (events.length > 0 || this.#tracker.calls.length > 0)
      this.#options.onCalls(events, this.#tracker.calls);
  }
}
