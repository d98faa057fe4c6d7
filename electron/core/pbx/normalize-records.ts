/**
 * Parse per record, not per list. One phonebook entry with `fax: false`, one queue named `..` or
 * one voicemail with a duration of -5 used to fail the whole answer; the loop asking for it then
 * failed every time, and the app showed nothing (or went offline) for as long as that one record
 * existed. Here:
 * - `record()` keeps a record whose only faults are in fields it can do without: the faulty
 *   fields are left out (as if the PBX had not sent them) and the record parsed again; only a
 *   fault in a field the record needs (an id, a name used in requests) fails it;
 * - `listOf()` and `namedMap()` keep every record that parses and leave out the others;
 * - both tell what they left out to the report sink of the parse that is running (`trackDrops`),
 *   with the record's id and the field's path, never the value.
 */
import { z } from 'zod';
import { isAddressableName } from './normalize-text';

export interface DroppedData {
  /** `record`: left out of a list; `field`: left out of a record that was kept. */
  what: 'record' | 'field';
  /** What kind of record, e.g. `phonebook entry`. */
  label: string;
  /** The record's id as far as it can be told (shortened), else its position. */
  id: string;
  /** The field (dotted path) of a `field` drop, or the first faulty field of a `record` drop. */
  field: string | null;
  /** The rule the value broke (zod's message), never the value. */
  reason: string;
}

export type DroppedDataSink = (drop: DroppedData) => void;

// zod parses synchronously, so the sink of the parse that is running can live here: it is set
// only for the duration of one `safeParse` (see `trackDrops`), never across an await.
let activeSink: DroppedDataSink | null = null;
/** The key of the `namedMap` entry being parsed: the id of a record that names itself nowhere else. */
let entryKey: string | null = null;

function report(drop: DroppedData): void {
  activeSink?.(drop);
}

/**
 * The schema as the REST resources use it: parses like `schema`, and hands everything the edge
 * left out to `sink`. Without a sink, drops go unreported (tests of single parsers).
 */
export function trackDrops<T extends z.ZodType>(schema: T, sink: DroppedDataSink | undefined): T {
  if (sink === undefined) return schema;
  return z.unknown().transform((value, ctx) => {
    const previous = activeSink;
    activeSink = sink;
    let result: z.ZodSafeParseResult<z.output<T>>;
    try {
      result = schema.safeParse(value);
    } finally {
      activeSink = previous;
    }
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
    return z.NEVER;
  }) as unknown as T;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Fields that name a record, in the order they are tried. */
const ID_FIELDS = [
  'id',
  'phonecallId',
  'msg_id',
  '029tea_bez',
  'agent',
  '003use_name',
  '017pro_id',
  '010dev_bez',
  '016voi_mailbox',
  '009ext_extension',
  'source',
  'name',
];
const MAX_ID_CHARS = 40;

/** A short, printable id for a log line (never more of the record than that). */
export function recordIdOf(raw: unknown, fallback: string): string {
  if (!isPlainObject(raw)) return fallback;
  for (const field of ID_FIELDS) {
    const value = raw[field];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && value.trim() !== '') {
      const printable = value
        .slice(0, MAX_ID_CHARS * 2)
        .toWellFormed()
        .replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, '?');
      return printable.length > MAX_ID_CHARS ? `${printable.slice(0, MAX_ID_CHARS)}…` : printable;
    }
  }
  return fallback;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** A copy of `value` with the value at `path` removed (objects and arrays copied along the way). */
function without(value: unknown, path: readonly PropertyKey[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return undefined;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    copy[head] = rest.length === 0 ? undefined : without(copy[head], rest);
    return copy;
  }
  if (!isPlainObject(value) || typeof head !== 'string' || !Object.hasOwn(value, head)) return value;
  const copy = { ...value };
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

/** How many times a record is parsed again without its faulty fields before it counts as bad. */
const MAX_FIELD_ROUNDS = 4;

function parseRecord<T extends z.ZodType>(
  schema: T,
  label: string,
  raw: unknown,
): z.ZodSafeParseResult<z.output<T>> {
  let current = raw;
  const left: { path: string; reason: string }[] = [];
  for (let round = 0; ; round++) {
    const result = schema.safeParse(current);
    if (result.success) {
      const id = recordIdOf(raw, entryKey ?? label);
      for (const field of left) report({ what: 'field', label, id, field: field.path, reason: field.reason });
      return result;
    }
    const faulty = result.error.issues.filter((issue) => issue.path.length > 0);
    // A fault of the record as a whole, or a field that is still faulty without its value:
    // the record needs that field. The reason given is the value's, not its absence's.
    if (
      round >= MAX_FIELD_ROUNDS ||
      faulty.length !== result.error.issues.length ||
      faulty.some((issue) => left.some((field) => field.path === pathText(issue.path)))
    )
      return { success: false, error: withFirstReasons(result.error, left) };
    for (const issue of faulty) {
      current = without(current, issue.path);
      left.push({ path: pathText(issue.path), reason: issue.message });
    }
  }
}

function withFirstReasons<T>(
  error: z.ZodError<T>,
  left: readonly { path: string; reason: string }[],
): z.ZodError<T> {
  return new z.ZodError(
    error.issues.map((issue) => {
      const first = left.find((field) => field.path === pathText(issue.path));
      return first ? { ...issue, message: first.reason } : issue;
    }),
  ) as z.ZodError<T>;
}

/**
 * One record of a PBX answer (an object schema with its transform). Fields the record can do
 * without are left out when faulty, and reported; a fault in a field it needs fails it.
 */
export function record<T extends z.ZodType>(label: string, schema: T): z.ZodType<z.output<T>, unknown> {
  return z.unknown().transform((value, ctx) => {
    const result = parseRecord(schema, label, value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
    return z.NEVER;
  });
}

export interface ListOptions {
  /** What one item is, for the log (`phonebook entry`); default `record`. */
  label?: string;
  /**
   * For lists that may also come as a map keyed by name: tells a single item (list of one)
   * from a map (its values are the items). Without it every object is a single item.
   */
  isSingleItem?: (value: Record<string, unknown>) => boolean;
}

function dropped(label: string, raw: unknown, index: number, error: z.ZodError): DroppedData {
  const first = error.issues[0];
  return {
    what: 'record',
    label,
    id: recordIdOf(raw, `#${index}`),
    field: first && first.path.length > 0 ? pathText(first.path) : null,
    reason: first?.message ?? 'does not fit the expected shape',
  };
}

/**
 * A list endpoint's body: an array as is, a single object as a list of one (the reference shows
 * single objects for several list endpoints), `null`/`""` as empty. Items that do not parse are
 * left out (and reported); the list itself fails only when it is not a list at all.
 */
export function listOf<T extends z.ZodType>(item: T, options: ListOptions = {}) {
  const label = options.label ?? 'record';
  return z
    .preprocess(
      (value) => {
        if (isBlank(value)) return [];
        if (isPlainObject(value)) {
          const keyed = options.isSingleItem !== undefined && !options.isSingleItem(value);
          return keyed ? Object.values(value) : [value];
        }
        return value;
      },
      z.array(z.unknown(), { error: 'expected a list' }),
    )
    .transform((items): z.output<T>[] => {
      const kept: z.output<T>[] = [];
      items.forEach((raw, index) => {
        const result = item.safeParse(raw);
        if (result.success) kept.push(result.data);
        else report(dropped(label, raw, index, result.error));
      });
      return kept;
    });
}

/**
 * A map keyed by name (devices of a user, states of users). PHP sends an empty map as `[]`;
 * a list of items is accepted too. Each entry is given to `item` with its key, so the key can
 * stand in for a missing name field; entries that do not parse are left out (and reported).
 * With `keysAreNames`, the keys are names the app asks by (usernames): one that no request could
 * carry (`..`, control characters, a bidi override) is no answer to a question, and left out too.
 */
export function namedMap<T extends z.ZodType>(
  item: T,
  options: { label?: string; keysAreNames?: boolean } = {},
) {
  const label = options.label ?? 'entry';
  return z
    .preprocess(
      (value) => {
        if (isBlank(value)) return [];
        if (Array.isArray(value)) return value.map((entry) => ({ key: null, value: entry }));
        if (isPlainObject(value)) return Object.entries(value).map(([key, entry]) => ({ key, value: entry }));
        return value;
      },
      z.array(z.object({ key: z.string().nullable(), value: z.unknown() }), { error: 'expected a map' }),
    )
    .transform((entries) => {
      const kept: { key: string | null; value: z.output<T> }[] = [];
      entries.forEach((entry, index) => {
        if (options.keysAreNames && entry.key !== null && !isAddressableName(entry.key)) {
          report({
            what: 'record',
            label,
            id: `#${index}`,
            field: null,
            reason: 'expected a usable name as key',
          });
          return;
        }
        entryKey = entry.key;
        let result: z.ZodSafeParseResult<z.output<T>>;
        try {
          result = item.safeParse(entry.value);
        } finally {
          entryKey = null;
        }
        if (result.success) kept.push({ key: entry.key, value: result.data });
        else
          report(dropped(label, entry.key === null ? entry.value : { id: entry.key }, index, result.error));
      });
      return kept;
    });
}
