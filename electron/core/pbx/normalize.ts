import { z } from 'zod';
import { isPlainObject } from './normalize-records';
import { cleanPbxText, isAddressableName } from './normalize-text';

export {
  type DroppedData,
  type DroppedDataSink,
  isPlainObject,
  type ListOptions,
  listOf,
  namedMap,
  record,
  trackDrops,
} from './normalize-records';

/**
 * Schema helpers for the PBX's loose JSON. pascom sends flags as `true`, `1`, `"1"` or `"true"`,
 * empty values as `""`, numbers as strings, and PHP encodes an empty map as `[]`. Each quirk is
 * absorbed here, once, so the domain types inside the app are exact.
 * Objects built with `z.object` drop unknown fields instead of failing on them.
 */

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

function toFlag(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return value;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function toNumber(value: unknown): unknown {
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return value;
}

/** A flag that must be present: `0/1`, `"0"/"1"`, `"true"/"false"`, booleans. */
export const flag = z.preprocess(toFlag, z.boolean({ error: 'expected a flag (0/1 or true/false)' }));

/** A flag that may be missing or empty (null then). */
export const optionalFlag = z.preprocess(
  (value) => (isBlank(value) ? null : toFlag(value)),
  z.boolean({ error: 'expected a flag (0/1 or true/false)' }).nullable(),
);

/** A flag that counts as false when missing or empty. */
export const flagOrFalse = z.preprocess(
  (value) => (isBlank(value) ? false : toFlag(value)),
  z.boolean({ error: 'expected a flag (0/1 or true/false)' }),
);

/** A number as its decimal text (`221` for an extension); anything else as it is. */
function numberAsText(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
}

/** Text made safe to show (see normalize-text.ts); blank becomes null. */
function cleaned(value: unknown, multiline = false): unknown {
  const text = numberAsText(value);
  if (typeof text !== 'string') return text;
  const clean = cleanPbxText(text, { multiline });
  return clean === '' ? null : clean;
}

/** Text that must be present and not empty; numbers are accepted as their decimal text. */
export const text = z.preprocess(
  (value) => cleaned(value) ?? '',
  z.string({ error: 'expected text' }).refine((value) => value !== '', 'expected non-empty text'),
);

/** Optional text: `""`, whitespace, null and a missing field all become null. */
export const optionalText = z.preprocess(
  (value) => (isBlank(value) ? null : cleaned(value)),
  z.string({ error: 'expected text' }).nullable(),
);

/** Optional free text of several lines (notes), up to `MAX_NOTE_CHARS`. */
export const optionalNote = z.preprocess(
  (value) => (isBlank(value) ? null : cleaned(value, true)),
  z.string({ error: 'expected text' }).nullable(),
);

/**
 * A name the app sends back in request paths (queue names): present, and addressable exactly as it
 * came (see `isAddressableName`); it is not cleaned, since the PBX would not know the cleaned name.
 */
export const pathName = z.preprocess(
  numberAsText,
  z
    .string({ error: 'expected text' })
    .refine(isAddressableName, 'expected a name that can be used in a request'),
);

/** A number that must be present; numeric strings are converted. */
export const num = z.preprocess(toNumber, z.number({ error: 'expected a number' }));

/** A whole number that must be present (ids, counts); numeric strings are converted. */
export const int = z.preprocess(toNumber, z.number({ error: 'expected a whole number' }).int());

/** An optional whole number (ids): `""`, null and a missing field become null. */
export const optionalInt = z.preprocess(
  (value) => (isBlank(value) ? null : toNumber(value)),
  z.number({ error: 'expected a whole number' }).int().nullable(),
);

/** An optional number: `""`, null and a missing field become null. */
export const optionalNum = z.preprocess(
  (value) => (isBlank(value) ? null : toNumber(value)),
  z.number({ error: 'expected a number' }).nullable(),
);

/** A count that defaults to 0 when missing or empty. */
export const countOrZero = z.preprocess(
  (value) => (isBlank(value) ? 0 : toNumber(value)),
  z.number({ error: 'expected a count' }).int().nonnegative(),
);

/** The longest duration the app believes: a day. Anything longer is a fault of the PBX. */
export const MAX_DURATION_SECONDS = 86_400;

/** Seconds of a call or message, 0..MAX_DURATION_SECONDS; fractions round; missing is 0. */
export const durationOrZero = z.preprocess(
  (value) => {
    const number = isBlank(value) ? 0 : toNumber(value);
    return typeof number === 'number' && Number.isFinite(number) ? Math.round(number) : number;
  },
  z
    .number({ error: 'expected a duration in seconds' })
    .min(0, 'expected a duration of 0 s or more')
    .max(MAX_DURATION_SECONDS, 'expected a duration of at most a day'),
);

/** Epoch seconds or milliseconds (pascom uses both) as milliseconds; empty becomes null. */
export const optionalEpochMs = optionalNum.transform((value) => (value === null ? null : epochToMs(value)));

export function epochToMs(value: number): number {
  // Seconds stay below 1e11 until the year 5138; milliseconds are above it since 1973.
  return Math.abs(value) < 1e11 ? value * 1000 : value;
}

/** A list of text values; null/empty become an empty list, single values a list of one. */
export const textList = z.preprocess(
  (value) => {
    if (isBlank(value)) return [];
    const items = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [value];
    // An item that is not text (an object in a list of capabilities) is left out, not the list.
    return items.map((item) => cleaned(item)).filter((item) => typeof item === 'string');
  },
  z.array(z.string({ error: 'expected text' })),
);

/** Reads a field under any of several names, case-insensitively (undocumented shapes). */
export function pickField(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    if (name in record) return record[name];
  }
  const lowered = new Map(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
  for (const name of names) {
    const found = lowered.get(name.toLowerCase());
    if (found !== undefined) return found;
  }
  return undefined;
}
