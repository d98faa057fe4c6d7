import { describe, expect, test } from 'vitest';
import { CommandFailure } from '../../../../electron/core/commands/dispatch';
import {
  withFavourite,
  withFavouriteAt,
  withHidden,
  withRenames,
} from '../../../../electron/core/team/favourites';
import type { TeamPerson, TeamSettings } from '../../../../electron/core/team/settings';
import { teamLimits } from '../../../../electron/shared/features/team';

const person = (username: string): TeamPerson => ({
  username,
  name: username.toUpperCase(),
  extension: null,
  userId: null,
});
const settings = (favourites: string[], hidden: string[] = []): TeamSettings => ({
  favourites: favourites.map(person),
  hidden: hidden.map(person),
  announceFavourites: false,
});
const names = (people: TeamPerson[]) => people.map((entry) => entry.username);

describe('favourites and hidden people', () => {
  test('added at the end once, removed from anywhere', () => {
    expect(names(withFavourite(settings(['a', 'b']), person('c'), true).favourites)).toEqual(['a', 'b', 'c']);
    expect(names(withFavourite(settings(['a', 'b']), person('A'), true).favourites)).toEqual(['a', 'b']);
    expect(names(withFavourite(settings(['a', 'b', 'c']), person('b'), false).favourites)).toEqual([
      'a',
      'c',
    ]);
  });

  test('moved to a place in the order, clamped to the list', () => {
    expect(names(withFavouriteAt(settings(['a', 'b', 'c']), 'c', 0).favourites)).toEqual(['c', 'a', 'b']);
    expect(names(withFavouriteAt(settings(['a', 'b', 'c']), 'a', 1).favourites)).toEqual(['b', 'a', 'c']);
    expect(names(withFavouriteAt(settings(['a', 'b', 'c']), 'a', 99).favourites)).toEqual(['b', 'c', 'a']);
    expect(() => withFavouriteAt(settings(['a']), 'x', 0)).toThrow(CommandFailure);
  });

  test('a full list refuses the next one instead of dropping one', () => {
    const full = settings(Array.from({ length: teamLimits.favourites }, (_, i) => `u${i}`));
    expect(() => withFavourite(full, person('one-more'), true)).toThrow('team-too-many-favourites');
  });

  test('hidden and shown again', () => {
    expect(names(withHidden(settings([]), person('a'), true).hidden)).toEqual(['a']);
    expect(names(withHidden(settings([], ['a']), person('a'), true).hidden)).toEqual(['a']);
    expect(names(withHidden(settings([], ['a', 'b']), person('a'), false).hidden)).toEqual(['b']);
  });

  test('a rename on the PBX moves the favourite to the new username in its place', () => {
    const renamed = withRenames(settings(['a', 'jgeissler', 'c'], ['jgeissler']), [
      {
        from: 'jgeissler',
        to: { id: 7, username: 'jschmidt', displayName: 'Julia Schmidt', extension: '202' } as never,
      },
    ]);
    expect(renamed?.favourites.map((entry) => [entry.username, entry.name, entry.userId])).toEqual([
      ['a', 'A', null],
      ['jschmidt', 'Julia Schmidt', 7],
      ['c', 'C', null],
    ]);
    expect(names(renamed?.hidden ?? [])).toEqual(['jschmidt']);
    expect(withRenames(settings(['a']), [])).toBeNull();
  });
});
