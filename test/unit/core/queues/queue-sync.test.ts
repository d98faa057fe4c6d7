import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import type { QueueApi } from '../../../../electron/core/pbx/queue';
import type { QueueDetail, QueueSummary } from '../../../../electron/core/pbx/schemas/queue';
import { QueueSync } from '../../../../electron/core/queues/queue-sync';
import { PollLoop } from '../../../../electron/core/sync/poll-loop';
import type { QueueView } from '../../../../electron/shared/features/queues';
import { FakeClock } from '../../../harness/fake-clock';

const agent = { username: 'tsander', displayName: 'Tina Sander', extension: '221', mailbox: '221' };

function summary(name: string, paused = 0): QueueSummary {
  return {
    qid: null,
    name,
    extension: null,
    loginCode: null,
    callerIdName: null,
    counts: {
      active: 3 - paused,
      notInUse: 3 - paused,
      unavailable: 0,
      busy: 0,
      ringing: 0,
      inactive: 0,
      paused,
      perPauseReason: paused > 0 ? [{ reason: 'Lunch', count: paused }] : [],
    },
    waitingCount: 0,
  };
}

function detail(name: string, members: string[], tsanderPaused = false): QueueDetail {
  return {
    id: null,
    qid: null,
    name,
    extension: null,
    callerIdName: null,
    members: members.map((member) => ({
      agent: member,
      queue: name,
      dynamic: true,
      loggedIn: true,
      paused: member === 'tsander' && tsanderPaused,
      pauseReason: member === 'tsander' && tsanderPaused ? 'Lunch' : null,
      phonebookEntry: null,
    })),
    entries: [],
    pauseReasons: [{ name: 'Lunch', code: '10' }],
  };
}

function rig() {
  const clock = new FakeClock();
  const requests: string[] = [];
  const pbx = { paused: false, gate: null as Promise<void> | null };
  const api: QueueApi = {
    async list() {
      requests.push('list');
      await pbx.gate;
      return [summary('Zentrale', pbx.paused ? 1 : 0), summary('Support'), summary('Extern')];
    },
    async get(name) {
      requests.push(`get ${name}`);
      if (name === 'Extern') return detail(name, ['hvoss']);
      return detail(name, ['tsander', 'agrassl'], name === 'Zentrale' && pbx.paused);
    },
    agentAction: async () => ({ response: 'Success', message: null, actionId: null, succeeded: true }),
    agentActionAll: async () => ({ response: 'Success', message: null, actionId: null, succeeded: true }),
  };
  const snapshots: QueueView[][] = [];
  const sync = new QueueSync({
    api,
    agent,
    clock,
    loop: (options) => new PollLoop({ ...options, clock, log: silentLogger }),
    intervalMs: () => 5000,
    onSnapshot: (rows) => snapshots.push(rows),
  });
  return { clock, requests, pbx, sync, snapshots };
}

describe('following the queues cheaply', () => {
  test('the first read looks at every queue; only the agent’s memberships become rows', async () => {
    const { clock, requests, sync, snapshots } = rig();
    sync.start();
    await clock.advance(0);
    expect(requests).toEqual(['list', 'get Zentrale', 'get Support', 'get Extern']);
    expect(snapshots.at(-1)?.map((queue) => queue.name)).toEqual(['Zentrale', 'Support']);
    sync.stop();
  });

  test('an idle minute costs the list every 5 s and the memberships every 30 s; other queues every 5 min', async () => {
    const { clock, requests, sync } = rig();
    sync.start();
    await clock.advance(0);
    requests.length = 0;
    await clock.advance(60_000);
    expect(requests.filter((request) => request === 'list')).toHaveLength(12);
    expect(requests.filter((request) => request === 'get Zentrale')).toHaveLength(2);
    expect(requests.filter((request) => request === 'get Extern')).toHaveLength(0);
    await clock.advance(240_000);
    expect(requests.filter((request) => request === 'get Extern')).toHaveLength(1);
    sync.stop();
  });

  test('a change in a queue’s counters fetches that queue at the next tick', async () => {
    const { clock, requests, pbx, sync, snapshots } = rig();
    sync.start();
    await clock.advance(0);
    requests.length = 0;
    pbx.paused = true;
    await clock.advance(5000);
    expect(requests).toEqual(['list', 'get Zentrale']);
    expect(snapshots.at(-1)?.[0]).toMatchObject({ name: 'Zentrale', paused: true, pauseReason: 'Lunch' });
    sync.stop();
  });

  test('a read that started before an action ended is dropped; the read after it is shown at once', async () => {
    const { clock, requests, pbx, sync, snapshots } = rig();
    sync.start();
    await clock.advance(0);
    let open: () => void = () => {};
    pbx.gate = new Promise((resolve) => {
      open = resolve;
    });
    await clock.advance(5000);
    sync.hold();
    pbx.paused = true;
    const before = snapshots.length;
    requests.length = 0;
    pbx.gate = null;
    open();
    await clock.advance(0);
    expect(snapshots.length).toBe(before);
    sync.release();
    await clock.advance(0);
    // The held read's detail (its list was asked before), then a full re-read of the memberships.
    expect(requests).toEqual(['get Zentrale', 'list', 'get Zentrale', 'get Support']);
    expect(snapshots.length).toBe(before + 1);
    expect(snapshots.at(-1)?.[0]?.paused).toBe(true);
    sync.stop();
  });
});
