/**
 * The settings file's schema, one version at a time. Every stored document carries `version`;
 * `migrateSettings` upgrades older documents step by step (one function per version) and then
 * parses the result, so the rest of the core only ever sees the current, exact shape.
 *
 * Secrets are never part of this document in clear. The only secret-derived value is the
 * `safeStorage` ciphertext (issue: credentials), which is useless without the OS key.
 */
import { z } from 'zod';
import { languagePreferences, themePreferences } from '../../shared/contract';

export const currentSettingsVersion = 1;

const trustedCertificate = z.object({
  host: z.string().min(1),
  fingerprint256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  trustedAtMs: z.number().int().nonnegative(),
});

export const settingsSchema = z.object({
  version: z.literal(currentSettingsVersion),
  language: z.enum(languagePreferences).default('system'),
  theme: z.enum(themePreferences).default('system'),
  connection: z
    .object({
      serverAddress: z.string().min(1).nullable().default(null),
      authKind: z.enum(['password', 'basic']).default('password'),
      apiUser: z.string().min(1).nullable().default(null),
      username: z.string().min(1).nullable().default(null),
      /** The built-in demo PBX was the last connection (it is started again at launch). */
      demo: z.boolean().default(false),
    })
    .default({ serverAddress: null, authKind: 'password', apiUser: null, username: null, demo: false }),
  trustedCertificates: z.array(trustedCertificate).default([]),
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
    .default({ country: 'DE', areaCode: null, outsideLinePrefix: '0', internalMaxDigits: 4 }),
  polling: z
    .object({ presenceIntervalMs: z.number().int().min(500).max(10_000).default(1000) })
    .default({ presenceIntervalMs: 1000 }),
  secrets: z
    .object({
      /** The user agreed to Linux's `basic_text` safeStorage backend after a plain warning. */
      allowBasicText: z.boolean().default(false),
      /** safeStorage ciphertext (base64) per account, used only where no keychain answers. */
      encrypted: z.record(z.string(), z.string()).default({}),
    })
    .default({ allowBasicText: false, encrypted: {} }),
});

export type Settings = z.output<typeof settingsSchema>;
export type TrustedCertificate = z.output<typeof trustedCertificate>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({ version: currentSettingsVersion });
}

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * `migrations[n]` turns a version-n document into a version-(n+1) one. Version 0 is a document
 * written before versioning existed (or an empty file): it becomes version 1 with its known keys.
 */
const migrations: Record<number, Migration> = {
  0: (document) => ({ ...document, version: 1 }),
};

export type SettingsLoadResult =
  | { ok: true; settings: Settings; migratedFrom: number | null }
  | { ok: false; reason: 'not-an-object' | 'newer-version' | 'invalid'; detail: string };

export function migrateSettings(raw: unknown): SettingsLoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not-an-object', detail: typeof raw };
  }
  let document = { ...(raw as Record<string, unknown>) };
  const startVersion = typeof document.version === 'number' ? document.version : 0;
  if (!Number.isInteger(startVersion) || startVersion < 0) {
    return { ok: false, reason: 'invalid', detail: 'version' };
  }
  if (startVersion > currentSettingsVersion) {
    return { ok: false, reason: 'newer-version', detail: String(startVersion) };
  }
  for (let version = startVersion; version < currentSettingsVersion; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: 'invalid', detail: `no migration from ${version}` };
    document = step(document);
  }
  const parsed = settingsSchema.safeParse(document);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: 'invalid', detail: path };
  }
  return {
    ok: true,
    settings: parsed.data,
    migratedFrom: startVersion === currentSettingsVersion ? null : startVersion,
  };
}
