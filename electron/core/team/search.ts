/**
 * Finding a user of the whole PBX by what the agent types: each word must start a word of the
 * name, or start the username or the extension ("ann mey", "ameyer", "20"). Accents and case do
 * not matter. Names that start with the query rank first, then by name.
 */
import type { PbxUser } from '../pbx/index';

/** Lower case, without accents (ü -> u, ß -> ss), for comparing. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

interface Indexed {
  user: PbxUser;
  words: string[];
  name: string;
}

const index = new WeakMap<readonly PbxUser[], Indexed[]>();

function indexed(users: readonly PbxUser[]): Indexed[] {
  let entries = index.get(users);
  if (!entries) {
    entries = users.map((user) => {
      const name = foldForSearch(user.displayName);
      return {
        user,
        name,
        words: [...name.split(/[\s,.\-()]+/), foldForSearch(user.username), user.extension ?? ''].filter(
          Boolean,
        ),
      };
    });
    index.set(users, entries);
  }
  return entries;
}

export function searchUsers(users: readonly PbxUser[], query: string, limit: number): PbxUser[] {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const hits = indexed(users).filter((entry) =>
    terms.every((term) => entry.words.some((word) => word.startsWith(term))),
  );
  const first = terms.join(' ');
  hits.sort(
    (a, b) =>
      Number(b.name.startsWith(first)) - Number(a.name.startsWith(first)) || a.name.localeCompare(b.name),
  );
  return hits.slice(0, limit).map((entry) => entry.user);
}
