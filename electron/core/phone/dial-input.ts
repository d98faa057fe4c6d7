/**
 * What is sent to the PBX when someone dials a text: from the dial box, a pasted signature, the
 * selection under a hotkey, a `tel:` link. Exactly the digits to dial, with a leading `+` for an
 * international number and a leading `*`/`#` for a service code, or a reason why the text is not
 * a number (and then nothing is sent).
 *
 * Letters are removed only where they are formatting: a label in front (`Tel.:`, `Mobil`), a word in
 * brackets behind (`(Zentrale)`), an extension marker (`ext. 12`, `Durchwahl 12`). Letters anywhere
 * else (vanity numbers like `0800-FLOWERS`, a typed `O` for `0`, a name) make the text no number.
 * Builds on phone-number.ts (`cleanNumber` strips separators and the German `+49 (0)89` habit).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { DialInputProblem } from '../../shared/features/dial';
import { looksLikeDialLink, parseDialLink } from './dial-link';
import { cleanNumber, formatForDisplay, type NumberContext } from './phone-number';

export type DialInputKind = 'international' | 'national' | 'internal' | 'service';

export type DialInput =
  | { ok: true; digits: string; display: string; kind: DialInputKind }
  | { ok: false; problem: DialInputProblem };

const maxInputLength = 512;
const maxDigits = 24;
const minDigits = 2;
/** Shortest international number worth sending (`+` country code and a few digits). */
const minInternationalDigits = 6;

/** Soft hyphen, zero-width and bidi marks: invisible, but copied along from web pages and mail. */
const invisible = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const dashes = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

const labelWords = [
  'tel',
  'tele',
  'telefon',
  'telephone',
  'phone',
  'ph',
  'fon',
  'fone',
  'mobil',
  'mobile',
  'mobiltelefon',
  'mob',
  'handy',
  'cell',
  'cellphone',
  'fax',
  'telefax',
  'office',
  'büro',
  'buero',
  'work',
  'home',
  'privat',
  'private',
  'direkt',
  'direct',
  'zentrale',
  'switchboard',
  'hotline',
  'nummer',
  'number',
  'rufnummer',
  'nr',
  'no',
  'call',
].join('|');
/** `Tel.: `, `Mobil `, `Telefon (Büro): ` in front of the number. */
const leadingLabel = new RegExp(
  `^(?:${labelWords})(?:\\s*\\([\\p{L}\\s]+\\))?\\s*[.:]*\\s*(?=[+(0-9*#])`,
  'iu',
);
/** Single-letter labels only with their dot or colon (`T: `, `M. `). */
const leadingLetterLabel = /^[tmpfwho]\s*[.:]+\s*(?=[+(0-9*#])/iu;
/** `(Zentrale)`, `[mobil]` behind the number. */
const trailingBracketLabel = /\s*[([]\s*\p{L}[\p{L}\s.\-/&]*[)\]]\s*$/u;
const trailingLabel = new RegExp(`\\s+(?:${labelWords})\\.?$`, 'iu');
/** ` ext. 12`, ` x12`, ` Durchwahl: 12`, ` DW 12`, ` App. 12` behind the number (a letter inside the digits is a typo). */
const extensionSuffix =
  /^(.*[0-9)])(?:\s+|\s*,\s*)(?:ext|extension|x|dw|durchwahl|app|apparat|nst|nebenstelle)\.?\s*:?\s*([0-9]{1,6})$/iu;

/** The digits to dial for `raw`, or why it is no number. */
export function parseDialInput(raw: string, context: NumberContext): DialInput {
  const text = tidy(raw);
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > maxInputLength) return { ok: false, problem: 'too-long' };
  let main: string;
  let extension = '';
  if (looksLikeDialLink(text)) {
    const link = parseDialLink(text);
    if (!link.ok) return link;
    main = link.number;
    extension = link.extension ?? '';
  } else {
    const single = singleNumberText(text);
    if (!single.ok) return single;
    const split = splitExtension(stripLabels(single.text));
    main = split.main;
    extension = split.extension;
  }
  main = main.replace(/^(\+\d{1,3})[\s\-.]*\(0\)/, '$1');
  const cleaned = cleanNumber(main);
  if (cleaned === null) return { ok: false, problem: whyNotANumber(main) };
  return classify(`${cleaned}${extension}`, context);
}

function tidy(raw: string): string {
  return raw.normalize('NFKC').replace(invisible, '').replace(dashes, '-').replace(/\t/g, ' ').trim();
}

/**
 * One number per text. A selection of a signature block may hold a name line and a number line;
 * two lines (or list items) with numbers are two numbers, and which one is meant is not ours to guess.
 */
function singleNumberText(
  text: string,
): { ok: true; text: string } | { ok: false; problem: DialInputProblem } {
  const parts = text
    .split(/[\r\n,;]+|\s+(?:or|oder|und|and)\s+/iu)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const withDigits = parts.filter((part) => digitCount(part) >= minDigits);
  if (withDigits.length > 1) {
    // `089 1234567, ext. 12` is one number with its extension.
    const [first, second] = withDigits;
    if (withDigits.length === 2 && first && second && /^(?:ext|x|dw|durchwahl|app)\b/iu.test(second)) {
      return { ok: true, text: `${first} ${second}` };
    }
    return { ok: false, problem: 'several-numbers' };
  }
  const only = withDigits[0] ?? parts.find((part) => digitCount(part) > 0);
  if (only === undefined) return { ok: true, text };
  const slashParts = only.split('/');
  if (slashParts.filter((part) => digitCount(part) >= 6).length > 1)
    return { ok: false, problem: 'several-numbers' };
  return { ok: true, text: only };
}

function stripLabels(text: string): string {
  let rest = text;
  for (let round = 0; round < 2; round++) {
    const next = rest.replace(leadingLabel, '').replace(leadingLetterLabel, '');
    if (next === rest) break;
    rest = next;
  }
  return rest.replace(trailingBracketLabel, '').replace(trailingLabel, '').trim();
}

function splitExtension(text: string): { main: string; extension: string } {
  const match = extensionSuffix.exec(text);
  return match?.[1] && match[2] ? { main: match[1], extension: match[2] } : { main: text, extension: '' };
}

function whyNotANumber(text: string): DialInputProblem {
  if (/\p{L}/u.test(text)) return digitCount(text) > 0 ? 'letters' : 'not-a-number';
  if (digitCount(text) === 0) return 'not-a-number';
  if (/[+*#]/.test(text)) return 'misplaced-symbol';
  return 'not-a-number';
}

function classify(digits: string, context: NumberContext): DialInput {
  const count = digitCount(digits);
  if (count > maxDigits) return { ok: false, problem: 'too-long' };
  if (/[*#]/.test(digits)) {
    // Service codes (`*97`, `*21*0891234567#`) start with the star; a star inside a number is a typo.
    if (!/^[*#]/.test(digits)) return { ok: false, problem: 'misplaced-symbol' };
    if (count === 0) return { ok: false, problem: 'not-a-number' };
    return { ok: true, digits, display: digits, kind: 'service' };
  }
  if (digits.startsWith('+')) {
    if (count < minInternationalDigits) return { ok: false, problem: 'incomplete-international' };
    const parsed = parsePhoneNumberFromString(digits);
    if (!parsed) return { ok: false, problem: 'incomplete-international' };
    // `+49 0 89 ...` (a national 0 after the country code) is read without that 0 where it is not part of the number.
    const e164 = parsed.isPossible() ? parsed.number : digits;
    return { ok: true, digits: e164, display: formatForDisplay(e164, context), kind: 'international' };
  }
  if (count < minDigits) return { ok: false, problem: 'too-short' };
  if (digits.startsWith('00') && !digits.startsWith('000')) {
    const international = parsePhoneNumberFromString(digits, context.defaultCountry);
    if (international?.isPossible() && digits.slice(2).startsWith(international.countryCallingCode)) {
      return {
        ok: true,
        digits: international.number,
        display: formatForDisplay(international.number, context),
        kind: 'international',
      };
    }
  }
  if (!digits.startsWith('0') && digits.length <= context.internalMaxDigits) {
    return { ok: true, digits, display: digits, kind: 'internal' };
  }
  return { ok: true, digits, display: formatForDisplay(digits, context), kind: 'national' };
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}
