/** What main and core say about the team board (English; the shape every language follows): its tray part. */
export const teamTextsEn = {
  callFavourite: 'Call a favourite',
  transferToFavourite: 'Transfer to a favourite',
};

export type TeamTexts = typeof teamTextsEn;
