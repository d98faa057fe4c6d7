import { describe, expect, test } from 'vitest';
import { recentCallFromTracker, recentCallsFrom } from '../../../../electron/core/calls/recent-calls';
import { cdrRecordListSchema } from '../../../../electron/core/pbx/schemas/cdr';

const resolve = (number: string, name: string | null) => ({
  name: number === '+49891234567' ? 'Lukas Müller' : name,
  displayNumber: `fmt:${number}`,
});
const minute = 60_000;
/** Real epoch milliseconds: the schema reads small numbers as seconds. */
const day = Date.UTC(2026, 10, 20);
const base = { duration: 30, connected: 0 };

describe("today's calls of the agent", () => {
  test('groups legs into calls by chain and tells answered, missed, taken elsewhere, outgoing and not reached apart', () => {
    const records = cdrRecordListSchema.parse([
      // answered queue call: queue leg (not the agent's) + the agent's leg
      {
        ...base,
        id: 10,
        chain: 'a',
        timestamp: day + 1 * minute,
        srcNumber: '+49891234567',
        dstName: 'Support',
      },
      {
        ...base,
        id: 11,
        chain: 'a',
        parentId: 10,
        timestamp: day + 1 * minute,
        srcNumber: '+49891234567',
        dstUserName: 'tsander',
        connected: 95,
        data: { queue: { queueName: 'Support' } },
      },
      // missed direct call
      {
        ...base,
        id: 20,
        chain: 'b',
        timestamp: day + 5 * minute,
        srcNumber: '+4930111',
        srcName: 'Erika',
        dstUserName: 'tsander',
        result: 'noanswer',
        resultDetails: 'src',
      },
      // queue call a colleague took
      {
        ...base,
        id: 31,
        chain: 'c',
        parentId: 30,
        timestamp: day + 7 * minute,
        srcNumber: '+4930222',
        dstUserName: 'tsander',
        result: 'noanswer',
        resultDetails: 'elsewhere',
      },
      // the agent's outgoing calls: one talked, one not reached; a queue's ring legs for it are skipped
      {
        ...base,
        id: 40,
        chain: 'd',
        timestamp: day + 9 * minute,
        srcUserName: 'tsander',
        dstNumber: '+4940333',
        connected: 20,
      },
      {
        ...base,
        id: 50,
        chain: 'e',
        timestamp: day + 11 * minute,
        srcUserName: 'tsander',
        dstNumber: '300',
        dstName: 'Support',
      },
      {
        ...base,
        id: 51,
        chain: 'e',
        parentId: 50,
        via: 'queue',
        timestamp: day + 11 * minute,
        srcUserName: 'tsander',
        dstUserName: 'agrassl',
      },
    ]);
    const recent = recentCallsFrom(records, 'TSander', resolve);
    expect(
      recent.map((call) => [call.id, call.direction, call.outcome, call.remoteName, call.connectedSeconds]),
    ).toEqual([
      ['out:e', 'outbound', 'not-reached', 'Support', 0],
      ['out:d', 'outbound', 'outgoing', null, 20],
      ['in:c', 'inbound', 'answered-elsewhere', null, 0],
      ['in:b', 'inbound', 'missed', 'Erika', 0],
      ['in:a', 'inbound', 'answered', 'Lukas Müller', 95],
    ]);
    expect(recent[4]).toMatchObject({ queueName: 'Support', remoteDisplayNumber: 'fmt:+49891234567' });
  });

  test('a call the tracker saw end shows at once with what it knew', () => {
    const call = {
      id: '7',
      phonecallId: 7,
      direction: 'inbound' as const,
      phase: 'ringing' as const,
      remoteNumber: '+49891234567',
      remoteName: null,
      remoteInternal: false,
      queueName: null,
      startedAtMs: 1000,
      answeredAtMs: null,
      route: 'direct' as const,
    };
    expect(recentCallFromTracker(call, 'missed', 9000, resolve)).toMatchObject({
      id: 'live:7',
      outcome: 'missed',
      remoteName: 'Lukas Müller',
      connectedSeconds: 0,
    });
    expect(recentCallFromTracker({ ...call, answeredAtMs: 2000 }, 'hangup', 62_000, resolve)).toMatchObject({
      outcome: 'answered',
      connectedSeconds: 60,
    });
    expect(recentCallFromTracker(call, 'answered-elsewhere', 9000, resolve).outcome).toBe(
      'answered-elsewhere',
    );
  });
});
