/**
 * The settings document, composed: the app's own keys and one section per feature, each with its
 * defaults and migration steps (settings/section.ts). Every stored document carries `version`;
 * `migrate` upgrades an older one step by step and then parses it, so the rest of the core only
 * ever sees the current, exact shape.
 */
import { z } from 'zod';
import type { FeatureSettings, Migration } from './section';

export interface SettingsPart {
  /** The section's key; null for the app's own keys, which sit at the top of the document. */
  readonly key: string | null;
  readonly settings: FeatureSettings<unknown>;
}

export type SettingsLoadResult<D> =
  | { ok: true; settings: D; migratedFrom: number | null }
  | { ok: false; reason: 'not-an-object' | 'newer-version' | 'invalid'; detail: string };

export interface SettingsModel<D> {
  readonly version: number;
  readonly schema: z.ZodType<D>;
  defaults(): D;
  migrate(raw: unknown): SettingsLoadResult<D>;
}

export function settingsModelOf<D>(parts: readonly SettingsPart[]): SettingsModel<D> {
  const steps = parts.flatMap((part) =>
    Object.entries(part.settings.migrations ?? {}).map(([from, step]) => ({ from: Number(from), step })),
  );
  const version = Math.max(0, ...steps.map((step) => step.from)) + 1;
  const shape: Record<string, z.ZodType> = { version: z.literal(version) };
  for (const part of parts) {
    if (part.key !== null) shape[part.key] = part.settings.schema;
  }
  const appShape = parts
    .filter((part) => part.key === null)
    .map((part) => part.settings.schema as unknown as z.ZodObject);
  let schema: z.ZodObject = z.object(shape);
  for (const app of appShape) schema = schema.extend(app.shape);
  const stepsFrom = (from: number): Migration[] =>
    steps.filter((step) => step.from === from).map((step) => step.step);

  function migrate(raw: unknown): SettingsLoadResult<D> {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, reason: 'not-an-object', detail: typeof raw };
    }
    let document = { ...(raw as Record<string, unknown>) };
    const startVersion = typeof document.version === 'number' ? document.version : 0;
    if (!Number.isInteger(startVersion) || startVersion < 0) {
      return { ok: false, reason: 'invalid', detail: 'version' };
    }
    if (startVersion > version) return { ok: false, reason: 'newer-version', detail: String(startVersion) };
    for (let from = startVersion; from < version; from++) {
      for (const step of stepsFrom(from)) document = step(document);
      document = { ...document, version: from + 1 };
    }
    const parsed = schema.safeParse(document);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.join('.') ?? '';
      return { ok: false, reason: 'invalid', detail: path };
    }
    return {
      ok: true,
      settings: parsed.data as D,
      migratedFrom: startVersion === version ? null : startVersion,
    };
  }

  return {
    version,
    schema: schema as unknown as z.ZodType<D>,
    defaults: () => schema.parse({ version }) as D,
    migrate,
  };
}
