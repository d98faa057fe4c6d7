/**
 * The connection's section of the settings document: the last PBX and how to sign in there (never
 * the secret itself: that is in the secret store), whether it was the demo PBX, and the
 * certificates the user pinned.
 */
import { z } from 'zod';
import { authKinds, fingerprint256Pattern } from '../../shared/features/connection';
import type { FeatureSettings } from '../settings/section';

const trustedCertificate = z.object({
  host: z.string().min(1),
  fingerprint256: z.string().regex(fingerprint256Pattern),
  trustedAtMs: z.number().int().nonnegative(),
});

const connectionSettingsSchema = z
  .object({
    serverAddress: z.string().min(1).nullable().default(null),
    authKind: z.enum(authKinds).default('password'),
    apiUser: z.string().min(1).nullable().default(null),
    username: z.string().min(1).nullable().default(null),
    /** The built-in demo PBX was the last connection (it is started again at launch). */
    demo: z.boolean().default(false),
    /** Pinned self-signed certificates: host and SHA-256 fingerprint, never the certificate. */
    trustedCertificates: z.array(trustedCertificate).default([]),
    /** `http:` origins the user agreed to send the password to unencrypted (shared/features/connection.ts). */
    plainHttpAllowed: z.array(z.string().min(1).max(2048)).max(20).catch([]).default([]),
  })
  .prefault({});

export type ConnectionSettings = z.output<typeof connectionSettingsSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const connectionSettings: FeatureSettings<ConnectionSettings> = {
  schema: connectionSettingsSchema,
  migrations: {
    // Version 2: the pinned certificates moved from the top of the document into this section.
    1: (document) => {
      const { trustedCertificates, ...rest } = document;
      if (trustedCertificates === undefined) return rest;
      if (rest.connection !== undefined && !isRecord(rest.connection)) return document;
      return { ...rest, connection: { ...(rest.connection ?? {}), trustedCertificates } };
    },
  },
};
