/**
 * The app's settings document: its own keys (app/app-settings.ts) and a section per feature in
 * feature-list.ts, composed by settings-model.ts. `Settings` is the document's exact shape.
 */
import type { AppSettings } from '../app/app-settings';
import { appSettings } from '../app/app-settings';
import type { SettingsOfFeature } from '../feature';
import { coreFeatures } from '../feature-list';
import {
  type SettingsLoadResult,
  type SettingsModel,
  type SettingsPart,
  settingsModelOf,
} from './settings-model';

type CoreFeature = (typeof coreFeatures)[number];

export type Settings = { version: number } & AppSettings & {
    [F in CoreFeature as F['name']]: SettingsOfFeature<F>;
  };

/** The document's parts: the app's own keys, then each listed feature's section. */
export function settingsPartsOf(features: readonly { name: string; settings: SettingsPart['settings'] }[]) {
  return [
    { key: null, settings: appSettings } as SettingsPart,
    ...features.map((feature): SettingsPart => ({ key: feature.name, settings: feature.settings })),
  ];
}

export const settingsModel: SettingsModel<Settings> = settingsModelOf<Settings>(
  settingsPartsOf(coreFeatures),
);

export const currentSettingsVersion = settingsModel.version;

export function defaultSettings(): Settings {
  return settingsModel.defaults();
}

export function migrateSettings(raw: unknown): SettingsLoadResult<Settings> {
  return settingsModel.migrate(raw);
}
