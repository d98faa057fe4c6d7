import { describe, expect, test } from 'vitest';
import type { PhonebookEntry } from '../../../../electron/core/pbx/schemas/phonebook';
import { PhonebookIndex } from '../../../../electron/core/phonebook/phonebook-index';
import { createSlicer } from '../../../../electron/core/phonebook/time-slices';
import { contactEntry, munich } from '../../../harness/phonebook-fixtures';

const entry = (id: number, displayName: string, phone: string | null) =>
  contactEntry(id, displayName, { phone });

function many(count: number, name: (i: number) => string, from = 0): PhonebookEntry[] {
  return Array.from({ length: count }, (_, i) =>
    entry(from + i, name(from + i), `089 ${1_000_000 + from + i}`),
  );
}

/** An index whose slices wait for the test: every 8 entries the build stops until `step()`. */
function steppedIndex() {
  const waiting: (() => void)[] = [];
  const slicer = createSlicer({
    sliceMs: 0,
    yield: () => new Promise<void>((resolve) => waiting.push(resolve)),
  });
  const index = new PhonebookIndex(munich, { slicer });
  const step = async (times = 1) => {
    for (let i = 0; i < times; i++) {
      waiting.shift()?.();
      await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const drain = async () => {
    while (waiting.length > 0) await step();
  };
  return { index, step, drain, waiting };
}

const names = (index: PhonebookIndex, query: string) =>
  index.search(query, 50).map((m) => m.contact.displayName);

describe('a reload built aside', () => {
  test('the old entries answer lookups and searches until the new ones are swapped in whole', async () => {
    const { index, step, drain } = steppedIndex();
    index.add(
      'global',
      many(40, (i) => `Alt ${i}`),
    );
    index.add('private', [entry(900, 'Privat Kontakt', '089 9999999')]);
    const revision = index.revision;
    const reload = index.replace(
      'global',
      many(40, (i) => `Neu ${i}`),
    );
    await step(2);
    expect(index.building).toBe(true);
    expect(index.lookup('+49891000003')[0]?.contact.displayName).toBe('Alt 3');
    expect(names(index, 'neu')).toEqual([]);
    expect(index.revision).toBe(revision);
    await drain();
    expect(await reload).toBe(true);
    expect(index.building).toBe(false);
    expect(index.lookup('+49891000003')[0]?.contact.displayName).toBe('Neu 3');
    expect(names(index, 'alt')).toEqual([]);
    expect(names(index, 'neu').length).toBe(40);
    // The other phonebook is carried over.
    expect(index.lookup('089 9999999')[0]?.contact.displayName).toBe('Privat Kontakt');
    expect(index.size).toBe(41);
    expect(index.revision).toBeGreaterThan(revision);
  });

  test('a contact added while the reload is built is in the new index too', async () => {
    const { index, step, drain } = steppedIndex();
    index.add(
      'global',
      many(40, (i) => `Alt ${i}`),
    );
    const reload = index.replace(
      'global',
      many(40, (i) => `Neu ${i}`),
    );
    await step(1);
    index.add('private', [entry(901, 'Gerade Angelegt', '089 5550101')]);
    expect(index.lookup('089 5550101')[0]?.contact.displayName).toBe('Gerade Angelegt');
    await drain();
    await reload;
    expect(index.lookup('089 5550101')[0]?.contact.displayName).toBe('Gerade Angelegt');
    expect(names(index, 'gerade')).toEqual(['Gerade Angelegt']);
  });

  test('a source cleared while a reload is built stays cleared, and what the other source added meanwhile stays', async () => {
    const { index, step, drain } = steppedIndex();
    index.add('private', [entry(900, 'Privat Alt', '089 9999999')]);
    index.add(
      'global',
      many(40, (i) => `Alt ${i}`),
    );
    const reload = index.replace(
      'global',
      many(40, (i) => `Neu ${i}`),
    );
    // The reload has carried the private contact over before the agent's own book is cleared.
    await step(2);
    index.add('global', [entry(950, 'Gerade Global', '089 5550202')]);
    index.clear('private');
    index.add('private', [entry(901, 'Privat Neu', '089 5550101')]);
    expect(index.lookup('089 9999999')).toEqual([]);
    await drain();
    expect(await reload).toBe(true);
    expect(index.lookup('089 9999999')).toEqual([]);
    expect(names(index, 'privat')).toEqual(['Privat Neu']);
    // A global contact added during the build is not lost by the private clear.
    expect(names(index, 'gerade')).toEqual(['Gerade Global']);
  });

  test('clearing everything (another PBX) makes a running reload give up', async () => {
    const { index, step, drain } = steppedIndex();
    index.add(
      'global',
      many(40, (i) => `Alt ${i}`),
    );
    const reload = index.replace(
      'global',
      many(40, (i) => `Neu ${i}`),
    );
    await step(1);
    index.clear();
    await drain();
    expect(await reload).toBe(false);
    expect(index.size).toBe(0);
    expect(names(index, 'neu')).toEqual([]);
  });

  test('builds run one after the other: a re-keying asked during a reload re-keys the reloaded entries', async () => {
    const { index, drain } = steppedIndex();
    index.add(
      'global',
      many(16, (i) => `Alt ${i}`),
    );
    const reload = index.replace('global', [entry(1, 'Lokal', '1234567')]);
    const rekey = index.setContext({ ...munich, areaCode: '30' });
    expect(index.context.areaCode).toBe('30');
    let settled = false;
    void rekey.then(() => {
      settled = true;
    });
    for (let round = 0; round < 100 && !settled; round++) {
      await drain();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await reload).toBe(true);
    expect(await rekey).toBe(true);
    expect(index.lookup('+49301234567')[0]?.contact.displayName).toBe('Lokal');
    expect(index.lookup('+49891234567')).toEqual([]);
  });

  test('re-keying: the numbers as read before answer until the new reading is ready', async () => {
    const { index, step, drain } = steppedIndex();
    index.add('global', [...many(20, (i) => `Kontakt ${i}`), entry(500, 'Ortsnummer', '7654321')]);
    expect(index.lookup('+49897654321')[0]?.contact.displayName).toBe('Ortsnummer');
    const rekey = index.setContext({ ...munich, areaCode: '30' });
    await step(1);
    expect(index.lookup('+49897654321')[0]?.contact.displayName).toBe('Ortsnummer');
    await drain();
    await rekey;
    expect(index.lookup('+49897654321')).toEqual([]);
    expect(index.lookup('+49307654321')[0]?.contact.displayName).toBe('Ortsnummer');
    expect(index.search('0307654', 5).map((m) => m.contact.displayName)).toEqual(['Ortsnummer']);
  });

  test('a replaced contact no longer matches by its old name or number; removing a source drops its matches', () => {
    const index = new PhonebookIndex(munich);
    index.add('global', [entry(1, 'Erika Alt', '089 1111111')]);
    index.add('global', [entry(1, 'Erika Neu', '089 2222222')]);
    expect(names(index, 'alt')).toEqual([]);
    expect(names(index, 'erika')).toEqual(['Erika Neu']);
    expect(index.search('1111111', 5)).toEqual([]);
    expect(index.lookup('089 1111111')).toEqual([]);
    index.add('private', [entry(2, 'Erika Privat', '089 2222222')]);
    index.clear('global');
    expect(names(index, 'erika')).toEqual(['Erika Privat']);
    expect(index.lookup('089 2222222').map((m) => m.contact.source)).toEqual(['private']);
    expect(index.size).toBe(1);
  });
});

describe('time slices', () => {
  test('yield between slices, and stop when cancelled', async () => {
    let now = 0;
    let yields = 0;
    const slicer = createSlicer({
      sliceMs: 10,
      now: () => now,
      yield: async () => {
        yields += 1;
      },
    });
    const seen: number[] = [];
    const done = await slicer.each(
      Array.from({ length: 64 }, (_, i) => i),
      (i) => {
        seen.push(i);
        now += 2;
      },
    );
    expect(done).toBe(true);
    expect(seen.length).toBe(64);
    // The clock is read every 8 items: 16 ms passed by then, so every 8th item ends a slice.
    expect(yields).toBe(8);
    let cancel = false;
    const stopped = await slicer.each(
      Array.from({ length: 64 }, (_, i) => i),
      (i) => {
        if (i === 20) cancel = true;
        now += 2;
      },
      () => cancel,
    );
    expect(stopped).toBe(false);
  });
});
