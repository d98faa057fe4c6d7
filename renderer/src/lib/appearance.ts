/**
 * Language and theme on the document element. The stylesheet follows `prefers-color-scheme` unless
 * `data-theme` says `light` or `dark`; `lang` lets screen readers pick the right voice.
 */
import type { ThemePreference } from '../../../electron/shared/contract';
import type { Language } from './i18n';

export function applyAppearance(
  root: HTMLElement,
  appearance: { language: Language; theme: ThemePreference },
): void {
  root.lang = appearance.language;
  root.dataset.theme = appearance.theme;
}
