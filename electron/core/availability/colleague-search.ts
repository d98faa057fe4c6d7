/**
 * Colleagues to forward to: a small search over the PBX's users (`GET /identity/`), by name,
 * username or extension (`phonebook/user-search.ts`, shared with the team board). The list is
 * asked for once when the agent first searches and kept for a few minutes, so typing costs no
 * request per key; on a PBX of thousands of users that one answer
 * is large, which is why it is never part of the idle loop. Favourites belong to the team board
 * (another feature); this search does not read them.
 */
import type { ColleagueView } from '../../shared/features/availability';
import type { PbxUser } from '../pbx/index';
import { searchUsers } from '../phonebook/user-search';

export const USERS_KEPT_MS = 5 * 60_000;
export const MAX_COLLEAGUES = 8;

export class ColleagueSearch {
  #users: { readAtMs: number; list: readonly PbxUser[] } | null = null;

  /** Users last read (monotonic ms), if still usable; null: read them again. */
  cached(nowMs: number): readonly PbxUser[] | null {
    return this.#users !== null && nowMs - this.#users.readAtMs < USERS_KEPT_MS ? this.#users.list : null;
  }

  remember(list: readonly PbxUser[], nowMs: number): void {
    this.#users = { readAtMs: nowMs, list };
  }

  forget(): void {
    this.#users = null;
  }
}

/**
 * Colleagues for `query` as the team board finds users (each word starts a word of the name, or
 * the username or extension; `schae` finds Schäfer), never the agent, nobody without an extension
 * or disabled.
 */
export function findColleagues(users: readonly PbxUser[], query: string, agent: string): ColleagueView[] {
  const reachable = users.filter(
    (user) => user.username !== agent && user.extension !== null && user.enabled,
  );
  return searchUsers(reachable, query, MAX_COLLEAGUES).map((user) => ({
    username: user.username,
    displayName: user.displayName,
    extension: user.extension ?? '',
  }));
}
