/** The calls feature's slice of the state tree at start. */
import type { CallsView } from '../../shared/features/calls';
import type { AppStart } from '../feature';
import { callSettingsView } from './call-settings';
import type { CallsSettings } from './settings';

export function initialCallsView(settings: CallsSettings, start: AppStart): CallsView {
  return {
    presence: null,
    live: [],
    popups: [],
    missedCallCards: [],
    answer: null,
    recent: [],
    phonebook: { status: 'idle', loaded: 0, expected: null, contacts: 0, syncedAtMs: null },
    settings: callSettingsView(settings, start.appSettings.phone),
  };
}
