import { describe, expect, test } from 'vitest';
import type { PbxUser } from '../../../../electron/core/pbx/index';
import { searchUsers } from '../../../../electron/core/phonebook/user-search';

const user = (username: string, displayName: string, extension: string | null) =>
  ({ id: 1, username, displayName, extension }) as PbxUser;
const users = [
  user('jgeissler', 'Julia Geißler', '202'),
  user('ameyer', 'Anna Meyer', '230'),
  user('gmeyer', 'Günther Meyer-Lansky', '231'),
  user('oezlem', 'Özlem Kaya', '260'),
];
const found = (query: string, limit = 10) => searchUsers(users, query, limit).map((hit) => hit.username);

describe('search over every user of the PBX', () => {
  test('each word starts a word of the name; accents, ß and case do not matter', () => {
    expect(found('meyer')).toEqual(['ameyer', 'gmeyer']);
    expect(found('ann mey')).toEqual(['ameyer']);
    expect(found('GEISSLER')).toEqual(['jgeissler']);
    expect(found('ozlem')).toEqual(['oezlem']);
    expect(found('lansky')).toEqual(['gmeyer']);
    expect(found('eyer')).toEqual([]);
  });

  test('umlauts may be typed as German writes them without; such a name still ranks as starting with it', () => {
    expect(found('guenther')).toEqual(['gmeyer']);
    expect(found('oezl')).toEqual(['oezlem']);
    // Written "Oezlem Kaya", her name starts with "oe": before Anna Oehler, whose only word does.
    const withOehler = [
      ...users,
      user('aoehler', 'Anna Oehler', '270'),
      user('t.weber', 'Tina Sander', '221'),
    ];
    // A username is split where a name would be.
    expect(searchUsers(withOehler, 't.web', 10).map((hit) => hit.username)).toEqual(['t.weber']);
    expect(searchUsers(withOehler, 'oe', 10).map((hit) => hit.username)).toEqual(['oezlem', 'aoehler']);
  });

  test('by username or extension; names starting with the query first; at most `limit`; nothing for blanks', () => {
    expect(found('23')).toEqual(['ameyer', 'gmeyer']);
    expect(found('oez')).toEqual(['oezlem']);
    expect(found('g')).toEqual(['gmeyer', 'jgeissler']);
    expect(found('meyer', 1)).toEqual(['ameyer']);
    expect(found('   ')).toEqual([]);
  });
});
