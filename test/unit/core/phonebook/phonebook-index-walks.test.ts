/**
 * The phonebook index where a search walks many candidates (a surname or digits shared by
 * hundreds of contacts: the agent's own contacts must still be found, and only the matching ones),
 * what a query is searched as, and the index's bookkeeping around reloads: the revision, the
 * building flag, a queued reload given up on a clear, a source cleared while a reload runs.
 */
import { describe, expect, test } from 'vitest';
import type { PhonebookEntry } from '../../../../electron/core/pbx/schemas/phonebook';
import { PhonebookIndex } from '../../../../electron/core/phonebook/phonebook-index';
import { createSlicer } from '../../../../electron/core/phonebook/time-slices';
import { contactEntry, munich } from '../../../harness/phonebook-fixtures';

const entry = (
  id: number,
  displayName: string,
  phone: string | null = null,
  organisation: string | null = null,
) => contactEntry(id, displayName, { phone }, { organisation });

function withNumbers(
  id: number,
  displayName: string,
  numbers: Partial<PhonebookEntry['numbers']>,
): PhonebookEntry {
  return { ...entry(id, displayName), numbers: { ...entry(id, displayName).numbers, ...numbers } };
}

const names = (index: PhonebookIndex, query: string, options: { anywhere?: boolean } = {}) =>
  index.search(query, 20, options).map((match) => match.contact.displayName);

/** An index whose slices wait for the test: every 8 entries the build stops until `step()`. */
function steppedIndex() {
  const waiting: (() => void)[] = [];
  const slicer = createSlicer({
    sliceMs: 0,
    yield: () => new Promise<void>((resolve) => waiting.push(resolve)),
  });
  const index = new PhonebookIndex(munich, { slicer });
  const step = async () => {
    waiting.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  const drain = async () => {
    while (waiting.length > 0) await step();
  };
  return { index, step, drain };
}

describe('a search walking many candidates', () => {
  test('900 colleagues share the surname: the agent own matching contacts are still found, and only those', () => {
    const index = new PhonebookIndex(munich);
    index.add(
      'global',
      Array.from({ length: 900 }, (_, i) => entry(i, `Maier ${i}`)),
    );
    index.add('private', [
      entry(5001, 'Maier Zoe'),
      entry(5002, 'Maier', null, 'Zoe Consulting'),
      entry(5003, 'Maier Anton'),
    ]);
    expect(names(index, 'maier zoe')).toEqual(['Maier', 'Maier Zoe']);
  });

  test('300 colleagues share the digits: the agent own contact with them is found, one without them is not', () => {
    const index = new PhonebookIndex(munich);
    index.add(
      'global',
      Array.from({ length: 300 }, (_, i) => entry(i, `Kollege ${i}`, `089 5550${100 + i}`)),
    );
    index.add('private', [
      withNumbers(5003, 'Privat Ohne', { phone: 'siehe Zentrale' }),
      entry(5001, 'Privat Treffer', '089 5550999'),
      entry(5002, 'Privat Anders', '030 1234567'),
    ]);
    // Typed in the national form only: the international form (4989...) does not hold it.
    const found = index.search('08955', 20);
    expect(
      found.filter((match) => match.contact.source === 'private').map((m) => m.contact.displayName),
    ).toEqual(['Privat Treffer']);
    expect(found[0]?.number?.raw).toBe('089 5550999');
  });
});

describe('numbers as the PBX stores them', () => {
  test('a number field holding text is kept for display but neither looked up nor searched', () => {
    const index = new PhonebookIndex(munich);
    index.add('global', [withNumbers(1, 'Empfang', { phone: 'siehe Zentrale', mobile: '0170 5550123' })]);
    expect(index.search('5550123', 20).map((match) => match.number?.kind)).toEqual(['mobile']);
    expect(index.lookup('siehe Zentrale')).toEqual([]);
  });

  test('a contact the search finds through several numbers is listed once, with the first that matches', () => {
    const index = new PhonebookIndex(munich);
    index.add('global', [withNumbers(1, 'Hans Müller', { phone: '089 5550123', mobile: '0170 5550123' })]);
    expect(
      index.search('5550123', 20).map((match) => [match.contact.displayName, match.number?.kind]),
    ).toEqual([['Hans Müller', 'phone']]);
  });

  test('a contact with the same number as phone and mobile can be replaced and is looked up as the new one', () => {
    const index = new PhonebookIndex(munich);
    const same = { phone: '089 5550123', mobile: '089 5550123' };
    index.add('global', [withNumbers(1, 'Hans Müller', same)]);
    index.add('global', [withNumbers(1, 'Hans Müller-Lüdenscheidt', same)]);
    expect(index.lookup('0895550123').map((match) => match.contact.displayName)).toEqual([
      'Hans Müller-Lüdenscheidt',
    ]);
  });
});

describe('what a query is searched as', () => {
  test('digits leading letters (24h) search names, not numbers', () => {
    const index = new PhonebookIndex(munich);
    index.add('global', [entry(1, 'Pflegedienst Sonne', '089 2424242', '24h Pflege')]);
    expect(names(index, '24h')).toEqual(['Pflegedienst Sonne']);
  });

  test('inside a word only when asked to search anywhere (the dial box last rank)', () => {
    const index = new PhonebookIndex(munich);
    index.add('global', [entry(1, 'Weiß GmbH')]);
    expect(names(index, 'eiss')).toEqual([]);
    expect(names(index, 'eiss', { anywhere: true })).toEqual(['Weiß GmbH']);
  });
});

describe('bookkeeping around changes and reloads', () => {
  test('every change moves the revision forward', () => {
    const index = new PhonebookIndex(munich);
    const seen = [index.revision];
    index.add('global', [entry(1, 'Anna Meyer')]);
    seen.push(index.revision);
    index.clear('private');
    seen.push(index.revision);
    index.clear();
    seen.push(index.revision);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(4);
  });

  test('clearing one source while nothing is built starts no build', () => {
    const index = new PhonebookIndex(munich);
    index.add('global', [entry(1, 'Anna Meyer')]);
    index.clear('global');
    expect(index.building).toBe(false);
    expect(index.size).toBe(0);
  });

  test('a reload still waiting behind another gives up when everything is cleared', async () => {
    const { index, step, drain } = steppedIndex();
    index.add(
      'global',
      Array.from({ length: 40 }, (_, i) => entry(i, `Alt ${i}`)),
    );
    const first = index.replace(
      'global',
      Array.from({ length: 40 }, (_, i) => entry(i, `Neu ${i}`)),
    );
    const second = index.replace('global', [entry(1, 'Noch Neuer')]);
    await step();
    index.clear();
    await drain();
    expect(await first).toBe(false);
    expect(await second).toBe(false);
    expect(index.size).toBe(0);
    expect(index.building).toBe(false);
  });

  test('a source cleared while a reload runs stays without what was added to it meanwhile', async () => {
    const { index, step, drain } = steppedIndex();
    index.add(
      'global',
      Array.from({ length: 40 }, (_, i) => entry(i, `Alt ${i}`)),
    );
    const reload = index.replace(
      'global',
      Array.from({ length: 40 }, (_, i) => entry(i, `Neu ${i}`)),
    );
    await step();
    index.add('private', [entry(900, 'Privat Neu', '089 9999999')]);
    index.clear('private');
    await drain();
    expect(await reload).toBe(true);
    expect(names(index, 'privat')).toEqual([]);
    expect(index.lookup('089 9999999')).toEqual([]);
    expect(index.size).toBe(40);
  });
});
