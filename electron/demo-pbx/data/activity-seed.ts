import { renderHistoryRecord } from '../sim/call-records';
import type { CallLeg, CallResult, LegKind, Party } from '../sim/call-types';
import { newLeg } from '../sim/new-leg';
import { callerParty, externalParty, queueParty, userParty } from '../sim/parties';
import { queueMemberCounts } from '../sim/queue-stats';
import type { PbxWorld } from '../sim/world';
import { DEMO_CALLERS, UNKNOWN_CALLER_NUMBER } from './known-callers';
import type { QueueSeed } from './model';
import { formatLandline, randomLandline } from './number-formats';
import { DEMO_AGENT } from './users';

const MINUTE_MS = 60_000;

interface PastCall {
  kind: LegKind;
  src: Party;
  dst: Party;
  startMs: number;
  ringSeconds: number;
  talkSeconds: number | null;
  result?: CallResult;
  resultDetails?: string;
  queue?: QueueSeed;
  parent?: CallLeg;
}

/** Writes one finished leg into the history, as if it had happened at startMs. */
function writePast(world: PbxWorld, call: PastCall): CallLeg {
  const id = world.allocateRecordId();
  const answeredAtMs = call.talkSeconds === null ? null : call.startMs + call.ringSeconds * 1000;
  const agent = call.kind === 'agent';
  const leg: CallLeg = {
    ...newLeg({
      phonecallId: id,
      cdrId: world.allocateCdrId(),
      parentCdrId: call.parent?.cdrId ?? null,
      startedAtMs: call.startMs,
      kind: call.kind,
      src: call.src,
      dst: call.dst,
      origin: 'history',
      parentId: call.parent?.phonecallId ?? null,
      ...(call.parent ? { chain: call.parent.chain } : {}),
      via: agent ? 'queue' : '',
      viaDetails: agent ? 'caller' : '',
    }),
    state: 'BUSY',
    answeredAtMs,
    queue: call.queue ?? null,
    joinPosition: call.queue ? 1 : 0,
    ringedAgents: call.kind === 'queue' ? 2 : 0,
    joinQueueState: call.queue ? queueMemberCounts(call.queue, () => 'Idle', 0) : null,
  };
  const endedAtMs = call.startMs + (call.ringSeconds + (call.talkSeconds ?? 0)) * 1000;
  const result = call.result ?? (answeredAtMs === null ? 'noanswer' : 'hangup');
  world.history.add(
    renderHistoryRecord(leg, { result, resultDetails: call.resultDetails ?? 'src', endedAtMs }),
  );
  return leg;
}

/**
 * A week of believable history and voicemail for the demo agent, relative to the clock at start:
 * repeat calls from the well-known callers (for "called 3 times recently"), a missed call that left a
 * voicemail, queue calls answered by the agent and by colleagues, outbound calls, and colleagues' calls.
 */
export function seedActivity(world: PbxWorld): void {
  const agent = world.user(DEMO_AGENT);
  const zentrale = world.queue('Zentrale');
  const support = world.queue('Support');
  if (!agent || !zentrale || !support) return;
  const random = world.random.fork(7);
  const now = world.now();
  const agentParty = (): Party => userParty(agent, world.answeringDevice(agent));
  const from = (number: string): Party => callerParty(world, number, undefined, agent.name);
  const c = DEMO_CALLERS;

  const direct = (src: Party, minutesAgo: number, talkSeconds: number | null, details?: string): void => {
    writePast(world, {
      kind: 'direct',
      src,
      dst: agentParty(),
      startMs: now - minutesAgo * MINUTE_MS,
      ringSeconds: 6,
      talkSeconds,
      ...(details ? { resultDetails: details } : {}),
    });
  };
  const viaQueue = (src: Party, queue: QueueSeed, minutesAgo: number, answeredBy: string | null): void => {
    const startMs = now - minutesAgo * MINUTE_MS;
    const root = writePast(world, {
      kind: 'queue',
      src,
      dst: queueParty(queue),
      startMs,
      ringSeconds: 9,
      talkSeconds: answeredBy ? 120 : null,
      queue,
      ...(answeredBy ? {} : { resultDetails: 'abondon' }),
    });
    for (const member of queue.members.slice(0, 3)) {
      const user = world.user(member.username);
      if (!user) continue;
      const answered = user.name === answeredBy;
      writePast(world, {
        kind: 'agent',
        src,
        dst: userParty(user, answered ? world.answeringDevice(user) : undefined),
        startMs: startMs + 1000,
        ringSeconds: 8,
        talkSeconds: answered ? 120 : null,
        queue,
        parent: root,
        ...(answered ? {} : { resultDetails: answeredBy ? 'elsewhere' : 'caller' }),
      });
    }
  };

  direct(from(c.lukasMueller.callsFrom), 3 * 24 * 60 + 35, 412);
  direct(from(c.lukasMueller.sameInOtherFormat), 26 * 60, 95);
  direct(from(c.lukasMueller.callsFrom), 130, null);
  direct(from(c.sabineWeiss.callsFrom), 118, null, 'voicemail');
  direct(from(c.kaetheGross.callsFrom), 2 * 24 * 60, 301);
  direct(from(UNKNOWN_CALLER_NUMBER), 45, null, 'voicemail');
  direct(callerParty(world, '230'), 5 * 24 * 60, 64);
  viaQueue(from(c.franzHofer.callsFrom), support, 4 * 24 * 60 + 10, agent.name);
  viaQueue(from(c.stadtwerkeZentrale.callsFrom), zentrale, 24 * 60 + 300, 'jgeissler');
  viaQueue(from(formatLandline(randomLandline(random), 0)), zentrale, 75, null);
  writePast(world, {
    kind: 'direct',
    src: agentParty(),
    dst: externalParty(world, c.franzHofer.storedAs, undefined, agent.name),
    startMs: now - 6 * 24 * 60 * MINUTE_MS,
    ringSeconds: 4,
    talkSeconds: 180,
  });
  writePast(world, {
    kind: 'direct',
    src: agentParty(),
    dst: externalParty(world, c.tobiasMustermann.storedAs, undefined, agent.name),
    startMs: now - 200 * MINUTE_MS,
    ringSeconds: 20,
    talkSeconds: null,
  });

  const colleagues = world.users.filter((u) => u !== agent);
  for (let i = 0; i < 30; i++) {
    const user = random.pick(colleagues);
    const external = externalParty(world, formatLandline(randomLandline(random), random.int(0, 6)));
    const inbound = random.chance(0.5);
    writePast(world, {
      kind: 'direct',
      src: inbound ? external : userParty(user, world.answeringDevice(user)),
      dst: inbound ? userParty(user, world.answeringDevice(user)) : external,
      startMs: now - random.int(10, 7 * 24 * 60) * MINUTE_MS,
      ringSeconds: random.int(2, 20),
      talkSeconds: random.chance(0.8) ? random.int(20, 900) : null,
    });
  }
  seedVoicemail(world, now, random.int(1, 1_000_000));
}

function seedVoicemail(world: PbxWorld, now: number, seed: number): void {
  const c = DEMO_CALLERS;
  const messages: [
    mailbox: string,
    folder: string,
    minutesAgo: number,
    seconds: number,
    name: string,
    number: string,
  ][] = [
    ['221', 'Old', 5 * 24 * 60, 14, c.franzHofer.displayname, c.franzHofer.callsFrom],
    ['221', 'Old', 2 * 24 * 60 + 30, 9, c.lukasMueller.displayname, c.lukasMueller.callsFrom],
    ['221', 'Old', 4 * 24 * 60, 6, 'Anna Meyer', '230'],
    ['221', 'INBOX', 118, 12, c.sabineWeiss.displayname, c.sabineWeiss.callsFrom],
    ['221', 'INBOX', 45, 7, '', UNKNOWN_CALLER_NUMBER.replace(/\s/g, '')],
    ['200', 'INBOX', 75, 11, '', '+49301234999'],
    ['230', 'INBOX', 3 * 24 * 60, 5, c.stadtwerkeOeztuerk.displayname, c.stadtwerkeOeztuerk.callsFrom],
  ];
  messages.forEach(([mailbox, folder, minutesAgo, seconds, name, number], index) => {
    world.voicemail.add({
      mailbox,
      folder,
      origTimeSeconds: Math.floor((now - minutesAgo * MINUTE_MS) / 1000),
      durationSeconds: seconds,
      callerName: name,
      callerNumber: number,
      audioSeed: seed + index,
    });
  });
}
