import { z } from 'zod';
import { listOf, optionalInt, optionalText, record, text } from '../normalize';

export interface Redirect {
  /** The extension whose calls are redirected. */
  source: string;
  /** Where calls go now; null when the redirect is off. */
  target: string | null;
  /** The previous target, shown while the redirect is deactivated. */
  old: string | null;
  active: boolean;
}

/** The PBX's answer to setting a redirect. */
export interface RedirectSetResult {
  /** The PBX's `status` (1 in the reference's sample); null when absent. */
  status: number | null;
  source: string;
  target: string | null;
  old: string | null;
}

const redirectFields = { source: text, target: optionalText, old: optionalText };

export const redirectSchema = record(
  'redirect',
  z.object(redirectFields).transform(
    (raw): Redirect => ({
      source: raw.source,
      target: raw.target,
      old: raw.old,
      active: raw.target !== null,
    }),
  ),
);

export const redirectListSchema = listOf(redirectSchema, {
  label: 'redirect',
  isSingleItem: (value) => 'source' in value,
});

/**
 * Every field optional: the caller fills in what it asked for (see `redirect.ts`), and a faulty
 * field is left out rather than turning a redirect the PBX did set into an error.
 */
export const redirectSetResultSchema = record(
  'redirect answer',
  z.object({ source: optionalText, target: optionalText, old: optionalText, status: optionalInt }),
);
