/**
 * The first search after a change must cost what any other does: the index joins its search texts
 * when it changes (an added contact, a reload or re-keying before the swap), never on a keystroke,
 * and appending to a large text copies only its open segment. Counted with the texts' own
 * `copied`/`unsettled` figures through an injected factory, not timed.
 */
import { describe, expect, test } from 'vitest';
import type { Contact } from '../../../../electron/core/phonebook/contact';
import { PhonebookIndex } from '../../../../electron/core/phonebook/phonebook-index';
import { SearchText } from '../../../../electron/core/phonebook/search-text';
import { createSlicer } from '../../../../electron/core/phonebook/time-slices';
import { contactEntry, munich } from '../../../harness/phonebook-fixtures';

const entry = (id: number, displayName: string, phone: string) => contactEntry(id, displayName, { phone });

const book = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => entry(i, `${prefix} ${i}`, `089 ${2_000_000 + i}`));

/** An index whose every search text is recorded, with the characters joined into all of them. */
function countedIndex() {
  const texts: SearchText[] = [];
  const index = new PhonebookIndex(munich, {
    slicer: createSlicer({ sliceMs: 0, yield: () => Promise.resolve() }),
    searchText: () => {
      const text = new SearchText({ segmentChars: 256 });
      texts.push(text);
      return text;
    },
  });
  const copied = () => texts.reduce((sum, text) => sum + text.copied, 0);
  const unsettled = () => texts.reduce((sum, text) => sum + text.unsettled, 0);
  /** Characters the searches join: none when the texts were ready. */
  const joinedBySearch = (...queries: string[]) => {
    const before = copied();
    for (const query of queries) index.search(query, 20);
    return copied() - before;
  };
  return { index, texts, unsettled, joinedBySearch };
}

describe('search texts ready before the index answers with them', () => {
  test('an added contact is joined at once: the next name and number search join nothing', () => {
    const { index, unsettled, joinedBySearch } = countedIndex();
    index.add('global', book(300, 'Muster'));
    expect(joinedBySearch('muster', '0892')).toBe(0);
    index.add('private', [entry(900, 'Zoe Neu', '089 7654321')]);
    expect(unsettled()).toBe(0);
    expect(joinedBySearch('zoe', '7654321')).toBe(0);
    expect(index.search('zoe neu').map((m) => m.contact.displayName)).toEqual(['Zoe Neu']);
  });

  test('a reload and a re-keying swap in texts already joined', async () => {
    const { index, texts, unsettled, joinedBySearch } = countedIndex();
    index.add('global', book(300, 'Alt'));
    const built = texts.length;
    expect(await index.replace('global', book(301, 'Neu'))).toBe(true);
    expect(texts.length).toBe(built + 2);
    expect(unsettled()).toBe(0);
    expect(joinedBySearch('neu', '0892')).toBe(0);
    expect(index.search('neu 300').map((m) => m.contact.displayName)).toEqual(['Neu 300']);

    expect(await index.setContext({ ...munich, areaCode: '30' })).toBe(true);
    expect(texts.length).toBe(built + 4);
    expect(unsettled()).toBe(0);
    expect(joinedBySearch('neu', '0892')).toBe(0);
  });

  test('a contact added while a reload is built is joined in the old and in the new texts', async () => {
    const { index, unsettled, joinedBySearch } = countedIndex();
    index.add('global', book(50, 'Alt'));
    const reload = index.replace('global', book(50, 'Neu'));
    index.add('private', [entry(901, 'Privat Mitten', '089 1111111')]);
    expect(unsettled()).toBe(0);
    expect(joinedBySearch('mitten')).toBe(0);
    expect(await reload).toBe(true);
    expect(unsettled()).toBe(0);
    expect(joinedBySearch('mitten', '1111111')).toBe(0);
    expect(index.search('mitten').map((m) => m.contact.displayName)).toEqual(['Privat Mitten']);
  });
});

const contact = (i: number): Contact => ({
  key: `global:${i}`,
  source: 'global',
  id: i,
  displayName: `Name ${i}`,
  organisation: null,
  notes: null,
  labels: [],
  email: null,
  numbers: [],
});

describe('a search text in segments', () => {
  test('appending to a large text copies its open segment, not the whole text', () => {
    const text = new SearchText({ segmentChars: 1000 });
    for (let i = 0; i < 5000; i++) {
      text.append(contact(i), null, ` name ${String(i).padStart(5, '0')}`);
      text.settle();
    }
    expect(text.segments).toBeGreaterThan(50);
    const before = text.copied;
    text.append(contact(5000), null, ' name 05000');
    text.settle();
    expect(text.copied - before).toBeLessThanOrEqual(1000 + 12);
  });

  test('finds records in every segment, in order, across segment ends, and reads each back', () => {
    const text = new SearchText({ segmentChars: 30 });
    const words = ['alpha', 'beta', 'gamma', 'delta', 'alpine', 'epsilon', 'alps', 'zeta', 'alpaca'];
    words.forEach((word, i) => {
      text.append(contact(i), null, ` ${word} ${i}`);
      if (i % 2 === 0) text.settle();
    });
    expect(text.segments).toBeGreaterThan(2);
    const hits = [...text.occurrences(' alp', 10)];
    expect(hits).toEqual([0, 4, 6, 8]);
    expect(hits.map((record) => text.recordText(record))).toEqual([
      ' alpha 0',
      ' alpine 4',
      ' alps 6',
      ' alpaca 8',
    ]);
    expect([...text.occurrences(' alp', 2)]).toEqual([0, 4]);
    expect(words.map((_, i) => text.recordText(i))).toEqual(words.map((word, i) => ` ${word} ${i}`));
    expect(text.contactAt(7)?.key).toBe('global:7');
    // One hit per record, even when the needle occurs twice in it.
    const twice = new SearchText({ segmentChars: 8 });
    twice.append(contact(0), null, ' aa aa');
    twice.append(contact(1), null, ' aa');
    expect([...twice.occurrences('aa', 10)]).toEqual([0, 1]);
  });
});
