/** The queue part of the settings document, as the UI sees it and as the queues command changes it. */
import type { ParsedCommandInput } from '../../shared/contract';
import type { QueueSettingsView } from '../../shared/features/queues';
import type { Settings } from '../settings/schema';
import type { SettingsService } from '../settings/settings-service';

export function queueSettingsView(settings: Settings): QueueSettingsView {
  const { lastPauseReason: _lastPauseReason, ...view } = settings.queues;
  return view;
}

export function updateQueueSettings(
  settings: SettingsService,
  patch: ParsedCommandInput<'queues/update-settings'>,
): QueueSettingsView {
  const next = settings.update((draft) => ({
    ...draft,
    queues: {
      ...draft.queues,
      ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    },
  }));
  return queueSettingsView(next);
}

export function rememberPauseReason(settings: SettingsService, reason: string): void {
  if (settings.current.queues.lastPauseReason === reason) return;
  settings.update((draft) => ({ ...draft, queues: { ...draft.queues, lastPauseReason: reason } }));
}
