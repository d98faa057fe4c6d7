/**
 * The desktop basics' section of the settings document. Starting at login is off until the user
 * asks for it (the installer does not add a login item behind their back); updates are on, but do
 * nothing until an administrator sets the feed the company publishes its builds to.
 */
import { z } from 'zod';
import { feedUrlMaxLength, feedUrlProblem } from '../../shared/features/desktop';
import type { FeatureSettings } from '../settings/section';

const desktopSettingsSchema = z
  .object({
    startAtLogin: z.boolean().default(false),
    updates: z.boolean().default(true),
    // A damaged or non-https feed is dropped (no updates) rather than the whole settings file.
    updateFeedUrl: z
      .string()
      .max(feedUrlMaxLength)
      .refine((value) => feedUrlProblem(value) === null)
      .nullable()
      .catch(null)
      .default(null),
    redactNumbers: z.boolean().default(true),
  })
  .prefault({});

export type DesktopSettings = z.output<typeof desktopSettingsSchema>;

export const desktopSettings: FeatureSettings<DesktopSettings> = { schema: desktopSettingsSchema };
