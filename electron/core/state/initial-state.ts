/** The state tree at start, and the views derived from settings that the UI may see. */
import type { CompanionState, LanguagePreference, SettingsView } from '../../shared/contract';
import { initialDialView } from '../../shared/features/dial';
import { initialCallsState } from '../calls/calls-state';
import { queueSettingsView } from '../queues/queue-settings';
import { emptyQueuesView } from '../queues/queue-view';
import type { Settings } from '../settings/schema';
import { initialVoicemailView } from '../voicemail/voicemail-slice';

export function resolveLanguage(preference: LanguagePreference, systemLocale: string): 'en' | 'de' {
  if (preference !== 'system') return preference;
  return systemLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Only what the settings window shows; trusted certificates and ciphertexts stay in the core. */
export function settingsView(settings: Settings): SettingsView {
  return {
    language: settings.language,
    theme: settings.theme,
    serverAddress: settings.connection.serverAddress,
    authKind: settings.connection.authKind,
    apiUser: settings.connection.apiUser,
    username: settings.connection.username,
    presencePollIntervalMs: settings.polling.presenceIntervalMs,
  };
}

export function initialState(
  options: {
    app: { version: string; platform: string; preview: boolean; systemLocale: string };
    clock?: { now(): number };
  },
  settings: Settings,
): CompanionState {
  const configured = settings.connection.serverAddress !== null && settings.connection.username !== null;
  return {
    app: {
      version: options.app.version,
      platform: options.app.platform,
      preview: options.app.preview,
      language: resolveLanguage(settings.language, options.app.systemLocale),
    },
    connection: {
      status: configured || settings.connection.demo ? 'connecting' : 'setup',
      serverAddress: settings.connection.serverAddress,
      demo: settings.connection.demo,
      sinceMs: options.clock?.now() ?? Date.now(),
      nextRetryAtMs: null,
      failure: null,
      certificate: null,
    },
    agent: null,
    presence: null,
    calls: [],
    popups: [],
    settings: settingsView(settings),
    secret: { stored: false, store: 'none', storeReason: null },
    notices: [],
    ...initialCallsState(settings),
    dial: initialDialView(),
    queues: emptyQueuesView(queueSettingsView(settings)),
    voicemail: initialVoicemailView(settings.voicemail.watchIntervalMs),
  };
}
