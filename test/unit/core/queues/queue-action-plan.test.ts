import { describe, expect, test } from 'vitest';
import { CommandFailure } from '../../../../electron/core/commands/dispatch';
import type { QueueDetail } from '../../../../electron/core/pbx/schemas/queue';
import type { QueueActionRequest } from '../../../../electron/core/queues/queue-action-plan';
import { planQueueAction } from '../../../../electron/core/queues/queue-action-plan';
import { QueueCallEnds } from '../../../../electron/core/queues/queue-call-ends';
import {
  defaultReasonOf,
  findMembership,
  pauseStateOf,
  reasonUnion,
  toQueueView,
} from '../../../../electron/core/queues/queue-view';
import type { CallView } from '../../../../electron/shared/contract';
import { agentQueues, row } from './queue-rig';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandFailure) return error.error;
    throw error;
  }
  throw new Error('expected a refusal');
};

const plan = (
  request: Omit<QueueActionRequest, 'cause'>,
  queues = agentQueues(),
  lastUsed: string | null = null,
) => planQueueAction(queues, { ...request, cause: 'manual' }, 'tsander', lastUsed);

describe('what a queue action sends', () => {
  test('pause all with a chosen reason: the documented body, by name', () => {
    const result = plan({ action: 'pause', queue: null, reason: 'nacharbeit' });
    expect(result.queue).toBeNull();
    expect(result.body).toEqual({ action: 'pause', identity: 'tsander', reason: 'Nacharbeit' });
    expect([...result.affected]).toEqual(['Zentrale', 'Support', 'Vertrieb Inland']);
  });

  test('without a reason the last used one is the default while the PBX offers it, else its first', () => {
    expect(plan({ action: 'pause', queue: null }, agentQueues(), 'Nacharbeit').body.reason).toBe(
      'Nacharbeit',
    );
    expect(plan({ action: 'pause', queue: null }, agentQueues(), 'Gone').body.reason).toBe('Mittagspause');
  });

  test('a queue without pause reasons pauses without one', () => {
    expect(plan({ action: 'pause', queue: 'Vertrieb Inland' }).body).toEqual({
      action: 'pause',
      identity: 'tsander',
    });
  });

  test('a reason the PBX knows only by its code goes as code', () => {
    const queues = [row('Hotline', { pauseReasons: [{ name: '40', code: '40' }] })];
    expect(plan({ action: 'pause', queue: 'Hotline' }, queues).body).toEqual({
      action: 'pause',
      identity: 'tsander',
      code: '40',
    });
  });

  test('login and logout carry the documented penalty "0" and touch only dynamic memberships', () => {
    const result = plan({ action: 'logout', queue: null });
    expect(result.body).toEqual({ action: 'logout', identity: 'tsander', penalty: 0 });
    expect([...result.affected]).toEqual(['Zentrale', 'Support']);
  });

  test('refused without a request: static login/logout, pausing while logged out, unknown reasons', () => {
    expect(refusal(() => plan({ action: 'logout', queue: 'Vertrieb Inland' }))).toEqual({
      kind: 'invalid-input',
      detail: 'queue-static-member',
    });
    const loggedOut = agentQueues().map((queue) => (queue.dynamic ? { ...queue, loggedIn: false } : queue));
    expect(refusal(() => plan({ action: 'pause', queue: 'Zentrale' }, loggedOut))).toMatchObject({
      detail: 'queue-logged-out',
    });
    expect(refusal(() => plan({ action: 'pause', queue: null, reason: 'Kaffee' }))).toMatchObject({
      detail: 'queue-unknown-reason',
      field: 'reason',
    });
    expect(refusal(() => plan({ action: 'pause', queue: 'Nowhere' }))).toMatchObject({ kind: 'not-found' });
    expect(refusal(() => plan({ action: 'pause', queue: null }, []))).toMatchObject({ detail: 'queue-none' });
  });
});

describe('the agent at a glance', () => {
  test('paused everywhere, partly, available, logged out of all, member of none', () => {
    const paused = (queue: ReturnType<typeof row>) => ({ ...queue, paused: true, pauseReason: 'Meeting' });
    expect(pauseStateOf(agentQueues().map(paused))).toEqual({ state: 'paused', reason: 'Meeting' });
    const [first, ...rest] = agentQueues();
    if (!first) throw new Error('no queues');
    expect(pauseStateOf([paused(first), ...rest]).state).toBe('partly-paused');
    expect(pauseStateOf(agentQueues()).state).toBe('available');
    expect(pauseStateOf([row('Zentrale', { loggedIn: false })]).state).toBe('logged-out');
    // A logged-out queue does not make a full pause partial.
    expect(pauseStateOf([paused(row('A')), row('B', { loggedIn: false })]).state).toBe('paused');
    expect(pauseStateOf([]).state).toBe('none');
  });

  test('reasons for "pause all" are every queue reason once, by name; the default follows the last used', () => {
    const queues = [
      row('A', {
        pauseReasons: [
          { name: 'Lunch', code: '10' },
          { name: 'Backoffice', code: '11' },
        ],
      }),
      row('B', {
        pauseReasons: [
          { name: 'backoffice', code: '41' },
          { name: 'Meeting', code: '42' },
        ],
      }),
    ];
    const reasons = reasonUnion(queues);
    expect(reasons.map((reason) => reason.name)).toEqual(['Lunch', 'Backoffice', 'Meeting']);
    expect(defaultReasonOf(reasons, 'meeting')?.name).toBe('Meeting');
    expect(defaultReasonOf(reasons, null)?.name).toBe('Lunch');
  });

  test('a row from the PBX: the member found by username or display name, figures and longest wait', () => {
    const detail: QueueDetail = {
      id: 1,
      qid: 'q_1',
      name: 'Zentrale',
      extension: '200',
      callerIdName: null,
      members: [
        {
          agent: 'Tina Sander',
          queue: 'Zentrale',
          dynamic: false,
          loggedIn: false,
          paused: true,
          pauseReason: 'Meeting',
          phonebookEntry: null,
        },
      ],
      entries: [
        { position: 1, callerNumber: '+4989', callerName: null, waitSeconds: 42, channel: null },
        { position: 2, callerNumber: '+4930', callerName: null, waitSeconds: 7, channel: null },
      ],
      pauseReasons: [{ name: 'Meeting', code: '42' }],
    };
    const agent = { username: 'tsander', displayName: 'Tina Sander', extension: '221', mailbox: '221' };
    const member = findMembership(detail, agent);
    if (!member) throw new Error('member not found');
    const view = toQueueView(null, detail, member, 1_000_000);
    // Static: logged in whatever the PBX says; without the list's counters only the paused count is known.
    expect(view).toMatchObject({
      loggedIn: true,
      paused: true,
      pauseReason: 'Meeting',
      waitingCount: 2,
      longestWaitSinceMs: 1_000_000 - 42_000,
      agentsAvailable: null,
      agentsPaused: 0,
    });
  });
});

describe('queue calls that end', () => {
  const call = (id: string, overrides: Partial<CallView>) => ({
    id,
    queueName: null,
    answeredAtMs: null,
    ...overrides,
  });

  test('only a queue call the agent answered counts, once, when it leaves the list', () => {
    const ends = new QueueCallEnds();
    expect(ends.update([call('1', { queueName: 'Support' })] as CallView[])).toEqual([]);
    // Rang and was taken by a colleague: never answered here.
    expect(ends.update([])).toEqual([]);
    ends.update([
      call('2', { queueName: 'Support', answeredAtMs: 5 }),
      call('3', { answeredAtMs: 5 }),
    ] as CallView[]);
    expect(ends.update([])).toEqual(['2']);
    expect(ends.update([])).toEqual([]);
  });
});
