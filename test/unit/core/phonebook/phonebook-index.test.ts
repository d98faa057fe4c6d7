import { describe, expect, test } from 'vitest';
import { fold, PhonebookIndex } from '../../../../electron/core/phonebook/phonebook-index';
import { contactEntry, munich } from '../../../harness/phonebook-fixtures';

const entry = contactEntry;

function index(): PhonebookIndex {
  const phonebook = new PhonebookIndex(munich);
  phonebook.add('global', [
    entry(
      1,
      'Lukas Müller',
      { phone: '+49 89 1234567', mobile: '0172-1234567' },
      { organisation: 'Müller & Söhne GmbH' },
    ),
    entry(2, 'Zentrale Müller & Söhne', { phone: '089 1234567' }),
    entry(3, "Renate D'Angelo", { phone: '0043 1 5875123' }),
    entry(4, 'Tina Sander', { phone: '221' }, { type: '011account' }),
    entry(5, 'Jörg Weiß', { phone: '0049 30 5550199' }),
  ]);
  phonebook.add('private', [entry(23, 'Lukas (privat)', { phone: '0891234567' })]);
  return phonebook;
}

describe('caller lookup', () => {
  test.each(['+49 89 1234567', '0049891234567', '089 1234567', '1234567', '0089 1234567', '00049891234567'])(
    '%s finds every contact with that number, private first',
    (raw) => {
      const names = index()
        .lookup(raw)
        .map((match) => match.contact.displayName);
      expect(names).toEqual(['Lukas (privat)', 'Lukas Müller', 'Zentrale Müller & Söhne']);
    },
  );

  test('an internal extension finds the user, an international number its contact', () => {
    expect(index().lookup('221')[0]?.contact.displayName).toBe('Tina Sander');
    expect(index().lookup('+43 1 5875123')[0]?.number?.display).toBe('+43 1 5875123');
  });

  test('an unknown number or no number finds nothing', () => {
    expect(index().lookup('+49 40 999999')).toEqual([]);
    expect(index().lookup('anonymous')).toEqual([]);
  });

  test('replacing a contact or clearing a source leaves no stale number behind', () => {
    const phonebook = index();
    phonebook.add('global', [entry(1, 'Lukas Müller', { phone: '+49 89 7654321' })]);
    expect(phonebook.lookup('+49 89 1234567').map((match) => match.contact.key)).toEqual([
      'private:23',
      'global:2',
    ]);
    phonebook.clear('private');
    expect(phonebook.lookup('+49 89 1234567').map((match) => match.contact.key)).toEqual(['global:2']);
    expect(phonebook.size).toBe(5);
  });
});

describe('search as you type', () => {
  test('by the start of any word of name or organisation, ignoring case and accents', () => {
    const names = (query: string) =>
      index()
        .search(query)
        .map((match) => match.contact.displayName);
    expect(names('mül')).toEqual(['Lukas Müller', 'Zentrale Müller & Söhne']);
    expect(names('MUL')).toEqual(['Lukas Müller', 'Zentrale Müller & Söhne']);
    expect(names('sohne')).toEqual(['Lukas Müller', 'Zentrale Müller & Söhne']);
    expect(names('luk mül')).toEqual(['Lukas Müller']);
    expect(names('weiss')).toEqual(['Jörg Weiß']);
    expect(names("d'angelo")).toEqual(["Renate D'Angelo"]);
    expect(names('ller')).toEqual([]);
  });

  test('by a fragment of a number, national or international', () => {
    const search = (query: string) =>
      index()
        .search(query)
        .map((match) => `${match.contact.displayName}:${match.number?.kind}`);
    expect(search('5550')).toEqual(['Jörg Weiß:phone']);
    expect(search('030 555')).toEqual(['Jörg Weiß:phone']);
    expect(search('1721234')).toEqual(['Lukas Müller:mobile']);
  });

  test('private contacts come first and the limit holds', () => {
    const phonebook = index();
    expect(phonebook.search('lukas')[0]?.contact.source).toBe('private');
    expect(phonebook.search('lu', 1)).toHaveLength(1);
  });

  test('folding', () => {
    expect(fold('Müller-Lüdenscheidt & Söhne, Weiß')).toBe('muller ludenscheidt sohne weiss');
  });
});
