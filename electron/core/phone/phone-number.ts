/**
 * One normaliser for every phone number the app compares: caller lookup, phonebook indexing,
 * search by number and (in the dial feature) what is sent to the PBX.
 *
 * Agents see the same person's number as `+49 89 1234567`, `0049891234567`, `089 1234567`,
 * `1234567` (same area code), with the PBX's outside-line `0` in front of any of them, or as an
 * internal extension. `candidateKeys` gives every plausible reading of a number, most likely
 * first, as comparable keys: E.164 (`+49891234567`) for public numbers, `int:221` for extensions.
 */
import { type CountryCode, getCountries, parsePhoneNumberFromString } from 'libphonenumber-js/min';

export interface NumberContext {
  /** ISO country of the PBX, e.g. `DE`: national numbers are read in its plan. */
  defaultCountry: CountryCode;
  /** The PBX's own area code without trunk prefix (`89` for Munich); null when unknown. */
  areaCode: string | null;
  /** Digits dialled for an outside line (pascom: usually `0`); null when the PBX needs none. */
  outsideLinePrefix: string | null;
  /** Numbers up to this many digits (without leading 0) are internal extensions. */
  internalMaxDigits: number;
}

export const defaultNumberContext: NumberContext = {
  defaultCountry: 'DE',
  areaCode: null,
  outsideLinePrefix: '0',
  internalMaxDigits: 4,
};

const knownCountries = new Set<string>(getCountries());

export function isCountryCode(value: string): value is CountryCode {
  return knownCountries.has(value);
}

/** Local subscriber numbers (dialled without area code) have this many digits. */
const localDigits = { min: 3, max: 8 };

/**
 * Strips what people and systems wrap around numbers: `tel:` and percent-encoding, spaces, dashes,
 * dots, slashes, brackets, and the German habit `+49 (0)89`. Keeps a leading `+` and `*`/`#`.
 * Returns null when letters or other characters remain: that is not a number.
 */
export function cleanNumber(raw: string): string | null {
  let text = raw.trim();
  if (/^(tel|callto|sip):/i.test(text)) text = text.replace(/^(tel|callto|sip):(\/\/)?/i, '');
  if (/%[0-9a-f]{2}/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  text = text.replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  text = text.replace(/[\s\-./()\u00a0\u2010-\u2015]/g, '');
  if (text === '' || !/^\+?[0-9*#]+$/.test(text)) return null;
  return text;
}

/** Every plausible comparable key for `raw`, most likely first; empty when it is not a number. */
export function candidateKeys(raw: string, context: NumberContext): string[] {
  const cleaned = cleanNumber(raw);
  if (cleaned === null || /[*#]/.test(cleaned)) return [];
  const keys: string[] = [];
  collect(cleaned, context, keys, true);
  return keys;
}

/** The key a stored number is indexed under (its most likely reading), or null. */
export function primaryKey(raw: string, context: NumberContext): string | null {
  const cleaned = cleanNumber(raw);
  if (cleaned === null || /[*#]/.test(cleaned)) return null;
  const keys: string[] = [];
  // Only the first reading: indexing 100,000 entries must not parse each number twice.
  collect(cleaned, context, keys, true, true);
  return keys[0] ?? null;
}

function collect(
  digits: string,
  context: NumberContext,
  keys: string[],
  mayStripOutsideLine: boolean,
  firstOnly = false,
): void {
  const add = (key: string | null) => {
    if (key !== null && !keys.includes(key)) keys.push(key);
  };
  if (digits.startsWith('+')) {
    add(toE164(digits, context));
    return;
  }
  if (!digits.startsWith('0')) {
    if (digits.length <= context.internalMaxDigits) add(`int:${digits}`);
    else if (context.areaCode && digits.length >= localDigits.min && digits.length <= localDigits.max) {
      add(toE164(`0${context.areaCode}${digits}`, context));
    } else add(toE164(digits, context));
  } else {
    add(toE164(digits, context));
  }
  if (firstOnly && keys.length > 0) return;
  const prefix = context.outsideLinePrefix;
  if (mayStripOutsideLine && prefix && digits.startsWith(prefix) && digits.length > prefix.length) {
    collect(digits.slice(prefix.length), context, keys, false, firstOnly);
  }
}

function toE164(digits: string, context: NumberContext): string | null {
  const parsed = parsePhoneNumberFromString(digits, context.defaultCountry);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * How a number reads best: national format for the PBX's own country (`089 1234567`),
 * international otherwise (`+43 1 5875123`), extensions and unparseable text as given.
 */
export function formatForDisplay(
  raw: string,
  context: NumberContext,
  key = primaryKey(raw, context),
): string {
  if (key === null || key.startsWith('int:')) return raw.trim();
  const parsed = parsePhoneNumberFromString(key);
  if (!parsed) return raw.trim();
  return parsed.country === context.defaultCountry ? parsed.formatNational() : parsed.formatInternational();
}

/** The digits of a key, for searching by number fragment (`+49891234567` -> `0891234567` too). */
export function searchableDigits(key: string, context: NumberContext): string[] {
  if (key.startsWith('int:')) return [key.slice(4)];
  const parsed = parsePhoneNumberFromString(key);
  if (!parsed) return [key.replace(/\D/g, '')];
  const national = parsed.country === context.defaultCountry ? `0${parsed.nationalNumber}` : null;
  return [key.slice(1), ...(national ? [national] : [])];
}
