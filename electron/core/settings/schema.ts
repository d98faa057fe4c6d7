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
import { callAlertModes, popupCorners } from '../../shared/features/calls';

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
  /** How often the agent's mailbox is asked for its counts (one HEAD request). */
  voicemail: z
    .object({ watchIntervalMs: z.number().int().min(2000).max(600_000).default(30_000) })
    .default({ watchIntervalMs: 30_000 }),
  /** Queue pause: the last reason used (the default) and the safety nets (all off by default). */
  queues: z
    .object({
      lastPauseReason: z.string().min(1).nullable().default(null),
      autoPauseOnLock: z.boolean().default(false),
      autoPauseIdleMinutes: z.number().int().min(0).max(240).default(0),
      wrapUpSeconds: z.number().int().min(0).max(600).default(0),
      reminderMinutes: z.number().int().min(0).max(480).default(0),
      autoPauseReason: z.string().min(1).nullable().default(null),
      wrapUpReason: z.string().min(1).nullable().default(null),
    })
    .default({
      lastPauseReason: null,
      autoPauseOnLock: false,
      autoPauseIdleMinutes: 0,
      wrapUpSeconds: 0,
      reminderMinutes: 0,
      autoPauseReason: null,
      wrapUpReason: null,
    }),
  /** Incoming calls: which calls pop up and how, and the CRM link (issue: incoming calls). */
  calls: z
    .object({
      popupForQueueCalls: z.boolean().default(true),
      popupForDirectCalls: z.boolean().default(true),
      popupForInternalCalls: z.boolean().default(true),
      clickToDialOnly: z.boolean().default(false),
      alert: z.enum(callAlertModes).default('popup'),
      popupCorner: z.enum(popupCorners).default('bottom-right'),
      crmUrlTemplate: z.string().min(1).max(2000).nullable().default(null),
      openCrmOnAnswer: z.boolean().default(false),
    })
    .default({
      popupForQueueCalls: true,
      popupForDirectCalls: true,
      popupForInternalCalls: true,
      clickToDialOnly: false,
      alert: 'popup',
      popupCorner: 'bottom-right',
      crmUrlTemplate: null,
      openCrmOnAnswer: false,
    }),
  /**
   * Click-to-dial (issue: dial): the device remembered for when the PBX has no default device, whether
   * links from other apps are confirmed, and the last numbers dialed. A damaged list is dropped, not
   * the whole file.
   */
  dial: z
    .object({
      preferredDevice: z.string().min(1).max(256).nullable().default(null),
      confirmLinks: z.boolean().default(true),
      recent: z
        .array(
          z.object({
            target: z.string().min(1).max(64),
            display: z.string().max(64),
            name: z.string().max(256).nullable(),
            atMs: z.number().int().nonnegative(),
          }),
        )
        .max(20)
        .catch([])
        .default([]),
    })
    .default({ preferredDevice: null, confirmLinks: true, recent: [] }),
  /** Global hotkeys: an accelerator per action; an action not listed has its platform default, null is off. */
  hotkeys: z
    .object({ bindings: z.record(z.string(), z.string().min(1).max(100).nullable()).catch({}).default({}) })
    .default({ bindings: {} }),
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
