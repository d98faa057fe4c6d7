/**
 * Today's calls as the panel lists them: one row per caller, not one per call. Calls from (or to)
 * the same number join the row of their latest call, which counts them ("3×") and is missed while
 * its latest call was missed and nobody called back since. A withheld number stands alone.
 */
import type { RecentCallView } from '../../../electron/shared/features/calls';

export interface RecentGroup {
  /** The latest call of the group: its outcome, time and name are the row's. */
  latest: RecentCallView;
  count: number;
  /** Calls of the group nobody answered. */
  missed: number;
  /** Ids of every call in the group, newest first. */
  ids: string[];
}

function groupKey(call: RecentCallView): string | null {
  const number = (call.remoteDisplayNumber || call.remoteNumber).replace(/[^\d+*#]/g, '');
  return number === '' ? null : number;
}

/** `calls` newest first, as the core lists them; the groups keep that order by their latest call. */
export function groupRecentCalls(calls: readonly RecentCallView[]): RecentGroup[] {
  const groups: RecentGroup[] = [];
  const byKey = new Map<string, RecentGroup>();
  for (const call of calls) {
    const key = groupKey(call);
    const group = key === null ? undefined : byKey.get(key);
    if (group) {
      group.count += 1;
      group.ids.push(call.id);
      if (call.outcome === 'missed') group.missed += 1;
      continue;
    }
    const created = { latest: call, count: 1, missed: call.outcome === 'missed' ? 1 : 0, ids: [call.id] };
    groups.push(created);
    if (key !== null) byKey.set(key, created);
  }
  return groups;
}
