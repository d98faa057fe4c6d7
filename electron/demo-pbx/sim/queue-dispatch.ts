import type { CallEngine } from './calls';
import type { PbxWorld } from './world';

/**
 * Ring-all queue strategy with Asterisk's ringinuse=no: every waiting caller rings each member who
 * is logged in, not paused and Idle (not already ringing or talking), oldest caller first. Members
 * who pause or log out while ringing stop ringing; members who declined a call are not rung again.
 */
export function dispatchQueueCalls(engine: CallEngine, world: PbxWorld): void {
  for (const queue of world.queues) {
    for (const root of engine.waitingCallers(queue)) {
      for (const leg of engine.children(root)) {
        const member = queue.members.find((m) => m.username === leg.dst.user?.name);
        if (!member?.loggedIn || member.paused) engine.endLeg(leg, 'noanswer', 'agent');
      }
      for (const member of queue.members) {
        if (!member.loggedIn || member.paused || root.declinedBy.includes(member.username)) continue;
        const user = world.user(member.username);
        if (!user || engine.children(root).some((leg) => leg.dst.user === user)) continue;
        if (engine.hint(user) !== 'Idle') continue;
        engine.createAgentLeg(root, user);
      }
    }
  }
}
