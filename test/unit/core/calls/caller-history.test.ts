import { describe, expect, test } from 'vitest';
import { summarisePreviousCalls } from '../../../../electron/core/calls/caller-history';
import { cdrRecordListSchema } from '../../../../electron/core/pbx/schemas/cdr';
import { defaultNumberContext } from '../../../../electron/core/phone/phone-number';

const hour = 3_600_000;
/** Real epoch milliseconds: the schema reads small numbers as seconds. */
const day = Date.UTC(2026, 10, 20);
const record = (fields: Record<string, unknown>) => ({
  srcName: '',
  dstUserName: 'tsander',
  connected: 0,
  duration: 10,
  ...fields,
});

describe('previous calls from the same number', () => {
  test('counts calls (not legs) in any number format, newest first, with the unanswered ones, and not this call', () => {
    const records = cdrRecordListSchema.parse([
      record({ id: 90, chain: 'c-now', srcNumber: '+49891234567', timestamp: day + 10 * hour }),
      record({ id: 80, chain: 'c3', srcNumber: '0891234567', timestamp: day + 8 * hour, connected: 30 }),
      record({ id: 70, chain: 'c2', srcNumber: '+49 89 1234567', timestamp: day + 5 * hour }),
      record({
        id: 71,
        chain: 'c2',
        parentId: 70,
        srcNumber: '+49891234567',
        timestamp: day + 5 * hour + 1000,
      }),
      record({ id: 60, chain: 'c1', srcNumber: '00491234567', timestamp: day + 2 * hour, connected: 12 }),
      record({ id: 50, chain: 'c0', srcNumber: '+4930999999', timestamp: day + 1 * hour, connected: 5 }),
    ]);
    const summary = summarisePreviousCalls(records, {
      number: '+49891234567',
      ownLegIds: [90],
      context: defaultNumberContext,
    });
    expect(summary).toEqual({ count: 2, missed: 1, days: 30, latestAtMs: [day + 8 * hour, day + 5 * hour] });
  });

  test('an unknown caller has no previous calls', () => {
    expect(
      summarisePreviousCalls([], { number: '221', ownLegIds: [], context: defaultNumberContext }),
    ).toEqual({
      count: 0,
      missed: 0,
      days: 30,
      latestAtMs: [],
    });
  });
});
