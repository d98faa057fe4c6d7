import { describe, expect, test } from 'vitest';
import type { PbxUser } from '../../../../electron/core/pbx/index';
import { buildBoard } from '../../../../electron/core/team/board';
import { LineStates } from '../../../../electron/core/team/lines';
import { People } from '../../../../electron/core/team/people';
import { scopeBoard } from '../../../../electron/core/team/scope';

function user(username: string, displayName: string, extension: string, id: number): PbxUser {
  return {
    id,
    username,
    displayName,
    extension,
    mailbox: null,
    email: null,
    enabled: true,
    state: 'USER_AWAY',
    presence: 'away',
    statusText: 'Mittagspause',
    activeProfileId: null,
    callerIdNumber: null,
    faxExtension: null,
    lastLogin: null,
    phonebookEntryId: null,
  };
}

const roles = {
  kind: 'roles' as const,
  roles: [{ name: 'Team', members: ['tsander', 'zoe', 'ameyer', 'ghost', 'oezlem'] }],
};
const favourites = [{ username: 'hvoss', name: 'Hanna Voss', extension: '230', userId: 9 }];

describe('the board rows', () => {
  test('favourites first, then the rest by name (umlauts sorted as German readers expect)', () => {
    const people = new People();
    people.setUser('zoe', user('zoe', 'Zoë Adler', '250', 1));
    people.setUser('ameyer', user('ameyer', 'Anna Meyer', '230', 2));
    people.setUser('oezlem', user('oezlem', 'Özlem Kaya', '260', 3));
    const scope = scopeBoard({ me: 'tsander', roles, favourites: ['hvoss'], hidden: [] });
    const rows = buildBoard({ scope, people, lines: null, favourites });
    expect(rows.map((row) => row.username)).toEqual(['hvoss', 'ameyer', 'ghost', 'oezlem', 'zoe']);
    expect(rows[0]).toMatchObject({ name: 'Hanna Voss', extension: '230', favourite: true, found: true });
    expect(rows[1]).toMatchObject({
      name: 'Anna Meyer',
      presence: 'away',
      statusText: 'Mittagspause',
      line: null,
    });
    // Not read yet: the username stands in for the name.
    expect(rows[2]).toMatchObject({ name: 'ghost', extension: null, presence: 'unknown' });
  });

  test('a role member the PBX does not know leaves; a favourite it does not know stays, greyed, without a line', () => {
    const people = new People();
    people.setUser('ghost', null);
    people.setUser('hvoss', null);
    const lines = new LineStates();
    lines.update({ asked: ['hvoss'], states: { hvoss: { state: 'Idle', displayName: null } } }, 0);
    const scope = scopeBoard({ me: 'tsander', roles, favourites: ['hvoss'], hidden: [] });
    const rows = buildBoard({ scope, people, lines, favourites });
    expect(rows.map((row) => row.username)).not.toContain('ghost');
    expect(rows[0]).toMatchObject({ username: 'hvoss', name: 'Hanna Voss', found: false, line: null });
  });

  test('names from a states answer fill in until the user is read; a read name wins', () => {
    const people = new People();
    expect(people.setNames({ zoe: { displayName: 'Zoe from states' } })).toBe(true);
    const scope = scopeBoard({ me: 'tsander', roles, favourites: [], hidden: [] });
    expect(
      buildBoard({ scope, people, lines: null, favourites: [] }).find((r) => r.username === 'zoe')?.name,
    ).toBe('Zoe from states');
    people.setUser('zoe', user('zoe', 'Zoë Adler', '250', 1));
    expect(people.setNames({ zoe: { displayName: 'Zoe from states' } })).toBe(false);
    expect(people.get('zoe')?.name).toBe('Zoë Adler');
  });

  test('the user list marks who is gone and finds who was renamed by their id', () => {
    const people = new People();
    people.setUser('jgeissler', user('jgeissler', 'Julia Geißler', '202', 7));
    people.setUser('jbaeumer', user('jbaeumer', 'Jörg Bäumer', '223', 8));
    const renames = people.setDirectory([user('jschmidt', 'Julia Schmidt', '202', 7)]);
    expect(renames).toEqual([{ from: 'jgeissler', to: expect.objectContaining({ username: 'jschmidt' }) }]);
    expect(people.get('jgeissler')?.found).toBe(false);
    expect(people.get('jbaeumer')?.found).toBe(false);
    expect(people.get('jschmidt')).toMatchObject({ found: true, name: 'Julia Schmidt' });
  });
});
