/**
 * A 100,000-entry phonebook reloaded (and re-keyed) while the app must stay responsive: the event
 * loop's delay (`perf_hooks.monitorEventLoopDelay`, 1 ms resolution) while the reload is built in
 * time slices, beside the old way (drop the source, add all entries in one synchronous step). And
 * the first search and lookup right after each change (a reload, a re-keying, a created contact),
 * which used to rebuild the search texts first. Run: `npx tsx test/bench/phonebook-reload.bench.ts`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { defaultNumberContext } from '../../electron/core/phone/phone-number';
import { PhonebookIndex } from '../../electron/core/phonebook/phonebook-index';
import { generatePhonebook } from './phonebook-data';

const size = Number(process.env.ENTRIES ?? 100_000);
const changes = Number(process.env.CHANGES ?? 20);
const context = { ...defaultNumberContext, areaCode: '89' };
const { entries, lookups } = generatePhonebook(size);
const reloaded = entries.map((entry) => ({ ...entry, displayName: `${entry.displayName} (neu)` }));
const ms = (value: number) => `${value.toFixed(1)} ms`;
const percentile = (samples: number[], q: number) =>
  [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;

async function delayDuring(
  work: () => Promise<unknown> | unknown,
): Promise<{ p99: number; max: number; took: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  // Something to be delayed: a timer every millisecond, as a popup or a poll answer would be.
  const ticker = setInterval(() => {}, 1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.enable();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  await work();
  const took = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  clearInterval(ticker);
  return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, took };
}

const index = new PhonebookIndex(context);
for (let offset = 0; offset < entries.length; offset += 500)
  index.add('global', entries.slice(offset, offset + 500));

const oldWay = await delayDuring(() => {
  const copy = new PhonebookIndex(context);
  copy.add('global', entries);
});
const sliced = await delayDuring(() => index.replace('global', reloaded));
const rekeying = await delayDuring(() => index.setContext({ ...context, areaCode: '30' }));
await index.setContext(context);

// The first search and lookup after a change, each change of another kind in turn.
const firstSearch: number[] = [];
const firstLookup: number[] = [];
const byKind = new Map<string, number[]>();
for (let i = 0; i < changes; i++) {
  const kind = i % 4 === 0 ? 'reload' : i % 4 === 1 ? 're-keying' : 'added contact';
  if (i % 4 === 0) await index.replace('global', i % 8 === 0 ? entries : reloaded);
  else if (i % 4 === 1) await index.setContext({ ...context, areaCode: i % 8 === 1 ? '30' : '89' });
  else
    index.add('private', [
      { ...(entries[i] ?? entries[0]), id: 900_000 + i, displayName: `Neu ${i}` } as (typeof entries)[number],
    ]);
  let started = performance.now();
  index.search(i % 2 === 0 ? 'mül' : '0891', 20);
  firstSearch.push(performance.now() - started);
  byKind.set(kind, [...(byKind.get(kind) ?? []), performance.now() - started]);
  started = performance.now();
  index.lookup(lookups[i] ?? '+49891234567');
  firstLookup.push(performance.now() - started);
}

console.log(
  `phonebook of ${size.toLocaleString('en')} entries, event-loop delay while it changes (1 ms timer running):`,
);
console.log(
  `  old way, one synchronous step:   took ${ms(oldWay.took)}, delay p99 ${ms(oldWay.p99)}, max ${ms(oldWay.max)}`,
);
console.log(
  `  reload in time slices:           took ${ms(sliced.took)}, delay p99 ${ms(sliced.p99)}, max ${ms(sliced.max)}`,
);
console.log(
  `  re-keying in time slices:        took ${ms(rekeying.took)}, delay p99 ${ms(rekeying.p99)}, max ${ms(rekeying.max)}`,
);
console.log(
  `first search right after a change (${changes} changes: reloads, re-keyings, added contacts): p50 ${ms(percentile(firstSearch, 0.5))}, p95 ${ms(percentile(firstSearch, 0.95))}, max ${ms(Math.max(...firstSearch))}`,
);
console.log(
  `  by change: ${[...byKind].map(([kind, times]) => `${kind} p50 ${ms(percentile(times, 0.5))} max ${ms(Math.max(...times))}`).join('; ')}`,
);
console.log(
  `first caller lookup right after a change: p50 ${percentile(firstLookup, 0.5).toFixed(3)} ms, max ${Math.max(...firstLookup).toFixed(3)} ms`,
);
console.log('goals: event-loop delay max < 50 ms during a reload; first search after a change p95 < 10 ms');
