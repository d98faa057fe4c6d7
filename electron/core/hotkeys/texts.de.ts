import type { HotkeysTexts } from './texts.en';

/** What main and core say about hotkeys, in German. */
export const hotkeysTextsDe: HotkeysTexts = {
  suspendHotkeys: 'Tastenkürzel pausieren',
  resumeHotkeys: 'Tastenkürzel wieder aktivieren',
};
