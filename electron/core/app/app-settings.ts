/**
 * The app's own keys of the settings document (the features' sections sit beside them): language
 * and theme, how numbers are read, how often the agent's state is asked, and where secrets live
 * when no keychain answers. Every default is stated here, once.
 *
 * Secrets are never part of the document in clear. The only secret-derived value is the
 * `safeStorage` ciphertext (issue: credentials), which is useless without the OS key.
 */
import { z } from 'zod';
import { presencePollLimitsMs } from '../../shared/contract';
import { languagePreferences, themePreferences } from '../../shared/vocabulary';
import type { FeatureSettings } from '../settings/section';

const appSettingsSchema = z.object({
  language: z.enum(languagePreferences).default('system'),
  theme: z.enum(themePreferences).default('system'),
  /** How numbers are read (caller lookup, dialing): the PBX's country, area and outside line. */
  phone: z
    .object({
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .default('DE'),
      areaCode: z
        .string()
        .regex(/^\d{1,6}$/)
        .nullable()
        .default(null),
      outsideLinePrefix: z
        .string()
        .regex(/^\d{1,3}$/)
        .nullable()
        .default('0'),
      internalMaxDigits: z.number().int().min(2).max(8).default(4),
    })
    .prefault({}),
  polling: z
    .object({
      presenceIntervalMs: z
        .number()
        .int()
        .min(presencePollLimitsMs.min)
        .max(presencePollLimitsMs.max)
        // 750 ms: the caller's name within 1 s at a 100 ms PBX round trip (README, "PBX cost").
        .default(750),
    })
    .prefault({}),
  secrets: z
    .object({
      /** The user agreed to Linux's `basic_text` safeStorage backend after a plain warning. */
      allowBasicText: z.boolean().default(false),
      /** safeStorage ciphertext (base64) per account, used only where no keychain answers. */
      encrypted: z.record(z.string(), z.string()).default({}),
    })
    .prefault({}),
});

export type AppSettings = z.output<typeof appSettingsSchema>;

export const appSettings: FeatureSettings<AppSettings> = {
  schema: appSettingsSchema,
  // Version 0 is a document written before versioning existed (or an empty file): its known keys
  // stay as they are, and it becomes version 1.
  migrations: { 0: (document) => document },
};

export const appSettingKeys = Object.keys(appSettingsSchema.shape) as (keyof AppSettings)[];
