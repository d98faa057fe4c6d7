import { formatLandline, randomLandline } from '../data/number-formats';
import type { CallEngine } from './calls';
import type { PbxWorld } from './world';

/**
 * Connected calls among the agent's colleagues and external numbers, never involving the agent or a
 * queue: the load of a busy PBX for /cdr/live. Durations are spread so the records differ.
 */
export function addBackgroundCalls(engine: CallEngine, world: PbxWorld, count: number): number[] {
  const colleagues = world.users.filter((u) => u.name !== engine.agent);
  const ids: number[] = [];
  if (colleagues.length === 0) return ids;
  const random = world.random;
  for (let i = 0; i < count; i++) {
    const colleague = colleagues[i % colleagues.length];
    if (!colleague) continue;
    const external = formatLandline(randomLandline(random), random.int(0, 6));
    const pattern = i % 3;
    const partner = colleagues[(i + 1) % colleagues.length];
    const leg =
      pattern === 0
        ? engine.startInbound({ from: external, to: colleague.name, origin: 'background' })
        : pattern === 1 || !partner || partner === colleague
          ? engine.startOutbound({ fromUser: colleague.name, to: external, origin: 'background' })
          : engine.startOutbound({ fromUser: colleague.name, to: partner.extension, origin: 'background' });
    engine.answer(leg.phonecallId);
    const startedAgoMs = random.int(5, 900) * 1000;
    const ringMs = random.int(2, 15) * 1000;
    leg.startedAtMs = world.now() - startedAgoMs - ringMs;
    leg.answeredAtMs = world.now() - startedAgoMs;
    ids.push(leg.phonecallId);
  }
  return ids;
}

export function clearBackgroundCalls(engine: CallEngine): void {
  for (const leg of engine.liveLegs()) {
    if (leg.origin === 'background' && engine.leg(leg.phonecallId)) engine.hangup(leg.phonecallId);
  }
}
