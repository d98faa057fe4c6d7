import { describe, expect, test } from 'vitest';
import { type RoleReading, scopeBoard } from '../../../../electron/core/team/scope';

const roles: RoleReading = {
  kind: 'roles',
  roles: [
    { name: 'Team Zentrale', members: ['tsander', 'agrassl', 'kschaefer', 'ameyer'] },
    { name: 'Vertrieb', members: ['TSander', 'aturitzo', 'ameyer'] },
    { name: 'Technik', members: ['hvoss', 'mweber'] },
  ],
};

describe('who is on the board', () => {
  test("the members of the agent's roles, each once, without the agent; a role without the agent adds nobody", () => {
    const scope = scopeBoard({ me: 'tsander', roles, favourites: [], hidden: [] });
    expect(scope.usernames).toEqual(['agrassl', 'kschaefer', 'ameyer', 'aturitzo']);
    expect(scope.roles).toEqual(['Team Zentrale', 'Vertrieb']);
    expect(scope.reason).toBeNull();
    expect([...scope.favourites]).toEqual([]);
  });

  test('favourites come first in their order, also from outside the roles, and are not repeated', () => {
    const scope = scopeBoard({ me: 'tsander', roles, favourites: ['hvoss', 'ameyer'], hidden: [] });
    expect(scope.usernames).toEqual(['hvoss', 'ameyer', 'agrassl', 'kschaefer', 'aturitzo']);
    expect([...scope.favourites]).toEqual(['hvoss', 'ameyer']);
  });

  test('a hidden person is on the board neither as role member nor as favourite (any letter case)', () => {
    const scope = scopeBoard({
      me: 'tsander',
      roles,
      favourites: ['hvoss', 'ameyer'],
      hidden: ['AMeyer', 'kschaefer'],
    });
    expect(scope.usernames).toEqual(['hvoss', 'agrassl', 'aturitzo']);
    expect([...scope.favourites]).toEqual(['hvoss']);
  });

  test('the agent never shows, even as a favourite', () => {
    expect(scopeBoard({ me: 'tsander', roles, favourites: ['tsander'], hidden: [] }).usernames).not.toContain(
      'tsander',
    );
  });

  test.each([
    ['roles-forbidden', { kind: 'unreadable', reason: 'roles-forbidden' }],
    ['roles-missing', { kind: 'unreadable', reason: 'roles-missing' }],
    ['no-roles', { kind: 'roles', roles: [] }],
    ['not-in-role', { kind: 'roles', roles: [{ name: 'Technik', members: ['hvoss'] }] }],
  ] as const)('roles that cannot be used (%s): favourites only, with the reason', (reason, reading) => {
    const scope = scopeBoard({
      me: 'tsander',
      roles: reading,
      favourites: ['ameyer', 'hvoss'],
      hidden: ['hvoss'],
    });
    expect(scope.usernames).toEqual(['ameyer']);
    expect(scope.reason).toBe(reason);
    expect(scope.roles).toEqual([]);
  });

  test('before the roles are read: favourites only, with no reason yet', () => {
    const scope = scopeBoard({ me: 'tsander', roles: null, favourites: ['ameyer'], hidden: [] });
    expect(scope).toMatchObject({ usernames: ['ameyer'], reason: null });
  });
});
