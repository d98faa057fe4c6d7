/**
 * The users of a large demo PBX (`startDemoPbx({ userCount: 2000 })`, `--users 2000`): the eleven
 * demo users plus generated colleagues, for the team-board benchmarks. Deterministic from the seed:
 * the same seed and count give the same users, names, extensions and presence.
 */
import { asciiFold, FIRST_NAMES, SURNAMES } from './names';
import type { Random } from './random';
import type { UserPlan } from './users';

/** The demo users every PBX has (data/users.ts); a smaller `userCount` is refused. */
export const DEMO_USER_COUNT = 11;
/** The most users a demo PBX simulates. */
export const MAX_USER_COUNT = 10_000;
/** Generated users have 4- or 5-digit extensions, clear of the demo's 1xx-5xx numbers. */
const FIRST_EXTENSION = 1000;

const PRESENCES: readonly (readonly [state: string | null, text: string | null])[] = [
  ['USER_AVAILABLE', 'Verfügbar'],
  ['USER_AVAILABLE', null],
  ['USER_AWAY', 'Bin gleich zurück'],
  ['USER_AWAY', 'Mittagspause'],
  ['USER_BUSY', 'Im Meeting'],
  ['USER_BUSY', 'Bitte nicht stören'],
  [null, null],
];

/**
 * `count` generated users (extensions from 1000, ASCII usernames like `jmueller2`, unique and none
 * of `reserved`).
 */
export function bulkUserPlans(random: Random, count: number, reserved: readonly string[]): UserPlan[] {
  const plans: UserPlan[] = [];
  const taken = new Set<string>(reserved);
  for (let i = 0; i < count; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(SURNAMES);
    const base = asciiFold(`${first.slice(0, 1)}${last}`).toLowerCase() || 'user';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    const [presenceState, statusText] = random.pick(PRESENCES);
    const online = random.chance(0.75);
    plans.push({
      name,
      displayName: `${first} ${last}`,
      extension: String(FIRST_EXTENSION + i),
      defaultDevice: online ? 'softphone' : 'none',
      presence: online ? 'Idle' : 'Unavailable',
      presenceState,
      statusText,
    });
  }
  return plans;
}
