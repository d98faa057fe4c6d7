/**
 * The profile automations, each off until the agent picks a profile for it in the settings:
 * - start: profile Y when the app starts and signs in (once per agent and PBX in a run);
 * - lock: profile Z when the screen locks, and the profile before it back on unlock;
 * - quit: profile X when the app quits or the OS session ends (Companion.prepareQuit gives it 2 s).
 *
 * They follow the rule of the queues' safety nets (queues/auto-pause-rules.ts): an automation never
 * overrides a choice made by hand. The unlock restores only a profile the lock automation set and
 * only while it is still active (the agent or the pascom client chose another meanwhile: that
 * stays); a choice by hand lets go of the lock automation's hold; the start automation leaves alone
 * a profile that was chosen elsewhere while the app was closed (the active profile is not the one
 * the app last saw) or by hand since the app started. A restore that fails is tried again when the
 * PBX answers again, so nobody is left in the lock profile by accident.
 */
import type { AutomationRunView, AutomationTrigger } from '../../shared/features/availability';
import type { Clock, Logger, QuitTrigger } from '../ports';
import { SerialQueue } from './serial';
import type { AvailabilitySettings } from './settings';

export interface AutomationHost {
  clock: Clock;
  log: Logger;
  settings(): AvailabilitySettings;
  online(): boolean;
  /** The active profile as the PBX says now (read again unless just read). */
  readActive(): Promise<number | null>;
  /** Whether the PBX lists this profile (the list is read first if it never was). */
  exists(profileId: number): Promise<boolean>;
  activate(profileId: number): Promise<void>;
  record(run: AutomationRunView): void;
}

interface LockHold {
  profileId: number;
  previous: number | null;
  restoreWanted: boolean;
}

/** The profile the app saw active when it last ran, for this agent and PBX (settings `memory`). */
export interface LastSeen {
  key: string | null;
  profileId: number | null;
}

export class ProfileAutomations {
  readonly #host: AutomationHost;
  readonly #steps = new SerialQueue();
  readonly #lastSeenAtStart: LastSeen;
  readonly #startDoneFor = new Set<string>();
  #hold: LockHold | null = null;
  #manualSinceStart = false;

  constructor(host: AutomationHost, lastSeenAtStart: LastSeen) {
    this.#host = host;
    this.#lastSeenAtStart = lastSeenAtStart;
  }

  /** The lock automation holds its profile (it restores the one before on unlock). */
  get holding(): boolean {
    return this.#hold !== null;
  }

  /** Resolves when every step queued so far has run (tests, quitting). */
  settled(): Promise<void> {
    return this.#steps.run(async () => {});
  }

  /** A session came online for `key` (agent and PBX): the start automation, or a restore left over. */
  sessionOnline(key: string): void {
    this.#enqueue(() => this.#start(key));
    const hold = this.#hold;
    if (hold?.restoreWanted) this.#enqueue(() => this.#restore(hold));
  }

  screenLocked(): void {
    this.#enqueue(() => this.#lock());
  }

  screenUnlocked(): void {
    const hold = this.#hold;
    if (!hold) return;
    hold.restoreWanted = true;
    this.#enqueue(() => this.#restore(hold));
  }

  /** The agent chose a profile by hand: what an automation held is theirs now. */
  manualChoice(): void {
    this.#manualSinceStart = true;
    if (this.#hold) this.#letGo('unlock', 'manual');
  }

  /** A fresh read of the active profile, outside the automations' own steps. */
  observed(activeId: number | null): void {
    if (this.#hold && this.#steps.size === 0 && activeId !== this.#hold.profileId) {
      this.#host.log.log('info', 'the lock profile was changed elsewhere; the automation lets go of it');
      this.#letGo('unlock', 'manual');
    }
  }

  async beforeQuit(trigger: QuitTrigger): Promise<void> {
    const wanted = this.#host.settings().quitProfileId;
    if (wanted === null) return;
    // The quit replaces whatever the lock automation held.
    this.#hold = null;
    await this.#apply('quit', wanted, { cause: trigger });
  }

  // ---------------------------------------------------------------------------------------------

  #enqueue(step: () => Promise<void>): void {
    void this.#steps
      .run(step)
      .catch((error: unknown) =>
        this.#host.log.log('warn', 'profile automation failed', { error: String(error) }),
      );
  }

  async #start(key: string): Promise<void> {
    const wanted = this.#host.settings().startProfileId;
    if (wanted === null || this.#startDoneFor.has(key)) return;
    this.#startDoneFor.add(key);
    if (this.#manualSinceStart) return this.#skip('start', wanted, 'manual');
    const lastSeen = this.#lastSeenAtStart.key === key ? this.#lastSeenAtStart.profileId : null;
    if (lastSeen !== null) {
      const active = await this.#host.readActive();
      if (active !== lastSeen) return this.#skip('start', wanted, 'manual');
    }
    await this.#apply('start', wanted);
  }

  async #lock(): Promise<void> {
    const wanted = this.#host.settings().lockProfileId;
    if (wanted === null || this.#hold) return;
    if (!this.#host.online()) return this.#skip('lock', wanted, 'offline');
    const previous = await this.#host.readActive();
    if (await this.#apply('lock', wanted)) this.#hold = { profileId: wanted, previous, restoreWanted: false };
  }

  async #restore(hold: LockHold): Promise<void> {
    if (this.#hold !== hold || !hold.restoreWanted) return;
    // Offline: tried again when a session comes online.
    if (!this.#host.online()) return;
    const active = await this.#host.readActive();
    if (active !== hold.profileId) return this.#letGo('unlock', 'manual');
    if (hold.previous === null) return this.#letGo('unlock', 'no-previous');
    this.#hold = null;
    if (!(await this.#apply('unlock', hold.previous))) {
      // Still in the lock profile: keep the hold, so the restore is tried again.
      if (this.#hold === null) this.#hold = hold;
    }
  }

  /** Activates `profileId` unless it is active or gone; true when the profile is active afterwards. */
  async #apply(
    trigger: AutomationTrigger | 'unlock',
    profileId: number,
    fields: Record<string, string> = {},
  ): Promise<boolean> {
    if (!this.#host.online()) {
      this.#skip(trigger, profileId, 'offline', fields);
      return false;
    }
    if (!(await this.#host.exists(profileId))) {
      this.#skip(trigger, profileId, 'vanished', fields);
      return false;
    }
    const active = await this.#host.readActive();
    if (active === profileId) {
      this.#skip(trigger, profileId, 'already', fields);
      return true;
    }
    try {
      await this.#host.activate(profileId);
    } catch (error) {
      this.#host.log.log('warn', 'profile automation could not activate its profile', {
        trigger,
        profileId,
        error: String(error),
        ...fields,
      });
      this.#host.record({
        trigger,
        outcome: 'failed',
        reason: null,
        profileId,
        atMs: this.#host.clock.now(),
      });
      return false;
    }
    this.#host.log.log('info', 'profile automation activated its profile', { trigger, profileId, ...fields });
    this.#host.record({
      trigger,
      outcome: 'activated',
      reason: null,
      profileId,
      atMs: this.#host.clock.now(),
    });
    return true;
  }

  #skip(
    trigger: AutomationTrigger | 'unlock',
    profileId: number | null,
    reason: string,
    fields: Record<string, string> = {},
  ): void {
    this.#host.log.log('info', 'profile automation skipped', { trigger, reason, ...fields });
    this.#host.record({ trigger, outcome: 'skipped', reason, profileId, atMs: this.#host.clock.now() });
  }

  #letGo(trigger: 'unlock', reason: string): void {
    const hold = this.#hold;
    this.#hold = null;
    this.#skip(trigger, hold?.previous ?? null, reason);
  }
}
