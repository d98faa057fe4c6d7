import { describe, expect, test } from 'vitest';
import type { TeamMemberView } from '../../../../electron/shared/features/team';
import { filterIndexOf, filterMembers } from '../../../../renderer/src/team/team-filter';

const member = (username: string, name: string, extension: string | null) =>
  ({ username, name, extension }) as TeamMemberView;
const index = filterIndexOf([
  member('jgeissler', 'Julia Geißler', '202'),
  member('ameyer', 'Anna Meyer', '230'),
  member('oezlem', 'Özlem Kaya (Vertrieb)', null),
]);
const shown = (query: string) => filterMembers(index, query).map((entry) => entry.username);

describe('the board filter', () => {
  test('every word starts a word of the name, the username or the extension; accents and case do not matter', () => {
    expect(shown('')).toEqual(['jgeissler', 'ameyer', 'oezlem']);
    expect(shown('anna m')).toEqual(['ameyer']);
    expect(shown('geissler')).toEqual(['jgeissler']);
    expect(shown('OZLEM')).toEqual(['oezlem']);
    expect(shown('vertrieb')).toEqual(['oezlem']);
    expect(shown('20')).toEqual(['jgeissler']);
    expect(shown('ame')).toEqual(['ameyer']);
    expect(shown('eyer')).toEqual([]);
  });

  test('an umlaut may be typed as German writes it without; a username is split where the name would be', () => {
    const withUmlauts = filterIndexOf([
      member('k.schaefer', 'Katrin Schäfer', '220'),
      member('gmeyer', 'Günther Meyer-Lansky', '231'),
      member('t.weber', 'Tina Sander', '221'),
    ]);
    const found = (query: string) => filterMembers(withUmlauts, query).map((entry) => entry.username);
    expect(found('schae')).toEqual(['k.schaefer']);
    expect(found('guenther mey')).toEqual(['gmeyer']);
    expect(found('k.sch')).toEqual(['k.schaefer']);
    expect(found('t.web')).toEqual(['t.weber']);
    expect(found('gue lansky')).toEqual(['gmeyer']);
    expect(found('guex')).toEqual([]);
  });
});

describe('the board filter across line changes', () => {
  test('the same people as new objects are found as before; a renamed colleague under the new name only', () => {
    const before = filterIndexOf([member('ameyer', 'Anna Meyer', '230')]);
    expect(filterMembers(before, 'anna').map((entry) => entry.username)).toEqual(['ameyer']);
    const renamed = filterIndexOf([member('ameyer', 'Anna Schulz', '231')]);
    expect(filterMembers(renamed, 'anna sch').map((entry) => entry.username)).toEqual(['ameyer']);
    expect(filterMembers(renamed, 'meyer')).toEqual([]);
    expect(filterMembers(renamed, '230')).toEqual([]);
    expect(filterMembers(renamed, '231').map((entry) => entry.username)).toEqual(['ameyer']);
  });
});
