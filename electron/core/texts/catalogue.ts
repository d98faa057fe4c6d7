/**
 * One text catalogue per language for everything main and core say: the app's own words and each
 * listed feature's, under the feature's name (`catalogue.calls.incomingCall`).
 */
import type { Language } from '../../shared/vocabulary';
import { languages } from '../../shared/vocabulary';
import { appTextsDe } from '../app/texts.de';
import { type AppTexts, appTextsEn } from '../app/texts.en';
import type { AnyFeature, TextsOfFeature } from '../feature';
import { coreFeatures } from '../feature-list';
import type { Texts } from './texts';

const appTexts: Texts<AppTexts> = { en: appTextsEn, de: appTextsDe };

export type TextCatalogue = { app: AppTexts } & {
  [F in (typeof coreFeatures)[number] as F['name']]: TextsOfFeature<F>;
};

/** The catalogue of `language` for a list of features (the app's list, or a test's). */
export function textCatalogueOf(
  features: readonly Pick<AnyFeature, 'name' | 'texts'>[],
  language: Language,
): Record<string, unknown> & { app: AppTexts } {
  return {
    app: appTexts[language],
    ...Object.fromEntries(features.map((feature) => [feature.name, feature.texts[language]])),
  };
}

export const textCatalogues = Object.fromEntries(
  languages.map((language) => [language, textCatalogueOf(coreFeatures, language)]),
) as Record<Language, TextCatalogue>;
