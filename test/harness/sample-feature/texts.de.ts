import type { MemoTexts } from './texts.en';

/** What core and main say about the memo, in German. */
export const memoTextsDe: MemoTexts = {
  memo: (text) => `Notiz: ${text}`,
  noMemo: 'Keine Notiz',
};
