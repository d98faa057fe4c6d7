/**
 * The board's rows from what the app knows: who is on it (scope.ts), what it knows of each person
 * (people.ts) and of their line (lines.ts), and the favourites' last known names (the settings).
 * Favourites come first in the agent's order, then everyone else by name. A role member the PBX
 * no longer knows leaves the board; a favourite stays, greyed, until the agent removes it.
 */
import type { TeamMemberView } from '../../shared/features/team';
import type { LineStates } from './lines';
import type { People } from './people';
import type { BoardScope } from './scope';
import type { TeamPerson } from './settings';

const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });

export function buildBoard(options: {
  scope: BoardScope;
  people: People;
  lines: LineStates | null;
  favourites: readonly TeamPerson[];
}): TeamMemberView[] {
  const { scope, people, lines } = options;
  const saved = new Map(options.favourites.map((person) => [person.username.toLowerCase(), person]));
  const favourites: TeamMemberView[] = [];
  const others: TeamMemberView[] = [];
  for (const username of scope.usernames) {
    const favourite = scope.favourites.has(username);
    const person = people.get(username);
    const stored = saved.get(username.toLowerCase());
    const found = person?.found !== false;
    if (!found && !favourite) continue;
    const row: TeamMemberView = {
      username,
      name: person?.name ?? stored?.name ?? username,
      extension: person?.extension ?? stored?.extension ?? null,
      favourite,
      found,
      line: found ? (lines?.get(username) ?? null) : null,
      presence: person?.presence ?? 'unknown',
      statusText: person?.statusText ?? null,
    };
    (favourite ? favourites : others).push(row);
  }
  others.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.username, b.username));
  return [...favourites, ...others];
}
