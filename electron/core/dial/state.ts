/** The dial feature's slice of the state tree at start, and the view of its settings. */
import type { DialSettingsView, DialView } from '../../shared/features/dial';
import type { DialSettings } from './settings';

export function dialSettingsView(settings: DialSettings): DialSettingsView {
  return {
    confirmLinks: settings.confirmLinks,
    confirmHotkeyDials: settings.confirmHotkeyDials,
    preferredDevice: settings.preferredDevice,
  };
}

export function initialDialView(settings: DialSettings): DialView {
  return {
    defaultDevice: null,
    deviceKnown: false,
    devices: [],
    controlDevice: null,
    pending: null,
    lastAttempt: null,
    recordingCallIds: [],
    settings: dialSettingsView(settings),
  };
}
