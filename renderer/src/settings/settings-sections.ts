/**
 * The settings window's sections, each on its own tab: the connection, then each feature's
 * settings, then the app's own preferences. A feature joins the settings window with an entry
 * here; an entry without `tab` joins the General tab. Every section saves a change the moment
 * it is made and reports it with `useSaved()` (saved.svelte.ts), so all tabs behave the same.
 */
import AvailabilitySettings from '../availability/AvailabilitySettings.svelte';
import CallsSettings from '../calls/CallsSettings.svelte';
import ConnectionSettings from '../connection/ConnectionSettings.svelte';
import DesktopSettings from '../desktop/DesktopSettings.svelte';
import DialSettings from '../dial/DialSettings.svelte';
import HotkeySettings from '../hotkeys/HotkeySettings.svelte';
import type { MessageKey } from '../lib/i18n';
import QueueSettingsForm from '../queues/QueueSettingsForm.svelte';
import { type PagePart, part } from '../shared/page-part';
import TeamSettings from '../team/TeamSettings.svelte';
import PreferencesForm from './PreferencesForm.svelte';

export interface SettingsSection extends PagePart {
  /** The tab it is on, with the tab's label; sections without one share the General tab. */
  readonly tab?: { id: string; label: MessageKey };
}

export const generalTab = {
  id: 'general',
  label: 'settings.tab.general',
} as const satisfies SettingsSection['tab'];

export const settingsSections: readonly SettingsSection[] = [
  {
    tab: { id: 'connection', label: 'settings.tab.connection' },
    ...part(ConnectionSettings, (snapshot, i18n) => ({ connection: snapshot.connection, i18n })),
  },
  {
    tab: { id: 'calls', label: 'settings.tab.calls' },
    ...part(CallsSettings, (snapshot, i18n) => ({ settings: snapshot.calls.settings, i18n })),
  },
  {
    tab: { id: 'calls', label: 'settings.tab.calls' },
    ...part(DialSettings, (snapshot, i18n) => ({ dial: snapshot.dial, i18n })),
  },
  {
    tab: { id: 'queues', label: 'settings.tab.queues' },
    ...part(QueueSettingsForm, (snapshot, i18n) => ({ view: snapshot.queues, i18n })),
  },
  {
    tab: { id: 'team', label: 'settings.tab.team' },
    ...part(TeamSettings, (snapshot, i18n) => ({ view: snapshot.team, i18n })),
  },
  {
    tab: { id: 'availability', label: 'settings.tab.availability' },
    ...part(AvailabilitySettings, (snapshot, i18n) => ({ view: snapshot.availability, i18n })),
  },
  {
    tab: { id: 'hotkeys', label: 'settings.tab.hotkeys' },
    ...part(HotkeySettings, (snapshot, i18n) => ({
      hotkeys: snapshot.hotkeys,
      platform: snapshot.app.platform,
      i18n,
    })),
  },
  {
    tab: generalTab,
    ...part(PreferencesForm, (snapshot, i18n) => ({ settings: snapshot.settings, i18n })),
  },
  {
    tab: generalTab,
    ...part(DesktopSettings, (snapshot, i18n) => ({ desktop: snapshot.desktop, i18n })),
  },
];

/** The tabs in order of their first section, each with its sections. */
export function settingsTabs(
  sections: readonly SettingsSection[],
): { id: string; label: MessageKey; sections: SettingsSection[] }[] {
  const tabs: { id: string; label: MessageKey; sections: SettingsSection[] }[] = [];
  for (const section of sections) {
    const tab = section.tab ?? generalTab;
    const existing = tabs.find((candidate) => candidate.id === tab.id);
    if (existing) existing.sections.push(section);
    else tabs.push({ id: tab.id, label: tab.label, sections: [section] });
  }
  return tabs;
}
