import { describe, expect, test } from 'vitest';
import type { RecentCallView } from '../../../../electron/shared/features/calls';
import { groupRecentCalls } from '../../../../renderer/src/calls/recent-groups';

function call(id: string, remoteNumber: string, outcome: RecentCallView['outcome']): RecentCallView {
  return {
    id,
    direction: outcome === 'outgoing' ? 'outbound' : 'inbound',
    outcome,
    remoteNumber,
    remoteDisplayNumber: remoteNumber,
    remoteName: null,
    remoteInternal: false,
    queueName: null,
    startedAtMs: Number(id),
    connectedSeconds: 0,
  };
}

describe("today's calls, one row per caller", () => {
  test('repeats of a number join the row of its latest call, counted, in the order of the latest calls', () => {
    const groups = groupRecentCalls([
      call('9', '01721234567', 'missed'),
      call('8', '+49891234567', 'answered'),
      call('7', '0172 1234567', 'missed'),
      call('6', '01721234567', 'missed'),
    ]);
    expect(groups.map((group) => [group.latest.id, group.count, group.missed])).toEqual([
      ['9', 3, 3],
      ['8', 1, 0],
    ]);
    expect(groups[0]?.ids).toEqual(['9', '7', '6']);
  });

  test('a call back after a missed call makes the row the call back (no longer missed)', () => {
    const [row] = groupRecentCalls([call('3', '0891', 'outgoing'), call('2', '0891', 'missed')]);
    expect(row?.latest.outcome).toBe('outgoing');
    expect(row?.missed).toBe(1);
  });

  test('withheld numbers are never joined', () => {
    expect(groupRecentCalls([call('2', '', 'missed'), call('1', '', 'missed')])).toHaveLength(2);
  });
});
