/** The calls feature's part of the state tree at start. */
import type { CallsStateSlice } from '../../shared/features/calls';
import { defaultSettings, type Settings } from '../settings/schema';
import { callSettingsView } from './call-settings';

export function initialCallsState(settings: Settings): CallsStateSlice {
  return {
    missedCallCards: [],
    recentCalls: [],
    phonebook: { status: 'idle', loaded: 0, expected: null, contacts: 0, syncedAtMs: null },
    callSettings: callSettingsView(settings),
  };
}

/** The slice with default settings (tests and fakes that build a whole state tree). */
export function emptyCallsState(): CallsStateSlice {
  return initialCallsState(defaultSettings());
}
