/** The Calls tab's count: today's callers still waiting for a call back (missed, not called since). */
import type { RecentCallView } from '../../../electron/shared/features/calls';
import type { Translator } from '../lib/i18n';
import type { TabBadge } from '../shared/tab';
import { groupRecentCalls } from './recent-groups';

export function missedBadge(recent: readonly RecentCallView[], i18n: Translator): TabBadge | null {
  const count = groupRecentCalls(recent).filter((group) => group.latest.outcome === 'missed').length;
  return count > 0 ? { count, tone: 'alert', label: i18n.t('calls.recent.missedCallers', { count }) } : null;
}
