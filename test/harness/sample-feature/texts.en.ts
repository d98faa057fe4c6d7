/** What core and main say about the memo (English; the shape every language follows). */
export const memoTextsEn = {
  memo: (text: string) => `Memo: ${text}`,
  noMemo: 'No memo',
};

export type MemoTexts = typeof memoTextsEn;
