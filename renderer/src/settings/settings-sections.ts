/**
 * The settings window's sections, top to bottom: the connection, the app's own preferences, then
 * each feature's settings. A feature joins the settings window with an entry here.
 */
import AvailabilitySettings from '../availability/AvailabilitySettings.svelte';
import CallsSettings from '../calls/CallsSettings.svelte';
import ConnectionSettings from '../connection/ConnectionSettings.svelte';
import DesktopSettings from '../desktop/DesktopSettings.svelte';
import DialSettings from '../dial/DialSettings.svelte';
import HotkeySettings from '../hotkeys/HotkeySettings.svelte';
import QueueSettingsForm from '../queues/QueueSettingsForm.svelte';
import { type PagePart, part } from '../shared/page-part';
import TeamSettings from '../team/TeamSettings.svelte';
import PreferencesForm from './PreferencesForm.svelte';

export const settingsSections: readonly PagePart[] = [
  part(ConnectionSettings, (snapshot, i18n) => ({ connection: snapshot.connection, i18n })),
  part(PreferencesForm, (snapshot, i18n) => ({ settings: snapshot.settings, i18n })),
  part(CallsSettings, (snapshot, i18n) => ({ settings: snapshot.calls.settings, i18n })),
  part(DialSettings, (snapshot, i18n) => ({ dial: snapshot.dial, i18n })),
  part(HotkeySettings, (snapshot, i18n) => ({
    hotkeys: snapshot.hotkeys,
    platform: snapshot.app.platform,
    i18n,
  })),
  part(QueueSettingsForm, (snapshot, i18n) => ({ view: snapshot.queues, i18n })),
  part(TeamSettings, (snapshot, i18n) => ({ view: snapshot.team, i18n })),
  part(DesktopSettings, (snapshot, i18n) => ({ desktop: snapshot.desktop, i18n })),
  part(AvailabilitySettings, (snapshot, i18n) => ({ view: snapshot.availability, i18n })),
];
