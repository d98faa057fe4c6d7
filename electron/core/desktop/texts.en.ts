/** What main and core say for the desktop basics (English; the shape every language follows). */
export const desktopTextsEn = {
  updateReadyTitle: 'Update ready',
  updateReadyBody: (version: string) =>
    `pascom Companion ${version} will be installed when you quit the app.`,
  logHeader: 'pascom Companion support log',
  logRedacted: (numbers: boolean): string =>
    numbers
      ? 'Passwords, access keys and phone numbers have been removed.'
      : 'Passwords and access keys have been removed. Phone numbers are included.',
};

export type DesktopTexts = typeof desktopTextsEn;
