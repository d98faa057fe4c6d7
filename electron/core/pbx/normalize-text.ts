/**
 * Text from the PBX as the app may show it, made so once at the edge. A PBX (or whoever typed a
 * caller name into it) can send anything: a lone UTF-16 surrogate (which `encodeURIComponent`
 * refuses, so a CRM link built from it would fail), bidi overrides (U+202E turns
 * "exe.pdf" into "fdp.exe" on screen and reverses digits in a number), control characters, or a
 * 200 kB "name" that would travel with every state push to every window. Every text field of every
 * PBX answer goes through `cleanPbxText`, so nothing inside the app has to think about it again.
 */

/** Names, numbers, queue and pause-reason names, ids: anything shown on one line. */
export const MAX_LINE_CHARS = 200;
/** Free text the user reads as a paragraph (phonebook notes). */
export const MAX_NOTE_CHARS = 2000;

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). The marks LRM/RLM/ALM
 * stay: they only nudge neutral characters and right-to-left names need them; the renderer shows
 * PBX names with `unicode-bidi: isolate`, so a name cannot reorder the text around it either.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0/C1 controls and DEL; a line of text keeps none, a note keeps its line breaks and tabs. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const LINE_CONTROLS = /[\u0000-\u001F\u007F-\u009F]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOTE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g;

export interface CleanTextOptions {
  /** Keep line breaks (notes); default false: one line. */
  multiline?: boolean;
  maxChars?: number;
}

/** Well-formed, without bidi overrides or control characters, trimmed and cut to a sane length. */
export function cleanPbxText(value: string, options: CleanTextOptions = {}): string {
  const maxChars = options.maxChars ?? (options.multiline ? MAX_NOTE_CHARS : MAX_LINE_CHARS);
  // Cut very long input first, so a huge value costs no more than a long one.
  let text = value.length > maxChars * 2 ? value.slice(0, maxChars * 2) : value;
  text = text
    .toWellFormed()
    .replace(BIDI_CONTROLS, '')
    .replace(options.multiline ? NOTE_CONTROLS : LINE_CONTROLS, ' ')
    .trim();
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - 1);
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * A name the app puts into a request path (queue names): it must come back to the PBX exactly as
 * it was sent, so it cannot be cleaned; one that would need cleaning is not addressable. `.` and
 * `..` would address another resource once a URL parser resolves them.
 */
export function isAddressableName(value: string): boolean {
  const trimmed = value.trim();
  return (
    trimmed !== '' &&
    trimmed !== '.' &&
    trimmed !== '..' &&
    value.length <= MAX_LINE_CHARS &&
    value.isWellFormed() &&
    !new RegExp(BIDI_CONTROLS.source).test(value) &&
    !new RegExp(LINE_CONTROLS.source).test(value)
  );
}
