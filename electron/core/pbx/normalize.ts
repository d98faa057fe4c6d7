import { z } from 'zod';

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

/** Text that must be present and not empty; numbers are accepted as their decimal text. */
export const text = z.preprocess(
  (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value),
  z.string({ error: 'expected text' }).refine((value) => value.trim() !== '', 'expected non-empty text'),
);

/** Optional text: `""`, whitespace, null and a missing field all become null. */
export const optionalText = z.preprocess((value) => {
  if (isBlank(value)) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return value;
}, z.string({ error: 'expected text' }).nullable());

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
    return items.map((item) => (typeof item === 'number' ? String(item) : item));
  },
  z.array(z.string({ error: 'expected text' })),
);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A list endpoint's body: an array as is, a single object as a list of one (the reference shows
 * single objects for several list endpoints), `null`/`""` as empty.
 */
export function listOf<T extends z.ZodType>(item: T, options: ListOptions = {}) {
  return z.preprocess((value) => {
    if (isBlank(value)) return [];
    if (isPlainObject(value)) {
      const keyed = options.isSingleItem !== undefined && !options.isSingleItem(value);
      return keyed ? Object.values(value) : [value];
    }
    return value;
  }, z.array(item));
}

export interface ListOptions {
  /**
   * For lists that may also come as a map keyed by name: tells a single item (list of one)
   * from a map (its values are the items). Without it every object is a single item.
   */
  isSingleItem?: (value: Record<string, unknown>) => boolean;
}

/**
 * A map keyed by name (devices of a user, states of users). PHP sends an empty map as `[]`;
 * a list of items is accepted too. Each entry is given to `item` with its key, so the key can
 * stand in for a missing name field.
 */
export function namedMap<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => {
      if (isBlank(value)) return [];
      if (Array.isArray(value)) return value.map((entry) => ({ key: null, value: entry }));
      if (isPlainObject(value)) return Object.entries(value).map(([key, entry]) => ({ key, value: entry }));
      return value;
    },
    z.array(z.object({ key: z.string().nullable(), value: item })),
  );
}

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
