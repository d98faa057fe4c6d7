import type { AppTexts } from './texts.en';

/** What the app's own frame says in the tray, in German. */
export const appTextsDe: AppTexts = {
  appName: 'pascom Companion',
  showPanel: 'Panel anzeigen',
  settings: 'Einstellungen…',
  quit: 'pascom Companion beenden',
};
