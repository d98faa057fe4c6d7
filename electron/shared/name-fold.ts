/**
 * Names folded for searching, the same in the core (phonebook, users) and in the renderer (the team
 * board's filter): case, accents and punctuation do not matter, and a word with an umlaut can also
 * be typed as German writes it without one (Müller as mueller).
 */

/** Lower case, accents and umlauts folded (`Müller-Lüdenscheidt` -> `muller ludenscheidt`). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const umlautSpellings: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const umlauts = /[äöüÄÖÜ]/g;

/** Folded as German is written without umlauts (`Müller` -> `mueller`); `fold` where there are none. */
export function foldSpelled(text: string): string {
  return fold(text.normalize('NFC').replace(umlauts, (umlaut) => umlautSpellings[umlaut] ?? umlaut));
}

/**
 * A name as search text: folded, then each word with an umlaut once more as German writes it
 * without one (`Hans Müller` -> `hans muller mueller`), so `mueller` finds Müller as `mul` does.
 */
export function nameText(text: string): string {
  const folded = fold(text);
  if (!/[äöüÄÖÜ]/.test(text.normalize('NFC'))) return folded;
  const plain = folded.split(' ');
  const spelled = foldSpelled(text)
    .split(' ')
    .filter((word, at) => word !== plain[at]);
  return spelled.length === 0 ? folded : `${folded} ${spelled.join(' ')}`;
}
