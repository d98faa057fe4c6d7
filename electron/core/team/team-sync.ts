/**
 * What the team board reads from the PBX besides the line states (which ride in the agent's own
 * states request, see sync/line-state-share.ts), paced so the board never crowds out the agent's
 * own polls:
 * - the agent's `xmpp.group` roles with their members: at connect and every 30 minutes;
 * - presence and status text of the people on the board: once at connect (their names and
 *   extensions, so the panel's first opening shows them), when the panel opens (unless read in
 *   the last minute) and every 5 minutes while it stays open; never again while it is closed. A board of
 *   up to 120 people that is under half the PBX is read one user at a time (`/identity/<name>`,
 *   about 1.2 kB on the wire each); otherwise with one user list (`/identity/`, about 0.95 kB on
 *   the wire per user of the PBX): whichever costs fewer bytes, with the single reads capped so a
 *   round stays within a minute at the loop's pace. (A board of 50 on a PBX of 2,000 users: 50
 *   single reads, about 60 kB, instead of a 1.9 MB list; test/bench/team-cost.bench.ts.)
 * - the user list, when a favourite the PBX no longer knows may have been renamed (at most every
 *   10 minutes).
 *
 * One loop, one request per run, a run every 500 ms while work is queued (2 requests/s at most,
 * under the session's ceiling of 5/s beside the other loops), otherwise a look every 30 s that asks
 * nothing unless something is due. A failed request backs the loop off and is tried again.
 */
import type { SessionContext } from '../feature';
import { isPbxError, type PbxApi, type PbxUser } from '../pbx/index';
import type { Clock, Logger } from '../ports';
import type { PollLoop } from '../sync/poll-loop';
import type { RoleReading } from './scope';

export const ROLES_INTERVAL_MS = 30 * 60_000;
export const PRESENCE_INTERVAL_MS = 5 * 60_000;
/** Opening the panel again within this reads no presence again. */
export const PRESENCE_FRESH_MS = 60_000;
export const RENAME_CHECK_INTERVAL_MS = 10 * 60_000;
/**
 * Up to this many people (and under half the PBX), presence is read per user; beyond it, the user
 * list is one request. 120 single reads at 2/s take a minute of the 5-minute round.
 */
export const PER_USER_READ_LIMIT = 120;
export const WORK_PACE_MS = 500;
export const IDLE_LOOK_MS = 30_000;

type Task =
  | { kind: 'role-names' }
  | { kind: 'role'; name: string; last: boolean }
  | { kind: 'user'; username: string; last: boolean; fill: boolean }
  | { kind: 'directory'; presence: boolean };

export interface TeamSyncOptions {
  api: Pick<PbxApi, 'role' | 'identity'>;
  clock: Clock;
  log: Logger;
  loop: SessionContext['loop'];
  /** Whether the panel is open now. */
  watching(): boolean;
  /** Usernames whose presence to read, favourites first. */
  board(): readonly string[];
  /** Size of the PBX's user list when it was read once; null when unknown. */
  directorySize(): number | null;
  onRoles(reading: RoleReading): void;
  onUser(username: string, user: PbxUser | null): void;
  onDirectory(users: PbxUser[]): void;
  /** A round of presence reads finished. */
  onPresenceRound(): void;
  /** The user list, read at most once at a time (shared with the search). */
  readDirectory(signal: AbortSignal): Promise<PbxUser[]>;
}

export class TeamSync {
  readonly #o: TeamSyncOptions;
  readonly #loop: PollLoop;
  #tasks: Task[] = [];
  #rolesAtMs: number | null = null;
  #presenceAtMs: number | null = null;
  #renameCheckAtMs: number | null = null;
  #presenceWanted = false;
  /** The one round at connect, panel closed or not, that gives the rows their names and extensions. */
  #filled = false;
  #renameWanted = false;
  #roles: { name: string; members: string[] }[] = [];

  constructor(options: TeamSyncOptions) {
    this.#o = options;
    this.#loop = options.loop({
      name: 'team',
      intervalMs: () => (this.#hasWork() ? WORK_PACE_MS : IDLE_LOOK_MS),
      run: (signal) => this.#tick(signal),
    });
  }

  start(): void {
    this.#loop.start();
  }

  stop(): void {
    this.#loop.stop();
    this.#tasks = [];
  }

  /** The panel opened: read presence unless it is fresh. */
  panelOpened(): void {
    const now = this.#o.clock.monotonicMs();
    if (this.#presenceAtMs === null || now - this.#presenceAtMs >= PRESENCE_FRESH_MS) {
      this.#presenceWanted = true;
      this.#loop.pollNow();
    }
  }

  /** The panel closed: presence reads still queued are not needed any more (the connect round's are). */
  panelClosed(): void {
    this.#tasks = this.#tasks.filter(
      (task) => (task.kind !== 'user' || task.fill) && !(task.kind === 'directory' && task.presence),
    );
  }

  /** A favourite is not found: look for it under another name (at most every 10 minutes). */
  checkRenames(): void {
    const now = this.#o.clock.monotonicMs();
    if (this.#renameCheckAtMs !== null && now - this.#renameCheckAtMs < RENAME_CHECK_INTERVAL_MS) return;
    this.#renameWanted = true;
    this.#loop.pollNow();
  }

  async #tick(signal: AbortSignal): Promise<void> {
    if (this.#tasks.length === 0) this.#plan();
    const task = this.#tasks[0];
    if (!task) return;
    await this.#run(task, signal);
    // Done: the next one waits for the next run (a failure above leaves it first in the queue).
    if (this.#tasks[0] === task) this.#tasks.shift();
  }

  /** Something is queued or due now: the next run comes at the work pace, not the idle look. */
  #hasWork(): boolean {
    return this.#tasks.length > 0 || this.#renameWanted || this.#rolesDue() || this.#presenceDue();
  }

  #rolesDue(): boolean {
    return this.#rolesAtMs === null || this.#o.clock.monotonicMs() - this.#rolesAtMs >= ROLES_INTERVAL_MS;
  }

  #presenceDue(): boolean {
    if (!this.#o.watching()) return !this.#filled;
    const at = this.#presenceAtMs;
    return this.#presenceWanted || at === null || this.#o.clock.monotonicMs() - at >= PRESENCE_INTERVAL_MS;
  }

  #plan(): void {
    const now = this.#o.clock.monotonicMs();
    if (this.#rolesDue()) {
      this.#rolesAtMs = now;
      this.#tasks.push({ kind: 'role-names' });
      return;
    }
    if (this.#renameWanted) {
      this.#renameWanted = false;
      this.#renameCheckAtMs = now;
      this.#tasks.push({ kind: 'directory', presence: false });
      return;
    }
    if (!this.#presenceDue()) return;
    // Once at connect, after the roles, the board's people are read even with the panel closed, so
    // that its first opening shows names and extensions at once instead of filling in over the next
    // seconds (2 reads a second); a board that would need the whole user list waits for the panel.
    const fill = !this.#o.watching();
    this.#filled = true;
    const board = this.#o.board();
    const size = this.#o.directorySize();
    // One list of the whole PBX costs less than many single reads once the board is a large part of it.
    const perUser = board.length <= PER_USER_READ_LIMIT && (size === null || board.length * 2 < size);
    if (fill && !perUser) return;
    this.#presenceWanted = false;
    this.#presenceAtMs = now;
    if (board.length === 0) {
      this.#o.onPresenceRound();
      return;
    }
    if (!perUser) {
      this.#tasks.push({ kind: 'directory', presence: true });
      return;
    }
    board.forEach((username, index) => {
      this.#tasks.push({ kind: 'user', username, last: index === board.length - 1, fill });
    });
  }

  async #run(task: Task, signal: AbortSignal): Promise<void> {
    const { api } = this.#o;
    switch (task.kind) {
      case 'role-names': {
        const names = await this.#readRoles(() => api.role.listNames('xmpp.group', { signal }));
        if (names === 'unreadable') return;
        this.#roles = [];
        if (names.length === 0) {
          this.#o.onRoles({ kind: 'roles', roles: [] });
          return;
        }
        // After this task: one run per role, then the roles are swapped in at once.
        this.#tasks.splice(
          1,
          0,
          ...names.map((name, i) => ({ kind: 'role' as const, name, last: i === names.length - 1 })),
        );
        return;
      }
      case 'role': {
        const role = await this.#readRoles(() => api.role.get(task.name, { signal }));
        if (role === 'unreadable') return;
        if (role) this.#roles.push({ name: role.name, members: role.members });
        if (task.last) this.#o.onRoles({ kind: 'roles', roles: this.#roles });
        return;
      }
      case 'user': {
        if (!this.#o.watching() && !task.fill) return;
        this.#o.onUser(task.username, await api.identity.getUser(task.username, { signal }));
        if (task.last) this.#o.onPresenceRound();
        return;
      }
      case 'directory': {
        this.#o.onDirectory(await this.#o.readDirectory(signal));
        if (task.presence) this.#o.onPresenceRound();
        return;
      }
    }
  }

  /**
   * Roles the API user may not read (403), a PBX without the resource (404): the board is the
   * favourites alone, and the roles are not asked again until the next 30-minute look. A 403 here
   * must not stop the session's loops as a refused login would: the REST user simply lacks a right.
   */
  async #readRoles<T>(read: () => Promise<T>): Promise<T | 'unreadable'> {
    try {
      return await read();
    } catch (error) {
      if (!isPbxError(error) || (error.kind !== 'forbidden' && error.kind !== 'not-found')) throw error;
      this.#o.log.log('info', 'team roles not readable; favourites only', { kind: error.kind });
      this.#tasks = this.#tasks.filter((task) => task.kind !== 'role');
      this.#o.onRoles({
        kind: 'unreadable',
        reason: error.kind === 'forbidden' ? 'roles-forbidden' : 'roles-missing',
      });
      return 'unreadable';
    }
  }
}
