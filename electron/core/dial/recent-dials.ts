/**
 * The last numbers dialed, newest first, for the empty dial box. Kept in the settings file so they
 * survive a restart; one entry per number, at most `maxRecentDials`.
 */
import type { Settings } from '../settings/schema';
import type { SettingsService } from '../settings/settings-service';

export const maxRecentDials = 10;

export type RecentDial = Settings['dial']['recent'][number];

export function rememberRecent(settings: SettingsService, entry: RecentDial): void {
  settings.update((draft) => ({
    ...draft,
    dial: {
      ...draft.dial,
      recent: [entry, ...draft.dial.recent.filter((old) => old.target !== entry.target)].slice(
        0,
        maxRecentDials,
      ),
    },
  }));
}
