import { describe, expect, test } from 'vitest';
import { teamSettings } from '../../../../electron/core/team/settings';

describe("the team board's settings section", () => {
  test('defaults: no favourites, nobody hidden, no announcements', () => {
    expect(teamSettings.schema.parse(undefined)).toEqual({
      favourites: [],
      hidden: [],
      announceFavourites: false,
    });
  });

  test('a hand-edited favourite that does not parse, or one listed twice, is dropped; the rest keep their order', () => {
    const section = teamSettings.schema.parse({
      favourites: [
        { username: 'hvoss', name: 'Hanna Voss', extension: '230', userId: 9 },
        { username: '', name: 'empty' },
        'ameyer',
        { username: 'agrassl', name: 'Andreas Grassl' },
        { username: 'hvoss', name: 'again' },
      ],
      hidden: 'not a list',
      announceFavourites: 'yes',
    });
    expect(section).toEqual({
      favourites: [
        { username: 'hvoss', name: 'Hanna Voss', extension: '230', userId: 9 },
        { username: 'agrassl', name: 'Andreas Grassl', extension: null, userId: null },
      ],
      hidden: [],
      announceFavourites: false,
    });
  });
});
