import { describe, expect, test } from 'vitest';
import {
  ColleagueSearch,
  findColleagues,
  MAX_COLLEAGUES,
  USERS_KEPT_MS,
} from '../../../../electron/core/availability/colleague-search';
import type { PbxUser } from '../../../../electron/core/pbx/index';

const user = (username: string, displayName: string, extension: string | null, enabled = true): PbxUser => ({
  id: extension === null ? 0 : Number(extension),
  username,
  displayName,
  extension,
  mailbox: null,
  email: null,
  enabled,
  state: null,
  presence: 'unknown',
  statusText: null,
  activeProfileId: null,
  callerIdNumber: null,
  faxExtension: null,
  lastLogin: null,
  phonebookEntryId: null,
});

const users = [
  user('tsander', 'Tina Sander', '221'),
  user('kschaefer', 'Katrin Schäfer', '220'),
  user('jgeissler', 'Jenny Geißler', '223'),
  user('fax', 'Fax Zentrale', null),
  user('old', 'Katrin Alt', '299', false),
];

describe('finding a colleague to forward to', () => {
  test('by the start of a name word, accents ignored, ä written as ae', () => {
    expect(findColleagues(users, 'schäf', 'tsander').map((found) => found.username)).toEqual(['kschaefer']);
    expect(findColleagues(users, 'schae', 'tsander').map((found) => found.username)).toEqual(['kschaefer']);
    expect(findColleagues(users, 'jenny geis', 'tsander').map((found) => found.username)).toEqual([
      'jgeissler',
    ]);
  });

  test('by username or extension; never the agent, nobody without an extension or disabled', () => {
    expect(findColleagues(users, '22', 'tsander').map((found) => found.extension)).toEqual(['223', '220']);
    expect(findColleagues(users, 'kat', 'tsander')).toEqual([
      { username: 'kschaefer', displayName: 'Katrin Schäfer', extension: '220' },
    ]);
    expect(findColleagues(users, 'fax', 'tsander')).toEqual([]);
    expect(findColleagues(users, 'tina', 'tsander')).toEqual([]);
  });

  test(`at most ${MAX_COLLEAGUES}, by name`, () => {
    const many = Array.from({ length: 20 }, (_, index) =>
      user(`m${index}`, `Maier ${20 - index}`, `${300 + index}`),
    );
    const found = findColleagues(many, 'maier', 'tsander');
    expect(found).toHaveLength(MAX_COLLEAGUES);
    expect(found[0]?.displayName).toBe('Maier 1');
  });

  test('the user list is kept for a few minutes, then read again', () => {
    const search = new ColleagueSearch();
    expect(search.cached(0)).toBeNull();
    search.remember(users, 1000);
    expect(search.cached(1000 + USERS_KEPT_MS - 1)).toBe(users);
    expect(search.cached(1000 + USERS_KEPT_MS)).toBeNull();
  });
});
