/**
 * The board's filter box: each word the agent types must start a word of the name, or start the
 * username or the extension ("ann mey", "ameyer", "20"). Accents and case do not matter, and an
 * umlaut may be typed as ae/oe/ue, as in every search of the app (`shared/name-fold.ts`). The folded
 * words are computed once per person (not per key press, nor per line change), so filtering 2,000
 * colleagues stays well under a frame (test/bench/team-board.bench.ts prints the p95).
 */
import type { TeamMemberView } from '../../../electron/shared/features/team';
import { fold, nameText } from '../../../electron/shared/name-fold';

export interface FilterIndex {
  readonly members: readonly TeamMemberView[];
  readonly words: readonly (readonly string[])[];
}

/**
 * Folded words by person: the board's members are new objects on every line change (once a second
 * while a colleague's state changes), but their names rarely change, so folding is done once per
 * name. Bounded: cleared when it outgrows a large PBX.
 */
const folded = new Map<string, readonly string[]>();
const FOLDED_LIMIT = 20_000;

function wordsOf(member: TeamMemberView): readonly string[] {
  const key = `${member.username}\u0000${member.name}\u0000${member.extension ?? ''}`;
  let words = folded.get(key);
  if (!words) {
    words = [
      ...nameText(member.name).split(' '),
      ...fold(member.username).split(' '),
      member.extension ?? '',
    ].filter(Boolean);
    if (folded.size >= FOLDED_LIMIT) folded.clear();
    folded.set(key, words);
  }
  return words;
}

export function filterIndexOf(members: readonly TeamMemberView[]): FilterIndex {
  return { members, words: members.map(wordsOf) };
}

export function filterMembers(index: FilterIndex, query: string): TeamMemberView[] {
  const terms = fold(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [...index.members];
  const shown: TeamMemberView[] = [];
  index.members.forEach((member, position) => {
    const words = index.words[position] ?? [];
    if (terms.every((term) => words.some((word) => word.startsWith(term)))) shown.push(member);
  });
  return shown;
}
