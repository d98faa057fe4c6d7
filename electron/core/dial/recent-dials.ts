/**
 * The last numbers dialed, newest first, for the empty dial box. Kept in the settings file so they
 * survive a restart; one entry per number, at most `maxRecentDials`.
 */
import type { SettingsSection } from '../settings/section';
import type { DialSettings } from './settings';

export const maxRecentDials = 10;

export type RecentDial = DialSettings['recent'][number];

export function rememberRecent(settings: SettingsSection<DialSettings>, entry: RecentDial): void {
  settings.update((dial) => ({
    recent: [entry, ...dial.recent.filter((old) => old.target !== entry.target)].slice(0, maxRecentDials),
  }));
}
