/**
 * Finding a user of the whole PBX by what the agent types (the team board's "Everyone on the PBX"
 * and availability's forward to a colleague): each word must start a word of the name, or start
 * the username or the extension ("ann mey", "ameyer", "20"). Accents and case do not matter, and
 * umlauts may be typed as German writes them without ("schaefer" finds Schäfer), as in the
 * phonebook. Names that start with the query rank first, then by name.
 */
import type { PbxUser } from '../pbx/index';
import { fold, foldSpelled, nameText } from './search-text';

interface Indexed {
  user: PbxUser;
  words: string[];
  /** The name folded, and as written without umlauts. */
  names: [string, string];
}

const index = new WeakMap<readonly PbxUser[], Indexed[]>();

function indexed(users: readonly PbxUser[]): Indexed[] {
  let entries = index.get(users);
  if (!entries) {
    entries = users.map((user) => ({
      user,
      names: [fold(user.displayName), foldSpelled(user.displayName)],
      words: [
        ...nameText(user.displayName).split(' '),
        ...fold(user.username).split(' '),
        user.extension ?? '',
      ].filter(Boolean),
    }));
    index.set(users, entries);
  }
  return entries;
}

export function searchUsers(users: readonly PbxUser[], query: string, limit: number): PbxUser[] {
  const terms = fold(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const hits = indexed(users).filter((entry) =>
    terms.every((term) => entry.words.some((word) => word.startsWith(term))),
  );
  const typed = terms.join(' ');
  const startsWithTyped = (entry: Indexed) => entry.names.some((name) => name.startsWith(typed));
  hits.sort(
    (a, b) => Number(startsWithTyped(b)) - Number(startsWithTyped(a)) || a.names[0].localeCompare(b.names[0]),
  );
  return hits.slice(0, limit).map((entry) => entry.user);
}
