/** The queue section of the settings document, as the UI sees it and as the queues command changes it. */
import type { ParsedCommandInput } from '../../shared/contract';
import type { QueueSettingsView } from '../../shared/features/queues';
import type { SettingsSection } from '../settings/section';
import { type QueuesSettings, queuesSettings } from './settings';

export function queueSettingsView(settings: QueuesSettings): QueueSettingsView {
  const { lastPauseReason: _lastPauseReason, ...view } = settings;
  return view;
}

/** The view of the defaults (every safety net off). */
export function defaultQueueSettingsView(): QueueSettingsView {
  return queueSettingsView(queuesSettings.schema.parse(undefined));
}

export function updateQueueSettings(
  settings: SettingsSection<QueuesSettings>,
  patch: ParsedCommandInput<'queues/update-settings'>,
): QueueSettingsView {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return queueSettingsView(settings.update(defined));
}

export function rememberPauseReason(settings: SettingsSection<QueuesSettings>, reason: string): void {
  settings.update({ lastPauseReason: reason });
}
