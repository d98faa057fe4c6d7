/**
 * Caller lookup and search as you type over a phonebook of 100,000 entries: the shared
 * `PhonebookIndex` against a naive linear scan that normalises every stored number (and folds
 * every name) per query, as an app without an index would. Entries are generated deterministically
 * in the formats agents really store (`+49 89 …`, `089 …`, `0172-…`, `0049 …`, `+43 …`, extensions).
 * Prints build time, lookup p50/p99 and search p50/p95. Run: `npx tsx test/bench/phonebook.bench.ts`.
 */
import type { PhonebookEntry } from '../../electron/core/pbx/schemas/phonebook';
import { candidateKeys, defaultNumberContext, primaryKey } from '../../electron/core/phone/phone-number';
import { fold, PhonebookIndex } from '../../electron/core/phonebook/phonebook-index';
import { generatePhonebook } from './phonebook-data';

const size = Number(process.env.ENTRIES ?? 100_000);
const context = { ...defaultNumberContext, areaCode: '89' };

const { entries, unknownCallers, lookups, keystrokes } = generatePhonebook(size);
function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
const ms = (value: number) => `${value.toFixed(value < 1 ? 4 : 2)} ms`;

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

// --- the index
const index = new PhonebookIndex(context);
const [, buildMs] = time(() => {
  for (let offset = 0; offset < entries.length; offset += 500)
    index.add('global', entries.slice(offset, offset + 500));
});
const [, nameTextMs] = time(() => index.search('warm', 1));
const [, numberTextMs] = time(() => index.search('0000', 1));
const lookupSamples: number[] = [];
let found = 0;
for (let round = 0; round < 5; round++) {
  for (const number of lookups) {
    const [matches, took] = time(() => index.lookup(number));
    lookupSamples.push(took);
    if (round === 0 && matches.length > 0) found += 1;
  }
}
const searchSamples: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const query of keystrokes) searchSamples.push(time(() => index.search(query, 20))[1]);
}

// --- the naive scan: normalise every stored number / fold every name on every query
function naiveLookup(number: string): PhonebookEntry[] {
  const wanted = new Set(candidateKeys(number, context));
  return entries.filter((entry) =>
    Object.values(entry.numbers).some(
      (stored) => stored !== null && wanted.has(primaryKey(stored, context) ?? ''),
    ),
  );
}
function naiveSearch(query: string): PhonebookEntry[] {
  const words = fold(query).split(' ').filter(Boolean);
  const numeric = /^[\d+\s]+$/.test(query) ? query.replace(/\D/g, '') : null;
  const results: PhonebookEntry[] = [];
  for (const entry of entries) {
    const matches = numeric
      ? Object.values(entry.numbers).some(
          (stored) => stored !== null && (primaryKey(stored, context) ?? '').includes(numeric),
        )
      : words.every((word) =>
          ` ${fold(`${entry.displayName} ${entry.organisation ?? ''}`)}`.includes(` ${word}`),
        );
    if (matches) results.push(entry);
    if (results.length >= 20) break;
  }
  return results;
}
const naiveLookupSamples = lookups.slice(0, 8).map((number) => time(() => naiveLookup(number))[1]);
const naiveSearchSamples = ['Mü', 'schm', '0891', 'stadtwerke 12', 'xyz'].map(
  (query) => time(() => naiveSearch(query))[1],
);

console.log(
  `phonebook of ${size.toLocaleString('en')} entries (${index.size.toLocaleString('en')} contacts)`,
);
console.log(
  `index build (add in pages of 500, search texts included): ${ms(buildMs)}; first search after it: ` +
    `names ${ms(nameTextMs)}, numbers ${ms(numberTextMs)}`,
);
console.log(
  `caller lookup over ${lookupSamples.length} lookups (${found} of ${lookups.length} numbers found, ${unknownCallers.length} unknown): ` +
    `p50 ${ms(percentile(lookupSamples, 0.5))}, p99 ${ms(percentile(lookupSamples, 0.99))}, max ${ms(Math.max(...lookupSamples))}`,
);
console.log(
  `search as you type over ${searchSamples.length} keystrokes: p50 ${ms(percentile(searchSamples, 0.5))}, ` +
    `p95 ${ms(percentile(searchSamples, 0.95))}, max ${ms(Math.max(...searchSamples))}`,
);
console.log(
  `naive linear scan with normalisation: lookup p50 ${ms(percentile(naiveLookupSamples, 0.5))} ` +
    `(${naiveLookupSamples.length} lookups), search p50 ${ms(percentile(naiveSearchSamples, 0.5))}, max ${ms(Math.max(...naiveSearchSamples))} ` +
    `(${naiveSearchSamples.length} queries)`,
);
console.log('goals: lookup p99 < 1 ms, search p95 < 10 ms');
