/** The memo's settings section, with a migration step: version 2 kept the memo at the top. */
import { z } from 'zod';
import type { FeatureSettings } from '../../../electron/core/settings/section';

const memoSettingsSchema = z.object({ text: z.string().max(80).default('') }).prefault({});

export type MemoSettings = z.output<typeof memoSettingsSchema>;

export const memoSettings: FeatureSettings<MemoSettings> = {
  schema: memoSettingsSchema,
  migrations: {
    2: ({ memoText, ...document }) =>
      typeof memoText === 'string' ? { ...document, memo: { text: memoText } } : document,
  },
};
