/** What main and core say about call control (English; the shape every language follows). */
export const dialTextsEn = {
  hangUp: (who: string) => `Hang up (${who})`,
  hold: 'Hold',
  resume: 'Resume call',
};

export type DialTexts = typeof dialTextsEn;
