import { describe, expect, test } from 'vitest';
import { matchRank } from '../../../../electron/core/dial/dial-ranking';
import { searchDialTargets } from '../../../../electron/core/dial/dial-search';
import type { DialSettings } from '../../../../electron/core/dial/settings';
import type { PhonebookEntry } from '../../../../electron/core/pbx/schemas/phonebook';
import { PhonebookIndex } from '../../../../electron/core/phonebook/phonebook-index';
import type { SettingsSection } from '../../../../electron/core/settings/section';
import { contactEntry, munich } from '../../../harness/phonebook-fixtures';

const entry = (
  id: number,
  displayName: string,
  numbers: Partial<PhonebookEntry['numbers']>,
  organisation: string | null = null,
) => contactEntry(id, displayName, numbers, { organisation });

function search(entries: PhonebookEntry[], query: string, privateEntries: PhonebookEntry[] = []) {
  const phonebook = new PhonebookIndex(munich);
  phonebook.add('global', entries);
  phonebook.add('private', privateEntries);
  const settings = { current: { recent: [] } } as unknown as SettingsSection<DialSettings>;
  return searchDialTargets(
    { phonebook, indexLoaded: () => true, settings, numberContext: () => munich, session: () => null },
    query,
  );
}

describe('the dial box ranks what the agent typed', () => {
  test('name prefix, then a word of the name, then the organisation, then inside a word', async () => {
    const found = await search(
      [
        entry(1, 'Anna Berg', { phone: '089 111' }, 'Schulz AG'),
        entry(2, 'Lukas Schneider', { phone: '089 222' }),
        entry(3, 'Schmidt Peter', { phone: '089 333' }),
        entry(4, 'Tina Busch', { phone: '089 444' }),
      ],
      'Sch',
    );
    expect(found.map((suggestion) => suggestion.name)).toEqual([
      'Schmidt Peter',
      'Lukas Schneider',
      'Anna Berg',
      'Tina Busch',
    ]);
  });

  test('within a rank private contacts come first, then by name', async () => {
    const found = await search(
      [entry(1, 'Sabine Weiß', { mobile: '0172 1234567' }), entry(2, 'Sabine Adler', { phone: '089 1' })],
      'sabine',
      [entry(3, 'Sabine Zeller', { phone: '089 2' })],
    );
    expect(found.map((suggestion) => suggestion.name)).toEqual([
      'Sabine Zeller',
      'Sabine Adler',
      'Sabine Weiß',
    ]);
  });

  test('one row per contact with every number it can be called on; a fax is never a dial target', async () => {
    const [hofer, ...rest] = await search(
      [
        entry(1, 'Franz Hofer', { phone: '+43 1 5875123', mobile: '0170 1', fax: '+43 1 5875199' }),
        entry(2, 'Fax Only GmbH', { fax: '089 99' }),
      ],
      'f',
    );
    expect(rest).toEqual([]);
    expect(hofer?.numbers.map((number) => number.kind)).toEqual(['phone', 'mobile']);
  });

  test('a search by digits never offers a fax number either', async () => {
    const found = await search(
      [entry(1, 'Stadtwerke', { phone: '089 2380000', fax: '089 2380001' })],
      '2380001',
    );
    expect(found.flatMap((suggestion) => suggestion.numbers.map((number) => number.kind))).not.toContain(
      'fax',
    );
  });
});

describe('match ranks', () => {
  test.each([
    ['mül', 'Müller & Söhne GmbH - Lukas Müller', null, 'name-prefix'],
    ['lukas m', 'Lukas Müller', null, 'name-prefix'],
    ['lukas muel', 'Lukas Müller', null, 'name-prefix'],
    ['mueller', 'Lukas Müller', null, 'word-prefix'],
    ['soehne', 'Anna Berg', 'Müller & Söhne', 'organisation'],
    ['ueller', 'Lukas Müller', null, 'substring'],
    ['lukas', 'Müller & Söhne GmbH - Lukas Müller', null, 'word-prefix'],
    ['sch', 'Anna Berg', 'Schulz AG', 'organisation'],
    ['anna sch', 'Anna Berg', 'Schulz AG', 'organisation'],
    ['eiss', 'Sabine Weiß', null, 'substring'],
    ['xyz', 'Sabine Weiß', null, null],
  ] as const)('%s in %s (%s): %s', (query, name, organisation, rank) => {
    expect(matchRank(query, name, organisation)).toBe(rank);
  });
});
