/**
 * One part of the settings document as its owner sees it: a feature's section (`calls`,
 * `queues`, ...) or the app's own keys. Reading is free; every change is saved at once.
 */
import type { z } from 'zod';

export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** A feature's settings: its section's schema and the steps that bring old documents up to date. */
export interface FeatureSettings<S> {
  /**
   * Every field with its default, stated here once, and `.prefault({})` on the section: a document
   * without the section (or with only some of its fields) gets the defaults.
   */
  readonly schema: z.ZodType<S>;
  /**
   * `migrations[n]` turns a version-n document into what version n+1 expects of this section
   * (including keys it takes over from elsewhere in the document). The document's version is the
   * highest step any part has, plus one.
   */
  readonly migrations?: Readonly<Record<number, Migration>>;
}

export interface SettingsSection<S> {
  readonly current: S;
  /** Sets the fields `change` names (or computes from the section), saves, and returns the section. */
  update(change: Partial<S> | ((section: S) => Partial<S>)): S;
}
