/**
 * Today's list shows an answered call once: as the tracker saw it until the PBX's history has it,
 * then from the history's records. Built on the reference's own samples, where a CDR row's `id`
 * (284) is a record id of its own, its `phonecallId` (5) is the live call's, and its `chain`
 * (`1600937255312_3`) ends in the phonecallId of the call's first leg.
 */
import { describe, expect, test } from 'vitest';
import type { TrackedCall } from '../../../../electron/core/calls/call-tracker';
import {
  isLegOfLiveCall,
  liveLegIds,
  notYetRecorded,
  recentCallFromTracker,
  recentCallsFrom,
} from '../../../../electron/core/calls/recent-calls';
import { cdrRecordListSchema } from '../../../../electron/core/pbx/schemas/cdr';
import { sample } from '../pbx/scripted-api';

const reference = sample('cdr-history.json') as Record<string, unknown>;
const resolve = (number: string, name: string | null) => ({ name, displayNumber: number });

/** The reference's record, as the agent's leg of a queue call (phonecall 5 off queue leg 3). */
const agentLeg = {
  ...reference,
  dstUserName: 'tsander',
  dstName: 'Tina Sander',
  srcUserName: '',
  srcInternal: false,
  srcNumber: '+49891234567',
  result: 'hangup',
  connected: 42,
};
/** The queue leg it hangs off: record 283, phonecall 3, the first leg of chain `…_3`. */
const queueLeg = { ...reference, id: 283, parentId: '', phonecallId: 3, dstUserName: '', dstName: 'Support' };

function tracked(overrides: Partial<TrackedCall> = {}): TrackedCall {
  return {
    id: '3/5',
    phonecallId: 5,
    direction: 'inbound',
    phase: 'connected',
    remoteNumber: '+49891234567',
    remoteName: null,
    remoteInternal: false,
    queueName: 'Support',
    startedAtMs: 1_600_937_255_312,
    answeredAtMs: 1_600_937_260_000,
    route: 'queue',
    ...overrides,
  };
}

describe('a live call and its history records are one call', () => {
  test("matched by the CDR row's phonecallId, never by its record id", () => {
    const [record] = cdrRecordListSchema.parse([agentLeg]);
    if (!record) throw new Error('the sample did not parse');
    expect(isLegOfLiveCall(record, liveLegIds(tracked()))).toBe(true);
    // Record id 284 is not phonecall 284.
    expect(isLegOfLiveCall(record, [284])).toBe(false);
  });

  test("matched by the chain's phonecallId when the row is another leg of the call", () => {
    const [record] = cdrRecordListSchema.parse([{ ...agentLeg, phonecallId: 9 }]);
    if (!record) throw new Error('the sample did not parse');
    // A direct call followed as phonecall 3: the chain `…_3` says the record belongs to it.
    expect(isLegOfLiveCall(record, liveLegIds(tracked({ id: '3', phonecallId: 3 })))).toBe(true);
    expect(isLegOfLiveCall(record, liveLegIds(tracked({ id: '7', phonecallId: 7 })))).toBe(false);
  });

  test('the list shows the answered call once, from the history, as soon as the history has it', () => {
    const records = cdrRecordListSchema.parse([queueLeg, agentLeg]);
    const seen = [{ call: tracked(), reason: 'hangup' as const, endedAtMs: 1_600_937_300_000 }];
    const stillSeen = notYetRecorded(seen, records);
    const list = [
      ...stillSeen.map((entry) => recentCallFromTracker(entry.call, entry.reason, entry.endedAtMs, resolve)),
      ...recentCallsFrom(records, 'tsander', resolve),
    ];
    expect(list.map((call) => [call.id, call.outcome, call.connectedSeconds])).toEqual([
      ['in:1600937255312_3', 'answered', 42],
    ]);
  });

  test('until the history has it, the call shows as the tracker saw it', () => {
    const records = cdrRecordListSchema.parse([{ ...queueLeg, chain: '1600937000000_1', phonecallId: 1 }]);
    const seen = [{ call: tracked(), reason: 'hangup' as const, endedAtMs: 1_600_937_300_000 }];
    expect(notYetRecorded(seen, records)).toEqual(seen);
  });
});
