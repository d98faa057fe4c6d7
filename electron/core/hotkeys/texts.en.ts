/** What main and core say about hotkeys (English; the shape every language follows). */
export const hotkeysTextsEn = {
  suspendHotkeys: 'Suspend hotkeys',
  resumeHotkeys: 'Resume hotkeys',
};

export type HotkeysTexts = typeof hotkeysTextsEn;
