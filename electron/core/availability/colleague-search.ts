/**
 * Colleagues to forward to: a small search over the PBX's users (`GET /identity/`), by name,
 * username or extension. The list is asked for once when the agent first searches and kept for a
 * few minutes, so typing costs no request per key; on a PBX of thousands of users that one answer
 * is large, which is why it is never part of the idle loop. Favourites belong to the team board
 * (another feature); this search does not read them.
 */
import type { ColleagueView } from '../../shared/features/availability';
import type { PbxUser } from '../pbx/index';
import { fold } from '../phonebook/phonebook-index';

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

/** `schae` finds Schäfer: German keyboards without umlauts write them as ae, oe, ue. */
const umlautSpelling = (word: string) => word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');

/**
 * Colleagues whose name has words starting with every word of `query` (accents ignored, `ae` for
 * `ä`), or whose username or extension starts with it; never the agent, nobody without an
 * extension or disabled.
 */
export function findColleagues(users: readonly PbxUser[], query: string, agent: string): ColleagueView[] {
  const words = fold(query).split(' ').filter(Boolean);
  const plain = query.trim().toLowerCase();
  if (words.length === 0 && plain === '') return [];
  const matches = users.filter((user) => {
    if (user.username === agent || user.extension === null || !user.enabled) return false;
    if (user.username.toLowerCase().startsWith(plain) || user.extension.startsWith(plain)) return true;
    const name = ` ${fold(user.displayName)}`;
    return (
      words.length > 0 &&
      words.every((word) => name.includes(` ${word}`) || name.includes(` ${umlautSpelling(word)}`))
    );
  });
  return matches
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .slice(0, MAX_COLLEAGUES)
    .map((user) => ({
      username: user.username,
      displayName: user.displayName,
      extension: user.extension ?? '',
    }));
}
