/** What the app's own frame says in the tray (English; the shape every language follows). */
export const appTextsEn = {
  appName: 'pascom Companion',
  showPanel: 'Show panel',
  settings: 'Settings…',
  quit: 'Quit pascom Companion',
};

export type AppTexts = typeof appTextsEn;
