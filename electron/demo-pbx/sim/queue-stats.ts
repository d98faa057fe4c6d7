import type { QueueSeed } from '../data/model';
import type { QueueJoinState } from './call-types';
import { isBusyHint } from './hints';

/**
 * Member counters as the queue list and the cdr's joinQueueState show them. "Active" counts every
 * logged-in, unpaused member, reachable or not (the reference's sample has 6 active and 6
 * unavailable). The per-reason count is PHP-shaped: [] when empty, an object keyed by reason otherwise.
 */
export function queueMemberCounts(
  queue: QueueSeed,
  hintOf: (username: string) => string,
  waitingCallers: number,
): QueueJoinState {
  const perReason: Record<string, number> = {};
  const counts: QueueJoinState = {
    countEntries: waitingCallers,
    countMembersBusy: 0,
    countActiveMembers: 0,
    countPausedMembers: 0,
    countMembersRinging: 0,
    countInactiveMembers: 0,
    countMembersNotInUse: 0,
    countMembersUnavailable: 0,
    countMembersPerPauseReason: [],
  };
  for (const member of queue.members) {
    if (!member.loggedIn) {
      counts.countInactiveMembers++;
      continue;
    }
    if (member.paused) {
      counts.countPausedMembers++;
      if (member.pauseReason) perReason[member.pauseReason] = (perReason[member.pauseReason] ?? 0) + 1;
      continue;
    }
    counts.countActiveMembers++;
    const hint = hintOf(member.username);
    if (hint === 'Unavailable') counts.countMembersUnavailable++;
    else if (hint === 'Ringing') counts.countMembersRinging++;
    else if (isBusyHint(hint)) counts.countMembersBusy++;
    else counts.countMembersNotInUse++;
  }
  if (Object.keys(perReason).length > 0) counts.countMembersPerPauseReason = perReason;
  return counts;
}
