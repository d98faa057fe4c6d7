/**
 * Changes to the favourites and the hidden list, as pure steps on the settings section: add at
 * the end, remove, move to a place in the order, hide and show again, follow a rename. Each keeps
 * the order of everyone else and the limits of the settings (a full list refuses, never drops).
 */
import { teamLimits } from '../../shared/features/team';
import { CommandFailure } from '../commands/dispatch';
import type { PbxUser } from '../pbx/index';
import type { TeamPerson, TeamSettings } from './settings';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function personFromUser(user: PbxUser): TeamPerson {
  return { username: user.username, name: user.displayName, extension: user.extension, userId: user.id };
}

export function withFavourite(
  settings: TeamSettings,
  person: TeamPerson,
  favourite: boolean,
): Pick<TeamSettings, 'favourites'> {
  const others = settings.favourites.filter((entry) => !same(entry.username, person.username));
  if (!favourite) return { favourites: others };
  const existing = settings.favourites.find((entry) => same(entry.username, person.username));
  if (existing) return { favourites: settings.favourites };
  if (others.length >= teamLimits.favourites)
    throw new CommandFailure({ kind: 'invalid-input', detail: 'team-too-many-favourites' });
  return { favourites: [...others, person] };
}

export function withFavouriteAt(
  settings: TeamSettings,
  username: string,
  index: number,
): Pick<TeamSettings, 'favourites'> {
  const moving = settings.favourites.find((entry) => same(entry.username, username));
  if (!moving) throw new CommandFailure({ kind: 'not-found', detail: 'team-no-such-favourite' });
  const others = settings.favourites.filter((entry) => entry !== moving);
  const at = Math.max(0, Math.min(index, others.length));
  return { favourites: [...others.slice(0, at), moving, ...others.slice(at)] };
}

export function withHidden(
  settings: TeamSettings,
  person: TeamPerson,
  hidden: boolean,
): Pick<TeamSettings, 'hidden'> {
  const others = settings.hidden.filter((entry) => !same(entry.username, person.username));
  if (!hidden) return { hidden: others };
  if (others.length >= teamLimits.hidden)
    throw new CommandFailure({ kind: 'invalid-input', detail: 'team-too-many-hidden' });
  return { hidden: others.length === settings.hidden.length ? [...others, person] : settings.hidden };
}

/** Favourites and hidden people renamed on the PBX follow the new name (found by user id). */
export function withRenames(
  settings: TeamSettings,
  renames: readonly { from: string; to: PbxUser }[],
): Pick<TeamSettings, 'favourites' | 'hidden'> | null {
  if (renames.length === 0) return null;
  const follow = (entry: TeamPerson): TeamPerson => {
    const rename = renames.find((candidate) => same(candidate.from, entry.username));
    return rename ? personFromUser(rename.to) : entry;
  };
  const unique = (people: TeamPerson[]) =>
    people.filter(
      (entry, index) => people.findIndex((other) => same(other.username, entry.username)) === index,
    );
  return {
    favourites: unique(settings.favourites.map(follow)),
    hidden: unique(settings.hidden.map(follow)),
  };
}
