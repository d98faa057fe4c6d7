/**
 * What the team loop reads and when, on a fake clock with a scripted PBX: roles at start and every
 * 30 minutes, presence only while the panel is open and paced, the cheaper of single reads and the
 * user list, and roles the API user may not read.
 */
import { describe, expect, test } from 'vitest';
import { silentLogger } from '../../../../electron/core/log';
import { PbxError, type PbxRole, type PbxUser } from '../../../../electron/core/pbx/index';
import { PollLoop } from '../../../../electron/core/sync/poll-loop';
import type { RoleReading } from '../../../../electron/core/team/scope';
import {
  IDLE_LOOK_MS,
  PER_USER_READ_LIMIT,
  PRESENCE_FRESH_MS,
  PRESENCE_INTERVAL_MS,
  ROLES_INTERVAL_MS,
  TeamSync,
  WORK_PACE_MS,
} from '../../../../electron/core/team/team-sync';
import { FakeClock } from '../../../harness/fake-clock';

const user = (username: string) => ({ id: username.length, username, displayName: username }) as PbxUser;
const role = (name: string, members: string[]) => ({ name, members }) as PbxRole;

function rig(
  options: { board?: string[]; directorySize?: number | null; rolesFail?: 'forbidden' | 'server' } = {},
) {
  const clock = new FakeClock();
  const asked: { at: number; what: string }[] = [];
  const readings: RoleReading[] = [];
  const users: string[] = [];
  let rounds = 0;
  let watching = false;
  const note = (what: string) => asked.push({ at: clock.monotonicMs(), what });
  const api = {
    role: {
      async listNames() {
        note('roles');
        if (options.rolesFail)
          throw new PbxError({ kind: options.rolesFail, method: 'GET', path: '/services/role/' });
        return ['Team Zentrale', 'Vertrieb'];
      },
      async get(name: string) {
        note(`role:${name}`);
        return role(name, ['tsander', name === 'Vertrieb' ? 'aturitzo' : 'ameyer']);
      },
    },
    identity: {
      async getUser(username: string) {
        note(`user:${username}`);
        return user(username);
      },
      async listUsers() {
        note('directory');
        return [user('ameyer')];
      },
    },
  };
  const sync = new TeamSync({
    api: api as never,
    clock,
    log: silentLogger,
    loop: (loopOptions) => new PollLoop({ ...loopOptions, clock, log: silentLogger, random: () => 0.5 }),
    watching: () => watching,
    board: () => options.board ?? ['ameyer', 'aturitzo', 'agrassl'],
    directorySize: () => options.directorySize ?? null,
    onRoles: (reading) => readings.push(reading),
    onUser: (username) => users.push(username),
    onDirectory: () => {},
    onPresenceRound: () => {
      rounds += 1;
    },
    readDirectory: () => api.identity.listUsers(),
  });
  return {
    clock,
    sync,
    asked,
    readings,
    users,
    rounds: () => rounds,
    open() {
      watching = true;
      sync.panelOpened();
    },
    close() {
      watching = false;
      sync.panelClosed();
    },
  };
}

/** Past the connect round (roles and the board read once) and its minute of freshness. */
const SETTLED_MS = PRESENCE_FRESH_MS + 60 * WORK_PACE_MS;

describe('the team loop', () => {
  test('reads the roles at start, then the board once, one request per run; the roles again after 30 minutes, nothing else while the panel is closed', async () => {
    const r = rig();
    r.sync.start();
    await r.clock.advance(5000);
    expect(r.asked.map((entry) => entry.what)).toEqual([
      'roles',
      'role:Team Zentrale',
      'role:Vertrieb',
      'user:ameyer',
      'user:aturitzo',
      'user:agrassl',
    ]);
    expect(r.asked.map((entry) => entry.at)).toEqual([0, 1, 2, 3, 4, 5].map((i) => i * WORK_PACE_MS));
    expect(r.rounds()).toBe(1);
    expect(r.readings).toEqual([
      {
        kind: 'roles',
        roles: [
          { name: 'Team Zentrale', members: ['tsander', 'ameyer'] },
          { name: 'Vertrieb', members: ['tsander', 'aturitzo'] },
        ],
      },
    ]);
    await r.clock.advance(ROLES_INTERVAL_MS - 10_000);
    expect(r.asked).toHaveLength(6);
    await r.clock.advance(10_000 + IDLE_LOOK_MS);
    expect(r.asked.filter((entry) => entry.what === 'roles')).toHaveLength(2);
    expect(r.asked.filter((entry) => entry.what.startsWith('user:'))).toHaveLength(3);
    r.sync.stop();
  });

  test('presence when the panel opens, paced, and every 5 minutes while it stays open; not when it opens again within a minute', async () => {
    const r = rig();
    r.sync.start();
    await r.clock.advance(SETTLED_MS);
    r.asked.length = 0;
    r.open();
    await r.clock.advance(5000);
    expect(r.asked.map((entry) => entry.what)).toEqual(['user:ameyer', 'user:aturitzo', 'user:agrassl']);
    const gaps = r.asked.slice(1).map((entry, i) => entry.at - (r.asked[i]?.at ?? 0));
    expect(gaps.every((gap) => gap >= WORK_PACE_MS)).toBe(true);
    expect(r.rounds()).toBe(2); // the connect round, then this one
    r.close();
    r.open();
    await r.clock.advance(5000);
    expect(r.asked).toHaveLength(3);
    await r.clock.advance(PRESENCE_INTERVAL_MS + IDLE_LOOK_MS);
    expect(r.asked).toHaveLength(6);
    expect(r.rounds()).toBe(3);
    r.sync.stop();
  });

  test('closing the panel drops the presence reads still queued', async () => {
    const r = rig();
    r.sync.start();
    await r.clock.advance(SETTLED_MS);
    r.asked.length = 0;
    r.open();
    await r.clock.advance(10);
    r.close();
    await r.clock.advance(PRESENCE_INTERVAL_MS * 2);
    expect(r.asked.map((entry) => entry.what)).toEqual(['user:ameyer']);
    r.sync.stop();
  });

  test.each([
    ['a board larger than the single-read limit', PER_USER_READ_LIMIT + 1, null],
    ['a board that is half the PBX', 6, 12],
  ])('%s reads one user list instead', async (_case, size, directorySize) => {
    const r = rig({ board: Array.from({ length: size }, (_, i) => `user${i}`), directorySize });
    r.sync.start();
    await r.clock.advance(SETTLED_MS);
    r.asked.length = 0;
    r.open();
    await r.clock.advance(5000);
    expect(r.asked.map((entry) => entry.what)).toEqual(['directory']);
    expect(r.rounds()).toBe(1);
    r.sync.stop();
  });

  test('a board of 50 on a PBX of 2,000 users is read one user at a time, not with the 2,000-user list', async () => {
    const board = Array.from({ length: 50 }, (_, i) => `user${i}`);
    const r = rig({ board, directorySize: 2000 });
    r.sync.start();
    await r.clock.advance(SETTLED_MS);
    r.asked.length = 0;
    r.open();
    await r.clock.advance(50 * WORK_PACE_MS + 1000);
    expect(r.asked.map((entry) => entry.what)).toEqual(board.map((name) => `user:${name}`));
    expect(r.rounds()).toBe(2); // the connect round read them one at a time too
    r.sync.stop();
  });

  test('a panel opened within a minute of the connect round reads nothing again; a board that needs the whole user list waits for the panel', async () => {
    const r = rig();
    r.sync.start();
    await r.clock.advance(10_000);
    r.asked.length = 0;
    r.open();
    await r.clock.advance(10_000);
    expect(r.asked).toEqual([]);
    const big = rig({ board: Array.from({ length: PER_USER_READ_LIMIT + 1 }, (_, i) => `user${i}`) });
    big.sync.start();
    await big.clock.advance(PRESENCE_FRESH_MS);
    expect(big.asked.map((entry) => entry.what)).toEqual(['roles', 'role:Team Zentrale', 'role:Vertrieb']);
    r.sync.stop();
    big.sync.stop();
  });

  test('roles the API user may not read: favourites only, and the loop goes on without backing off', async () => {
    const r = rig({ rolesFail: 'forbidden' });
    r.sync.start();
    r.open();
    await r.clock.advance(3000);
    expect(r.readings).toEqual([{ kind: 'unreadable', reason: 'roles-forbidden' }]);
    expect(r.asked.map((entry) => entry.what).slice(0, 2)).toEqual(['roles', 'user:ameyer']);
    r.sync.stop();
  });

  test('a PBX that fails the roles is asked again after the backoff, not given up on', async () => {
    const r = rig({ rolesFail: 'server' });
    r.sync.start();
    await r.clock.advance(10_000);
    expect(r.readings).toEqual([]);
    expect(r.asked.filter((entry) => entry.what === 'roles').length).toBeGreaterThan(1);
    r.sync.stop();
  });
});
