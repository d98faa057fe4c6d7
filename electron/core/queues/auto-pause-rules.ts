/**
 * The safety nets: pause when the screen locks or the user is idle (resume when they are back),
 * and a wrap-up pause for N seconds after a queue call. One rule above all: a rule only resumes a
 * pause it started itself. It never pauses over a pause that is already there (the agent's), it
 * lets go of its pause as soon as the agent pauses or resumes by hand or the PBX shows someone
 * else changed it, and a partial pause by hand stays as it was (only the other queues are paused
 * and later resumed). A resume that fails is tried again once the PBX answers again, so nobody is
 * left paused by accident.
 */
import type {
  QueueActionOutcome,
  QueuePauseCause,
  QueueSettingsView,
  QueueView,
} from '../../shared/features/queues';
import { CommandFailure } from '../commands/dispatch';
import type { Clock, Logger, TimerHandle } from '../ports';
import type { QueueActionRequest } from './queue-action-plan';
import { findReason, pauseStateOf, reasonUnion } from './queue-view';

export type AutoPauseCause = Exclude<QueuePauseCause, 'manual'>;

/** An unconfirmed pause is not given up for "not paused" reads before this (the PBX may lag). */
export const CONFIRM_GRACE_MS = 15_000;

/** Refusals (no request sent) that mean the rule's pause is gone already. */
const nothingToResume = new Set(['queue-none', 'queue-not-member', 'queue-logged-out']);

export interface AutoPauseHost {
  clock: Clock;
  log: Logger;
  settings(): QueueSettingsView;
  queues(): readonly QueueView[];
  online(): boolean;
  act(request: QueueActionRequest): Promise<QueueActionOutcome>;
  /** The rules took or let go of a pause (the state shows it). */
  changed(): void;
}

interface OwnedPause {
  cause: AutoPauseCause;
  /** The queues the rule paused; null: all of them (one request each way). */
  queues: string[] | null;
  startedAtMs: number;
  /** The reason the PBX showed first; a different one later means someone else changed the pause. */
  seenReason: string | null | undefined;
  resumeWanted: boolean;
}

export class AutoPauseRules {
  readonly #host: AutoPauseHost;
  #owned: OwnedPause | null = null;
  #locked = false;
  #generation = 0;
  #chain: Promise<void> = Promise.resolve();
  #busy = 0;
  #wrapUpTimer: TimerHandle | null = null;
  #wrapUpEndsAtMs: number | null = null;

  constructor(host: AutoPauseHost) {
    this.#host = host;
  }

  get ownedCause(): AutoPauseCause | null {
    return this.#owned?.cause ?? null;
  }

  get wrapUpEndsAtMs(): number | null {
    return this.#owned?.cause === 'wrap-up' ? this.#wrapUpEndsAtMs : null;
  }

  /** Resolves when every rule step queued so far has run (tests, shutdown). */
  settled(): Promise<void> {
    return this.#chain;
  }

  screenLocked(): void {
    this.#locked = true;
    if (!this.#host.settings().autoPauseOnLock) return;
    this.#pauseFor('lock');
  }

  /** Back at the desk: ends a lock pause, and an idle pause whose "active again" came while locked. */
  screenUnlocked(): void {
    this.#locked = false;
    this.#enqueue(() => this.#resume('lock', 'idle'));
  }

  userIdle(): void {
    this.#pauseFor('idle');
  }

  userActive(): void {
    // Back at an unlocked desk; a locked screen is resumed by the unlock.
    if (!this.#locked) this.#enqueue(() => this.#resume('idle'));
  }

  queueCallEnded(): void {
    const seconds = this.#host.settings().wrapUpSeconds;
    if (seconds <= 0 || this.#locked) return;
    if (this.#owned?.cause === 'wrap-up') {
      this.#startWrapUpTimer(seconds);
      return;
    }
    this.#pauseFor('wrap-up');
  }

  /** The agent paused or resumed by hand: whatever a rule held is theirs now. */
  manualPauseChange(): void {
    this.#generation += 1;
    if (this.#owned) this.#release();
  }

  /** A fresh read from the PBX (not an expected display). */
  observed(queues: readonly QueueView[]): void {
    const owned = this.#owned;
    if (!owned || this.#busy > 0) return;
    const mine =
      owned.queues === null ? queues : queues.filter((queue) => owned.queues?.includes(queue.name));
    const { state, reason } = pauseStateOf(mine);
    const paused = state === 'paused' || state === 'partly-paused';
    if (!paused) {
      const confirmed = owned.seenReason !== undefined;
      if (confirmed || this.#host.clock.now() - owned.startedAtMs >= CONFIRM_GRACE_MS) {
        this.#host.log.log('info', 'auto pause ended elsewhere; nothing to resume', { cause: owned.cause });
        this.#release();
      }
      return;
    }
    if (owned.seenReason === undefined) owned.seenReason = reason;
    else if (owned.seenReason !== reason) {
      this.#host.log.log('info', 'pause changed elsewhere; the rule lets go of it', { cause: owned.cause });
      this.#release();
      return;
    }
    if (owned.resumeWanted) this.#enqueue(() => this.#tryResume(owned));
  }

  // -------------------------------------------------------------------------------------------

  #enqueue(step: () => Promise<void>): void {
    this.#busy += 1;
    this.#chain = this.#chain
      .then(step)
      .catch((error: unknown) =>
        this.#host.log.log('error', 'auto pause step failed', { error: String(error) }),
      )
      .finally(() => {
        this.#busy -= 1;
      });
  }

  #pauseFor(cause: AutoPauseCause): void {
    this.#enqueue(async () => {
      const owned = this.#owned;
      if (owned) {
        // Away during a wrap-up: the pause now lasts until the agent is back.
        if (owned.cause === 'wrap-up' && cause !== 'wrap-up') {
          owned.cause = cause;
          this.#stopWrapUpTimer();
          this.#host.changed();
        }
        return;
      }
      if (!this.#host.online()) return;
      const queues = this.#host.queues();
      const { state } = pauseStateOf(queues);
      if (state !== 'available' && state !== 'partly-paused') return;
      const generation = this.#generation;
      const startedAtMs = this.#host.clock.now();
      // Nothing changed by hand meanwhile: still available (all), or this queue still unpaused.
      const stillWanted = (queue: string | null) => (now: readonly QueueView[]) => {
        if (generation !== this.#generation) return false;
        if (queue === null) return pauseStateOf(now).state === 'available';
        const row = now.find((candidate) => candidate.name === queue);
        return row?.loggedIn === true && !row.paused;
      };
      const paused = await this.#pauseQueues(cause, state === 'partly-paused' ? queues : null, stillWanted);
      if (paused === false || generation !== this.#generation) return;
      this.#owned = { cause, queues: paused, startedAtMs, seenReason: undefined, resumeWanted: false };
      if (cause === 'wrap-up') this.#startWrapUpTimer(this.#host.settings().wrapUpSeconds);
      this.#host.changed();
    });
  }

  /** Pauses all queues (null) or, over a partial pause by hand, only the unpaused ones. */
  async #pauseQueues(
    cause: AutoPauseCause,
    partly: readonly QueueView[] | null,
    stillWanted: (queue: string | null) => (queues: readonly QueueView[]) => boolean,
  ): Promise<string[] | null | false> {
    const settings = this.#host.settings();
    const wanted = cause === 'wrap-up' ? settings.wrapUpReason : settings.autoPauseReason;
    const all = this.#host.queues();
    const reasonFor = (offered: QueueView['pauseReasons']) => findReason(offered, wanted)?.name;
    try {
      if (partly === null) {
        const reason = reasonFor(reasonUnion(all));
        await this.#host.act({ action: 'pause', queue: null, reason, cause, stillWanted: stillWanted(null) });
        return null;
      }
    } catch (error) {
      this.#host.log.log('warn', 'auto pause failed', { cause, error: String(error) });
      return false;
    }
    const done: string[] = [];
    for (const queue of partly.filter((row) => row.loggedIn && !row.paused)) {
      try {
        const reason = reasonFor(queue.pauseReasons);
        await this.#host.act({
          action: 'pause',
          queue: queue.name,
          reason,
          cause,
          stillWanted: stillWanted(queue.name),
        });
        done.push(queue.name);
      } catch (error) {
        this.#host.log.log('warn', 'auto pause of a queue failed', { cause, error: String(error) });
      }
    }
    return done.length > 0 ? done : false;
  }

  async #resume(...causes: AutoPauseCause[]): Promise<void> {
    const owned = this.#owned;
    if (!owned || !causes.includes(owned.cause)) return;
    owned.resumeWanted = true;
    await this.#tryResume(owned);
  }

  async #tryResume(owned: OwnedPause): Promise<void> {
    if (this.#owned !== owned || !owned.resumeWanted || !this.#host.online()) return;
    try {
      for (const queue of owned.queues ?? [null]) {
        await this.#host.act({ action: 'unpause', queue, cause: owned.cause }).catch((error: unknown) => {
          // Refused without a request (logged out meanwhile, queue gone): nothing left to resume there.
          if (!(error instanceof CommandFailure && nothingToResume.has(error.error.detail ?? '')))
            throw error;
        });
      }
    } catch (error) {
      this.#host.log.log('warn', 'auto resume failed; trying again when the PBX answers', {
        cause: owned.cause,
        error: String(error),
      });
      return;
    }
    if (this.#owned === owned) this.#release();
  }

  #release(): void {
    this.#owned = null;
    this.#stopWrapUpTimer();
    this.#host.changed();
  }

  #startWrapUpTimer(seconds: number): void {
    this.#stopWrapUpTimer();
    this.#wrapUpEndsAtMs = this.#host.clock.now() + seconds * 1000;
    this.#wrapUpTimer = this.#host.clock.setTimeout(() => {
      this.#wrapUpTimer = null;
      this.#enqueue(() => this.#resume('wrap-up'));
    }, seconds * 1000);
    this.#host.changed();
  }

  #stopWrapUpTimer(): void {
    if (this.#wrapUpTimer !== null) this.#host.clock.clearTimeout(this.#wrapUpTimer);
    this.#wrapUpTimer = null;
    this.#wrapUpEndsAtMs = null;
  }
}
