/** The app's own part of the state tree at start, and the views of its settings the UI may see. */
import type { CoreState, SettingsView } from '../../shared/contract';
import type { Language, LanguagePreference } from '../../shared/vocabulary';
import type { AppStart } from '../feature';
import type { AppSettings } from './app-settings';

export function resolveLanguage(preference: LanguagePreference, systemLocale: string): Language {
  if (preference !== 'system') return preference;
  return systemLocale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Only what the settings window shows; ciphertexts stay in the core. */
export function settingsView(settings: AppSettings): SettingsView {
  return {
    language: settings.language,
    theme: settings.theme,
    presencePollIntervalMs: settings.polling.presenceIntervalMs,
  };
}

export function initialCoreState({ app, appSettings }: AppStart): CoreState {
  return {
    app: {
      version: app.version,
      platform: app.platform,
      preview: app.preview,
      language: resolveLanguage(appSettings.language, app.systemLocale),
    },
    settings: settingsView(appSettings),
    notices: [],
  };
}
