/**
 * Who is on the board, decided the way the pascom client decides it: the members of the agent's
 * `xmpp.group` roles, plus the agent's favourites (kept locally), minus anyone the agent hid, never
 * the agent. Where the roles cannot be read (refused, missing, none, or the agent is in none), the
 * board is the favourites alone and says why.
 */
import type { TeamScopeReason } from '../../shared/features/team';

/** What reading the roles gave. */
export type RoleReading =
  | { kind: 'roles'; roles: readonly { name: string; members: readonly string[] }[] }
  | { kind: 'unreadable'; reason: Exclude<TeamScopeReason, 'not-in-role'> };

export interface BoardScope {
  /** Favourites first, in their order, then role members (in role order; the board sorts them by name). */
  usernames: string[];
  favourites: ReadonlySet<string>;
  /** The roles the agent is a member of. */
  roles: string[];
  reason: TeamScopeReason | null;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function scopeBoard(options: {
  me: string;
  roles: RoleReading | null;
  favourites: readonly string[];
  hidden: readonly string[];
}): BoardScope {
  const { me, roles } = options;
  const mine =
    roles?.kind === 'roles'
      ? roles.roles.filter((role) => role.members.some((member) => same(member, me)))
      : [];
  let reason: TeamScopeReason | null = null;
  if (roles?.kind === 'unreadable') reason = roles.reason;
  else if (roles?.kind === 'roles' && roles.roles.length === 0) reason = 'no-roles';
  else if (roles?.kind === 'roles' && mine.length === 0) reason = 'not-in-role';
  const hidden = new Set(options.hidden.map((name) => name.toLowerCase()));
  const usernames: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    const key = name.toLowerCase();
    if (seen.has(key) || hidden.has(key) || same(name, me)) return;
    seen.add(key);
    usernames.push(name);
  };
  for (const favourite of options.favourites) add(favourite);
  const favourites = new Set(usernames);
  for (const role of mine) for (const member of role.members) add(member);
  return { usernames, favourites, roles: mine.map((role) => role.name), reason };
}
