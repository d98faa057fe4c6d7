/**
 * Search and lookup at their edges (written for the survivors of `npm run mutation`): blank
 * queries, queries of several words, digits with punctuation, many matches and the limit, the order
 * of the results, a contact found through several numbers, a contact replaced or removed, and a
 * number shared by a private and a global contact.
 */
import { describe, expect, test } from 'vitest';
import { PhonebookIndex } from '../../../../electron/core/phonebook/phonebook-index';
import { contactEntry, munich } from '../../../harness/phonebook-fixtures';

const entry = contactEntry;

const names = (matches: { contact: { displayName: string } }[]) => matches.map((m) => m.contact.displayName);

describe('search at its edges', () => {
  const phonebook = new PhonebookIndex(munich);
  phonebook.add('global', [
    entry(
      1,
      'Hans Müller',
      { phone: '+49 89 1234567', mobile: '+49 172 1234567' },
      { organisation: 'Müller & Söhne' },
    ),
    entry(2, 'Anna Schmidt', { phone: '+49 30 555123' }),
    entry(3, 'Bernd Müller-Lüdenscheidt', { phone: '+49 89 7654321' }),
  ]);
  phonebook.add('private', [entry(4, 'Zora Müller', { phone: '+49 89 1234567' })]);

  test('a blank query finds nothing', () => {
    expect(phonebook.search('')).toEqual([]);
    expect(phonebook.search('   ')).toEqual([]);
    expect(phonebook.search(' - ')).toEqual([]);
  });

  test('spaces around a query do not matter', () => {
    expect(names(phonebook.search('  anna  '))).toEqual(['Anna Schmidt']);
    expect(names(phonebook.search(' 555123 '))).toEqual(['Anna Schmidt']);
  });

  test('every word must match, whichever is the longest', () => {
    expect(names(phonebook.search('müller hans'))).toEqual(['Hans Müller']);
    expect(names(phonebook.search('h müller'))).toEqual(['Hans Müller']);
    expect(names(phonebook.search('söhne'))).toEqual(['Hans Müller']);
    expect(phonebook.search('müller xyz')).toEqual([]);
  });

  test('umlauts may be typed as ae, oe, ue, alone or with other words, whole or started', () => {
    expect(names(phonebook.search('mueller'))).toEqual([
      'Zora Müller',
      'Bernd Müller-Lüdenscheidt',
      'Hans Müller',
    ]);
    expect(names(phonebook.search('hans muel'))).toEqual(['Hans Müller']);
    expect(names(phonebook.search('luedenscheidt'))).toEqual(['Bernd Müller-Lüdenscheidt']);
    expect(names(phonebook.search('soehne'))).toEqual(['Hans Müller']);
    expect(names(phonebook.search('eller', 20, { anywhere: true }))).toEqual([
      'Zora Müller',
      'Bernd Müller-Lüdenscheidt',
      'Hans Müller',
    ]);
    expect(phonebook.search('muell xyz')).toEqual([]);
  });

  test('private contacts first, then by name', () => {
    expect(names(phonebook.search('müller'))).toEqual([
      'Zora Müller',
      'Bernd Müller-Lüdenscheidt',
      'Hans Müller',
    ]);
  });

  test('digits with punctuation are a number search; digits beside letters are a name search', () => {
    expect(names(phonebook.search('(030) 555-123'))).toEqual(['Anna Schmidt']);
    expect(names(phonebook.search('+49 30 555'))).toEqual(['Anna Schmidt']);
    expect(phonebook.search('a555')).toEqual([]);
    expect(phonebook.search('555a')).toEqual([]);
    // One digit is too little to search numbers by.
    expect(phonebook.search('5')).toEqual([]);
  });

  test('a contact found through two of its numbers is listed once, with the number that matched', () => {
    const matches = phonebook.search('1234567');
    expect(names(matches)).toEqual(['Zora Müller', 'Hans Müller']);
    expect(matches[1]?.number?.key).toMatch(/1234567$/);
  });

  test('the limit holds, and the best are kept when there are many', () => {
    const many = new PhonebookIndex(munich);
    many.add(
      'global',
      Array.from({ length: 600 }, (_, i) =>
        entry(100 + i, `Meier ${String(i).padStart(3, '0')}`, {
          phone: `+49 89 5550${String(i).padStart(3, '0')}`,
        }),
      ),
    );
    many.add('private', [entry(99, 'Meier Privat', { phone: '+49 89 5559999' })]);
    const byName = many.search('meier', 5);
    expect(names(byName)).toEqual(['Meier Privat', 'Meier 000', 'Meier 001', 'Meier 002', 'Meier 003']);
    // Past the walk's cap too, the agent's own contact comes first.
    const byNumber = many.search('555', 3);
    expect(names(byNumber)).toEqual(['Meier Privat', 'Meier 000', 'Meier 001']);
    expect(names(many.search('meier 599', 50))).toEqual(['Meier 599']);
  });

  test("past the walk's cap, the agent's own contact is found by an umlaut written as ue too", () => {
    const many = new PhonebookIndex(munich);
    many.add(
      'global',
      Array.from({ length: 900 }, (_, i) => entry(100 + i, `Meier ${i}`, { phone: `+49 89 555${1000 + i}` })),
    );
    // Added last, so its record is beyond the first 800 "meier" the walk looks at.
    many.add('private', [entry(98, 'Meier Müller', { phone: '+49 89 5559998' })]);
    expect(names(many.search('meier mue', 5))).toEqual(['Meier Müller']);
  });
});

describe('lookup and changes', () => {
  test('a number shared by a private and a global contact: both, private first, each with its number', () => {
    const phonebook = new PhonebookIndex(munich);
    phonebook.add('global', [entry(1, 'Global', { mobile: '+49 172 1111111', phone: '+49 89 2222222' })]);
    phonebook.add('private', [entry(2, 'Privat', { phone: '+49 89 2222222' })]);
    const matches = phonebook.lookup('0892222222');
    expect(names(matches)).toEqual(['Privat', 'Global']);
    expect(matches.map((m) => m.number?.kind)).toEqual(['phone', 'phone']);
    expect(phonebook.lookup('+491721111111')[0]?.number?.kind).toBe('mobile');
  });

  test('a contact changed in place: its old number no longer finds it, the contact beside it stays', () => {
    const phonebook = new PhonebookIndex(munich);
    phonebook.add('global', [
      entry(1, 'Alt', { phone: '+49 89 3333333' }),
      entry(2, 'Nachbar', { phone: '+49 89 3333333' }),
    ]);
    phonebook.add('global', [entry(1, 'Neu', { phone: '+49 89 4444444', mobile: null })]);
    expect(names(phonebook.lookup('0893333333'))).toEqual(['Nachbar']);
    expect(names(phonebook.lookup('0894444444'))).toEqual(['Neu']);
    expect(phonebook.search('alt')).toEqual([]);
    phonebook.add('global', [entry(2, 'Nachbar', { phone: null })]);
    expect(phonebook.lookup('0893333333')).toEqual([]);
    // The same entry twice in one page is one contact under its number.
    phonebook.add('global', [entry(5, 'Doppelt', { phone: '+49 89 5555555', homephone: '+49 89 5555555' })]);
    expect(names(phonebook.lookup('0895555555'))).toEqual(['Doppelt']);
  });

  test('clearing one source keeps the other, and a reload of one source keeps the other', async () => {
    const phonebook = new PhonebookIndex(munich);
    phonebook.add('global', [entry(1, 'Global Eins', { phone: '+49 89 1000001' })]);
    phonebook.add('private', [entry(2, 'Privat Eins', { phone: '+49 89 1000002' })]);
    phonebook.clear('private');
    expect(names(phonebook.search('eins'))).toEqual(['Global Eins']);
    phonebook.add('private', [entry(3, 'Privat Zwei', { phone: '+49 89 1000003' })]);
    expect(await phonebook.replace('global', [entry(4, 'Global Zwei', { phone: '+49 89 1000004' })])).toBe(
      true,
    );
    expect(names(phonebook.search('zwei'))).toEqual(['Privat Zwei', 'Global Zwei']);
    expect(phonebook.search('eins')).toEqual([]);
    expect(phonebook.size).toBe(2);
  });

  test('a source cleared while a reload is built stays cleared in what is swapped in', async () => {
    const phonebook = new PhonebookIndex(munich);
    phonebook.add('private', [entry(2, 'Privat', { phone: '+49 89 1000002' })]);
    const reload = phonebook.replace('global', [entry(4, 'Global', { phone: '+49 89 1000004' })]);
    phonebook.clear('private');
    expect(await reload).toBe(true);
    expect(names(phonebook.search('privat global'.split(' ')[1] ?? ''))).toEqual(['Global']);
    // What was in the private book when the build started is dropped again with the clear.
    expect(phonebook.lookup('0891000002')).toEqual([]);
  });
});
