/**
 * The search text under the phonebook search: what a record's text is, that a search yields each
 * record once and stops at its limit, that contacts added after a search are found with their own
 * text, and how names are folded for it.
 */
import { describe, expect, test } from 'vitest';
import type { Contact } from '../../../../electron/core/phonebook/contact';
import { fold, foldSpelled, nameText, SearchText } from '../../../../electron/core/phonebook/search-text';

function contact(id: number, displayName: string): Contact {
  return {
    key: `global:${id}`,
    source: 'global',
    id,
    displayName,
    organisation: null,
    notes: null,
    labels: [],
    email: null,
    numbers: [],
  };
}

/** A search text of ` name` records, as the index writes them. */
function namesText(names: string[]): SearchText {
  const text = new SearchText();
  names.forEach((name, index) => {
    text.append(contact(index, name), null, ` ${fold(name)}`);
  });
  return text;
}

describe('SearchText', () => {
  test('each record text is exactly what was appended', () => {
    const text = namesText(['Anna Meyer', 'Hans Müller', 'Jörg Maier']);
    expect([0, 1, 2].map((record) => text.recordText(record))).toEqual([
      ' anna meyer',
      ' hans muller',
      ' jorg maier',
    ]);
  });

  test('a search yields each matching record once, in text order, and no more than asked for', () => {
    const text = namesText(['Maria Mai', 'Bernd Roth', 'Mario Maier', 'Mia Mai', 'Max Mai']);
    expect([...text.occurrences(' ma', 10)]).toEqual([0, 2, 3, 4]);
    expect([...text.occurrences(' ma', 2)]).toEqual([0, 2]);
    expect([...text.occurrences(' mai', 1)]).toEqual([0]);
    expect([...text.occurrences(' zz', 10)]).toEqual([]);
    expect(text.contactAt(2)?.displayName).toBe('Mario Maier');
    expect(text.numberAt(2)).toBeNull();
  });

  test('contacts added after a search are found with their own text', () => {
    const text = namesText(['Anna Meyer']);
    expect([...text.occurrences(' anna', 5)]).toEqual([0]);
    text.append(contact(1, 'Hans Müller'), null, ' hans muller');
    text.settle();
    text.append(contact(2, 'Jörg Maier'), null, ' jorg maier');
    expect([...text.occurrences(' jorg', 5)]).toEqual([2]);
    expect(text.recordText(1)).toBe(' hans muller');
    expect(text.recordText(2)).toBe(' jorg maier');
  });

  test('a large book, joined in pieces while it grows, finds its first and last contacts', () => {
    const names = Array.from({ length: 5000 }, (_, index) => `Kontakt ${index}`);
    const text = namesText(names);
    expect([...text.occurrences(' kontakt 4999', 5)]).toEqual([4999]);
    expect([...text.occurrences(' kontakt 0', 2)]).toEqual([0]);
    expect(text.recordText(2048)).toBe(' kontakt 2048');
  });
});

describe('fold', () => {
  test('case, accents, ß and punctuation folded; no separator left at either end', () => {
    expect(fold('  „Müller“, ')).toBe('muller');
    expect(fold('-Straße 5-')).toBe('strasse 5');
    expect(fold('ÉLODIE')).toBe('elodie');
    expect(fold(' … ')).toBe('');
  });
});

describe('umlauts as German writes them without', () => {
  test('a word with an umlaut is in the name text twice: folded, and with ae/oe/ue', () => {
    expect(nameText('Hans Müller')).toBe('hans muller mueller');
    expect(nameText('Bernd Müller-Lüdenscheidt')).toBe('bernd muller ludenscheidt mueller luedenscheidt');
    expect(nameText('ÖZLEM Kaya, Bäckerei Süß')).toBe('ozlem kaya backerei suss oezlem baeckerei suess');
  });

  test('an umlaut sent decomposed (u + combining diaeresis) counts the same', () => {
    expect(nameText('Mu\u0308ller')).toBe('muller mueller');
    expect(foldSpelled('Mu\u0308ller')).toBe('mueller');
  });

  test('names without umlauts are only folded: other accents and ß have no second spelling here', () => {
    expect(nameText('Élodie Weiß')).toBe('elodie weiss');
    expect(foldSpelled('Élodie Weiß')).toBe('elodie weiss');
    expect(nameText('Manuel Mueller')).toBe('manuel mueller');
  });
});
