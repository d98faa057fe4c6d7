/**
 * What the team board costs the PBX (issue 13): requests and wire bytes per minute of an idle
 * agent on a PBX of 2,000 users whose team role has 50 members, with the panel closed and open,
 * beside the agent-only baseline (the same app without the team feature).
 *
 * The real core (its timers on a fake clock shared with the demo PBX, real HTTP on loopback)
 * connects through a counting TCP relay, so "wire bytes" are every byte of every exchange both
 * ways (request line, headers, bodies; plain HTTP, no TLS). Each scenario connects, lets the
 * connect-time reads (roles, phonebook, queues, ...) pass for 2 minutes, then counts `MINUTES`
 * (default 10) of app time. "Open" renews the panel's `team/watch` every 15 s as the panel does and
 * counts from the moment it opens, so it includes the presence read on opening and the one 5
 * minutes later. Only the team's watch is sent: what other features do with an open panel (the
 * queues poll faster) is theirs and is left out, so the open/closed difference is the board's.
 * What the board reads once at connect (the roles, again every 30 minutes, and each person on the
 * board once, for names and extensions) is printed separately.
 * Run: `npx tsx test/bench/team-cost.bench.ts`.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { dispatchCommand } from '../../electron/core/commands/dispatch';
import { coreFeatures } from '../../electron/core/feature-list';
import { startDemoPbx } from '../../electron/demo-pbx/index';
import type { RecordedRequest } from '../../electron/demo-pbx/request-log';
import { createCompanionFixture } from '../harness/companion-fixture';

const minutes = Number(process.env.MINUTES ?? 10);
const users = Number(process.env.USERS ?? 2000);
const password = 'bench';

/** A TCP relay that counts what passes each way. */
async function countingRelay(
  target: URL,
): Promise<{ port: number; bytes(): number; close(): Promise<void> }> {
  let total = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    client.on('data', (chunk: Buffer) => {
      total += chunk.length;
    });
    upstream.on('data', (chunk: Buffer) => {
      total += chunk.length;
    });
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('relay has no port');
  return {
    port: address.port,
    bytes: () => total,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

type Scenario = 'baseline' | 'closed' | 'open';

interface Measured {
  requests: RecordedRequest[];
  wireBytes: number;
  board: number;
  keysPerStates: number;
  roleRequests: RecordedRequest[];
}

async function measure(scenario: Scenario): Promise<Measured> {
  const features = scenario === 'baseline' ? coreFeatures.filter((f) => f.name !== 'team') : undefined;
  const fixture = await createCompanionFixture(features ? { features: features as never } : {});
  const pbx = await startDemoPbx({ apiPassword: password, userCount: users, now: () => fixture.clock.now() });
  const relay = await countingRelay(new URL(pbx.origin));
  const baseUrl = pbx.baseUrl.replace(new URL(pbx.origin).port, String(relay.port));
  try {
    await fixture.connect({ serverAddress: baseUrl, apiPassword: password });
    await fixture.until(() => fixture.companion.state.calls.phonebook.status === 'ready', 120_000);
    await fixture.pump(120_000, 250);
    const roleRequests = pbx.requests.filter(
      (r) =>
        r.path.startsWith('/services/role') || (group(r.path) === 'one user' && !r.path.endsWith('/tsander')),
    );
    pbx.clearRequests();
    const bytesBefore = relay.bytes();
    const watch = () => dispatchCommand(fixture.companion, 'team/watch', { open: true }, { window: 'panel' });
    for (let quarter = 0; quarter < minutes * 4; quarter++) {
      if (scenario === 'open') await watch();
      await fixture.pump(15_000, 250);
    }
    const requests = pbx.requests.filter((r) => r.authorized);
    const states = requests.filter((r) => r.path === '/services/identity/states');
    const keys = states.map((r) => (r.query.keys ?? r.query.key ?? '').split(',').length);
    const team = (fixture.companion.state as { team?: { members: unknown[] } }).team;
    return {
      requests,
      wireBytes: relay.bytes() - bytesBefore,
      board: team?.members.length ?? 0,
      keysPerStates: keys.length === 0 ? 0 : Math.max(...keys),
      roleRequests,
    };
  } finally {
    await fixture.companion.dispose();
    await relay.close();
    await pbx.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const group = (path: string) =>
  path === '/services/identity/states'
    ? 'states'
    : /^\/services\/identity\/?$/.test(path)
      ? 'user list'
      : /^\/services\/identity\/[^/]+\/?$/.test(path)
        ? 'one user'
        : 'other';

function line(label: string, m: Measured): string {
  const byGroup = new Map<string, { count: number; bytes: number }>();
  for (const r of m.requests) {
    const sum = byGroup.get(group(r.path)) ?? { count: 0, bytes: 0 };
    sum.count += 1;
    sum.bytes += r.responseBytes;
    byGroup.set(group(r.path), sum);
  }
  const parts = [...byGroup.entries()].map(
    ([name, sum]) =>
      `${name} ${(sum.count / minutes).toFixed(1)}/min ${kb(sum.bytes / minutes)}/min of answers`,
  );
  return `  ${label.padEnd(30)} ${(m.requests.length / minutes).toFixed(1).padStart(6)} requests/min, ${kb(m.wireBytes / minutes).padStart(9)}/min on the wire\n      (${parts.join('; ')})`;
}

const baseline = await measure('baseline');
const closed = await measure('closed');
const open = await measure('open');
console.log(
  `team board cost, idle agent, PBX of ${users} users, board of ${open.board} people, ${minutes} min of app time each (fake clock, loopback, plain HTTP)`,
);
console.log(line('agent only (no team feature)', baseline));
console.log(line('team feature, panel closed', closed));
console.log(line('team feature, panel open', open));
const extraRequests = (open.requests.length - baseline.requests.length) / minutes;
const extraStates =
  (open.requests.filter((r) => r.path === '/services/identity/states').length -
    baseline.requests.filter((r) => r.path === '/services/identity/states').length) /
  minutes;
console.log(
  `  panel open vs agent only: ${(open.wireBytes / Math.max(1, baseline.wireBytes)).toFixed(1)}x the wire bytes, +${kb((open.wireBytes - baseline.wireBytes) / minutes)}/min; +${extraRequests.toFixed(1)} requests/min, of them +${extraStates.toFixed(1)} states requests/min (the states request carried up to ${open.keysPerStates} keys)`,
);
console.log(
  `  panel closed vs agent only: ${((closed.requests.length - baseline.requests.length) / minutes).toFixed(1)} requests/min, ${kb((closed.wireBytes - baseline.wireBytes) / minutes)}/min`,
);
const atConnect = (kind: 'role' | 'user') =>
  closed.roleRequests.filter((r) => r.path.startsWith('/services/role') === (kind === 'role'));
const answers = (requests: RecordedRequest[]) => kb(requests.reduce((sum, r) => sum + r.responseBytes, 0));
console.log(
  `  once at connect: roles ${atConnect('role').length} requests, ${answers(atConnect('role'))} of answers (again every 30 min); the board's people ${atConnect('user').length} requests, ${answers(atConnect('user'))} of answers`,
);
