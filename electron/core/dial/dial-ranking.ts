/**
 * The order of the dial box's suggestions, as an agent expects it after typing part of a name:
 * a name that starts with what was typed, then a name with a word that starts with it, then a
 * contact whose organisation matches, and last a match inside a word. Case and accents never
 * matter (`mul` is Müller), and umlauts may be typed as German writes them without (`mueller`).
 * Within a rank: private contacts first, then by name.
 */
import { type ContactMatch, fold, foldSpelled, nameText } from '../phonebook/phonebook-index';

export const matchRanks = ['name-prefix', 'word-prefix', 'organisation', 'substring'] as const;
export type MatchRank = (typeof matchRanks)[number];

/** Folded words, those with an umlaut also as written without (`Müller`: muller, mueller). */
function words(text: string | null): string[] {
  return text ? nameText(text).split(' ').filter(Boolean) : [];
}

/** Every query word starts one of `target`'s words. */
function allStartWords(query: string[], target: string[]): boolean {
  return query.every((word) => target.some((candidate) => candidate.startsWith(word)));
}

/** How `query` matches this contact; null when it does not (the caller filtered already). */
export function matchRank(query: string, name: string, organisation: string | null): MatchRank | null {
  const queryWords = fold(query).split(' ').filter(Boolean);
  if (queryWords.length === 0) return null;
  const nameWords = words(name);
  const typed = queryWords.join(' ');
  if (fold(name).startsWith(typed) || foldSpelled(name).startsWith(typed)) return 'name-prefix';
  if (allStartWords(queryWords, nameWords)) return 'word-prefix';
  if (allStartWords(queryWords, [...nameWords, ...words(organisation)])) return 'organisation';
  const haystack = `${nameText(name)} ${nameText(organisation ?? '')}`;
  return queryWords.every((word) => haystack.includes(word)) ? 'substring' : null;
}

const sourceOrder = { private: 0, global: 1 } as const;

/** The matches in the dial box's order; matches of no rank (a number search) keep their order after. */
export function rankNameMatches(query: string, matches: readonly ContactMatch[]): ContactMatch[] {
  const ranked = matches.map((match, index) => {
    const rank = matchRank(query, match.contact.displayName, match.contact.organisation);
    return { match, index, rank: rank === null ? matchRanks.length : matchRanks.indexOf(rank) };
  });
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      sourceOrder[a.match.contact.source] - sourceOrder[b.match.contact.source] ||
      a.match.contact.displayName.localeCompare(b.match.contact.displayName) ||
      a.index - b.index,
  );
  return ranked.map((entry) => entry.match);
}
