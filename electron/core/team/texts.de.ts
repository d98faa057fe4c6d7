import type { TeamTexts } from './texts.en';

/** What main and core say about the team board, in German. */
export const teamTextsDe: TeamTexts = {
  callFavourite: 'Favorit anrufen',
  transferToFavourite: 'An Favorit vermitteln',
};
