/** The hotkeys' section of the settings document: an accelerator per action; one not listed has its platform default, null is off. */
import { z } from 'zod';
import type { FeatureSettings } from '../settings/section';

const hotkeysSettingsSchema = z
  .object({ bindings: z.record(z.string(), z.string().min(1).max(100).nullable()).catch({}).default({}) })
  .prefault({});

export type HotkeysSettings = z.output<typeof hotkeysSettingsSchema>;

export const hotkeysSettings: FeatureSettings<HotkeysSettings> = { schema: hotkeysSettingsSchema };
