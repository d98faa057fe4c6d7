/** The missed-calls summary's rows: latest first, one per number ("3×"); a withheld number alone. */
import type { MissedCallCard } from '../../../electron/shared/features/calls';

export interface MissedGroup {
  latest: MissedCallCard;
  count: number;
  /** Every call of the row (their ids), to take them all off the card at once. */
  ids: string[];
}

export function groupMissedCalls(cards: readonly MissedCallCard[]): MissedGroup[] {
  const groups: MissedGroup[] = [];
  const byNumber = new Map<string, MissedGroup>();
  // Newest first; cards are kept newest last, so a tie goes to the later one.
  const newestFirst = cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => b.card.endedAtMs - a.card.endedAtMs || b.index - a.index)
    .map((entry) => entry.card);
  for (const card of newestFirst) {
    const call = card.call;
    const key = (call.remoteE164 ?? call.remoteDisplayNumber ?? call.remoteNumber).replace(/[^\d+*#]/g, '');
    const group = key === '' ? undefined : byNumber.get(key);
    if (group) {
      group.count += 1;
      group.ids.push(call.id);
      continue;
    }
    const created = { latest: card, count: 1, ids: [call.id] };
    groups.push(created);
    if (key !== '') byNumber.set(key, created);
  }
  return groups;
}
