/**
 * What the availability loop reads, and when. The PBX is shared and availability changes rarely,
 * so an idle agent costs at most one small request a minute: each tick reads the one thing that is
 * most overdue (the forward first, because agents forget forwards, then the active profile, the
 * picked switches and the location). A window that shows availability reads everything that is
 * not fresh at once and then ticks every 15 s. The lists that hardly ever change (the profiles,
 * the location roles, the agent's mobile) are read only then, never by an idle tick.
 */

/** One request each, except `roles` (the list of location.group roles, then each role). */
export const readKeys = ['me', 'profiles', 'forward', 'roles', 'location', 'switches', 'mobile'] as const;
export type ReadKey = (typeof readKeys)[number];

export const IDLE_TICK_MS = 60_000;
export const WATCHED_TICK_MS = 15_000;

/** The keys an idle tick may read: one small request each. */
const tickKeys: readonly ReadKey[] = ['forward', 'me', 'switches', 'location'];

/** How old each key may get before a tick reads it again (idle / watched). */
const maxAgeMs: Record<ReadKey, { idle: number; watched: number }> = {
  forward: { idle: 2 * 60_000, watched: 30_000 },
  me: { idle: 6 * 60_000, watched: 30_000 },
  switches: { idle: 6 * 60_000, watched: 30_000 },
  location: { idle: 12 * 60_000, watched: 60_000 },
  profiles: { idle: Number.POSITIVE_INFINITY, watched: 60_000 },
  roles: { idle: Number.POSITIVE_INFINITY, watched: 15 * 60_000 },
  mobile: { idle: Number.POSITIVE_INFINITY, watched: 30 * 60_000 },
};

/** A full read leaves out what was read this recently (a panel opened twice in a row). */
export const FRESH_MS = 10_000;

export interface ReadPlanInput {
  /** Monotonic now. */
  nowMs: number;
  watched: boolean;
  /** When each key was last read (monotonic); null: never. */
  readAtMs: Readonly<Record<ReadKey, number | null>>;
  /** Keys with nothing to read: a hidden part, no switches picked, no extension. */
  skip: ReadonlySet<ReadKey>;
}

const order = (keys: readonly ReadKey[]): ReadKey[] => readKeys.filter((key) => keys.includes(key));

/**
 * A window opened, or the session started: every key never read, and every key a watching window
 * would call stale, in dependency order (`me` names the extension the forward is read for and the
 * phonebook entry of the mobile; `roles` decide which locations are shown).
 */
export function fullRead(input: ReadPlanInput): ReadKey[] {
  return order(
    readKeys.filter((key) => {
      if (input.skip.has(key)) return false;
      const readAt = input.readAtMs[key];
      if (readAt === null) return true;
      // What a tick keeps fresh is read again unless just read; the rare lists when a window would call them stale.
      const limit = tickKeys.includes(key) ? FRESH_MS : maxAgeMs[key].watched;
      return input.nowMs - readAt >= limit;
    }),
  );
}

/**
 * A tick: the forward when it is due (it goes first: an agent must learn of a forward set
 * elsewhere), else the one key most overdue for its age, or none (then the tick sends nothing).
 */
export function tickRead(input: ReadPlanInput): ReadKey | null {
  let best: { key: ReadKey; overdue: number } | null = null;
  for (const key of tickKeys) {
    if (input.skip.has(key)) continue;
    const readAt = input.readAtMs[key];
    const limit = input.watched ? maxAgeMs[key].watched : maxAgeMs[key].idle;
    const overdue = readAt === null ? Number.POSITIVE_INFINITY : (input.nowMs - readAt) / limit;
    if (overdue < 1) continue;
    if (key === 'forward') return key;
    if (best === null || overdue > best.overdue) best = { key, overdue };
  }
  return best?.key ?? null;
}

export function tickIntervalMs(watched: boolean): number {
  return watched ? WATCHED_TICK_MS : IDLE_TICK_MS;
}
