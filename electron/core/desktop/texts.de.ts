import type { DesktopTexts } from './texts.en';

/** What main and core say for the desktop basics, in German. */
export const desktopTextsDe: DesktopTexts = {
  updateReadyTitle: 'Update bereit',
  updateReadyBody: (version) => `pascom Companion ${version} wird installiert, wenn Sie die App beenden.`,
  logHeader: 'pascom Companion – Support-Protokoll',
  logRedacted: (numbers) =>
    numbers
      ? 'Passwörter, Zugangsschlüssel und Telefonnummern wurden entfernt.'
      : 'Passwörter und Zugangsschlüssel wurden entfernt. Telefonnummern sind enthalten.',
};
