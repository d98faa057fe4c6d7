import { z } from 'zod';
import { listOf, optionalFlag, optionalText, record, text } from '../normalize';

/** What an extension belongs to, derived from `src` (`011account`, `029team`, ...) and `resource`. */
export type ExtensionKind = 'user' | 'queue' | 'emergency' | 'fax' | 'other';

export interface ExtensionEntry {
  extension: string;
  kind: ExtensionKind;
  /** `typ` as the PBX words it, in its language (`Benutzer`, `Warteschlange`, `Notrufnummer`). */
  typeLabel: string | null;
  /** `text`: the display name (`Adrian Turitzo`, `Zentrale`). */
  name: string | null;
  /** `src`: the PBX table the extension belongs to, e.g. `011account`. */
  source: string | null;
  /** `resource`, e.g. `users/user-7`. */
  resource: string | null;
}

function kindOf(source: string | null, resource: string | null): ExtensionKind {
  const where = `${source ?? ''} ${resource ?? ''}`.toLowerCase();
  if (where.includes('account') || where.includes('users/')) return 'user';
  if (where.includes('team') || where.includes('queue')) return 'queue';
  if (where.includes('emergency')) return 'emergency';
  if (where.includes('fax')) return 'fax';
  return 'other';
}

export const extensionEntrySchema = record(
  'extension',
  z
    .object({
      '009ext_extension': text,
      typ: optionalText,
      text: optionalText,
      src: optionalText,
      resource: optionalText,
    })
    .transform(
      (raw): ExtensionEntry => ({
        extension: raw['009ext_extension'],
        kind: kindOf(raw.src, raw.resource),
        typeLabel: raw.typ,
        name: raw.text,
        source: raw.src,
        resource: raw.resource,
      }),
    ),
);

export const extensionListSchema = listOf(extensionEntrySchema, {
  label: 'extension',
  isSingleItem: (value) => '009ext_extension' in value,
});

/**
 * How the PBX reads a number before it is dialed (`GET /extension/?target=`). The reference gives
 * no sample answer, so each documented row shape is accepted, alone or in a list, with an optional
 * explicit `internal` flag and `dialed` digits. A row without an extension (or `internal: false`)
 * describes an external number; no rows at all (empty list, 204) means external too.
 */
export interface TargetResolution {
  target: string;
  internal: boolean;
  /** The internal extensions the target resolves to (a user, a queue, ...). */
  matches: ExtensionEntry[];
  /** The digits the PBX will dial, where it says so. */
  dialed: string | null;
}

/** One row of a `?target=` answer, in the app's words (the extension is null for an external number). */
export interface TargetResolutionRow extends Omit<ExtensionEntry, 'extension'> {
  extension: string | null;
  /** The PBX's explicit word on it, where it gives one. */
  internal: boolean | null;
  dialed: string | null;
}

const resolutionRowSchema = z
  .object({
    '009ext_extension': optionalText,
    typ: optionalText,
    text: optionalText,
    src: optionalText,
    resource: optionalText,
    internal: optionalFlag,
    dialed: optionalText,
  })
  .transform(
    (raw): TargetResolutionRow => ({
      extension: raw['009ext_extension'],
      kind: kindOf(raw.src, raw.resource),
      typeLabel: raw.typ,
      name: raw.text,
      source: raw.src,
      resource: raw.resource,
      internal: raw.internal,
      dialed: raw.dialed,
    }),
  );

export const targetResolutionRowsSchema = listOf(record('target resolution', resolutionRowSchema), {
  label: 'target resolution',
});

export function targetResolution(target: string, rows: readonly TargetResolutionRow[]): TargetResolution {
  const matches: ExtensionEntry[] = [];
  for (const { internal, dialed, extension, ...entry } of rows) {
    if (extension === null || internal === false) continue;
    matches.push({ ...entry, extension });
  }
  const explicit = rows.find((row) => row.internal !== null)?.internal;
  return {
    target,
    internal: explicit ?? matches.length > 0,
    matches,
    dialed: rows.find((row) => row.dialed !== null)?.dialed ?? null,
  };
}
