/**
 * Which parts of a suggestion's name match what the agent typed, for drawing them in bold. Case and
 * accents do not matter, as in the search (`mul` marks "Mül" in Müller, `weiss` marks "Weiß"), and
 * an umlaut typed as German writes it without is marked too (`mueller` marks "Müller"): the name is
 * folded character by character, remembering where each folded character came from.
 */
export interface TextPart {
  text: string;
  match: boolean;
}

const umlautSpellings: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const combiningDiaeresis = '\u0308';

/** `spelled`: umlauts as ae, oe, ue (a decomposed one is its vowel, then the diaeresis as e). */
function foldChar(char: string, spelled: boolean): string {
  const lower = char.toLowerCase().replace(/ß/g, 'ss');
  if (spelled && umlautSpellings[lower]) return umlautSpellings[lower];
  if (lower === combiningDiaeresis) return spelled ? 'e' : '';
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (bare === '' && /^\p{M}+$/u.test(lower)) return '';
  return /^[\p{L}\p{N}]+$/u.test(bare) ? bare : ' ';
}

interface Folded {
  folded: string;
  /** `start[i]`/`end[i]`: where the character that folded char i came from begins and ends. */
  start: number[];
  end: number[];
}

function fold(text: string, spelled = false): Folded {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = foldChar(char, spelled);
    folded += part;
    for (let i = 0; i < part.length; i++) {
      start.push(index);
      end.push(index + char.length);
    }
    index += char.length;
  }
  return { folded, start, end };
}

/** Where `word` is in `folded`: at a word's start where it is, else the first place; -1 if nowhere. */
function findWord(folded: string, word: string): number {
  let at = -1;
  for (let from = 0; from <= folded.length; ) {
    const found = folded.indexOf(word, from);
    if (found < 0) break;
    if (at < 0) at = found;
    if (found === 0 || folded[found - 1] === ' ') return found;
    from = found + 1;
  }
  return at;
}

/** Where each query word matches: at a word's start where it does, else anywhere. */
export function matchRanges(text: string, query: string): [number, number][] {
  const plain = fold(text);
  let spelled: Folded | null = null;
  const words = fold(query).folded.split(' ').filter(Boolean);
  const ranges: [number, number][] = [];
  for (const word of words) {
    let source = plain;
    let at = findWord(plain.folded, word);
    if (at < 0) {
      spelled ??= fold(text, true);
      source = spelled;
      at = findWord(spelled.folded, word);
    }
    if (at < 0) continue;
    ranges.push([source.start[at] ?? 0, source.end[at + word.length - 1] ?? text.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function highlightParts(text: string, query: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
