/**
 * The board's filter box: each word the agent types must start a word of the name, or start the
 * username or the extension ("ann mey", "ameyer", "20"). Accents and case do not matter. The folded
 * words are computed once per board (not per key press), so filtering 2,000 colleagues stays well
 * under a frame (test/bench/team.bench.ts prints the p95).
 */
import type { TeamMemberView } from '../../../electron/shared/features/team';

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

export interface FilterIndex {
  readonly members: readonly TeamMemberView[];
  readonly words: readonly (readonly string[])[];
}

export function filterIndexOf(members: readonly TeamMemberView[]): FilterIndex {
  return {
    members,
    words: members.map((member) =>
      [...fold(member.name).split(/[\s,.\-()/]+/), fold(member.username), member.extension ?? ''].filter(
        Boolean,
      ),
    ),
  };
}

export function filterMembers(index: FilterIndex, query: string): TeamMemberView[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...index.members];
  const shown: TeamMemberView[] = [];
  index.members.forEach((member, position) => {
    const words = index.words[position] ?? [];
    if (terms.every((term) => words.some((word) => word.startsWith(term)))) shown.push(member);
  });
  return shown;
}
