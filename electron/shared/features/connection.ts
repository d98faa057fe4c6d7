/**
 * The contract of one feature, the connection: the PBX address and credentials, the agent it
 * signed in as, where the secret is kept, pinned certificates (issue: connection). Listed in
 * ../feature-list.ts; its slice is `state.connection`.
 */
import { z } from 'zod';
import type { FeatureContract } from '../feature-contract';
import type { CommandError, ConnectionStatus, SecretStoreKind } from '../vocabulary';

export const authKinds = ['password', 'basic'] as const;
export type AuthKind = (typeof authKinds)[number];

export interface CertificateView {
  host: string;
  fingerprint256: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** True when a different certificate was pinned for this host before. */
  changed: boolean;
}

export interface AgentView {
  username: string;
  displayName: string;
  extension: string | null;
  mailbox: string | null;
}

export interface SecretView {
  stored: boolean;
  store: SecretStoreKind;
  /** Why a weaker store is in use (e.g. `no-keychain`), for the settings window. */
  storeReason: string | null;
}

/** What the connect form shows of the stored connection (never the secret). */
export interface ConnectionSettingsView {
  serverAddress: string | null;
  authKind: AuthKind;
  apiUser: string | null;
  username: string | null;
}

/** The feature's slice of the state tree: `state.connection`. */
export interface ConnectionView {
  status: ConnectionStatus;
  serverAddress: string | null;
  demo: boolean;
  sinceMs: number;
  /** When `offline`: when the next attempt runs (ms since epoch). */
  nextRetryAtMs: number | null;
  /** Why the last attempt failed, when it did. */
  failure: CommandError | null;
  /** When `cert-untrusted`: the certificate the server presented. */
  certificate: CertificateView | null;
  /** Who the PBX says the agent is; null until verified. */
  agent: AgentView | null;
  secret: SecretView;
  settings: ConnectionSettingsView;
}

/** The SHA-256 fingerprint as the trust dialog shows it and settings keep it. */
export const fingerprint256Pattern = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

/** The connection's commands; schemas are built on first use (see ../feature-contract.ts). */
function connectionCommands() {
  const empty = z.object({}).strict();
  return {
    'connection/connect': connectInput(),
    'connection/start-demo': empty,
    'connection/disconnect': empty,
    'connection/retry': empty,
    'connection/trust-certificate': z
      .object({ host: z.string().min(1).max(255), fingerprint256: z.string().regex(fingerprint256Pattern) })
      .strict(),
    'secret/forget': empty,
    /** Linux without a keychain: the user agrees (or no longer agrees) to safeStorage's weak `basic_text`. */
    'secret/allow-weak-encryption': z.object({ allow: z.boolean() }).strict(),
  } as const;
}

/** The connect form's input. Secrets are never trimmed or otherwise changed: a space can be part of a password. */
function connectInput() {
  const secret = (max: number) => z.string().min(1).max(max);
  return z
    .object({
      serverAddress: z.string().trim().min(1).max(2048),
      auth: z.discriminatedUnion('kind', [
        z
          .object({
            kind: z.literal('password'),
            apiUser: z.string().trim().min(1).max(256),
            /** Omitted: use the secret already stored for this address and user. */
            apiPassword: secret(1024).optional(),
          })
          .strict(),
        z
          .object({
            kind: z.literal('basic'),
            basicAuth: secret(4096).optional(),
          })
          .strict(),
      ]),
      username: z
        .string()
        .trim()
        .min(1)
        .max(128)
        .regex(/^[^\s/\\?#]+$/),
    })
    .strict();
}
export type ConnectInput = z.input<ReturnType<typeof connectInput>>;

export interface ConnectionCommandResults {
  'connection/connect': AgentView;
  'connection/start-demo': AgentView;
  'connection/disconnect': null;
  'connection/retry': null;
  'connection/trust-certificate': null;
  'secret/forget': null;
  'secret/allow-weak-encryption': SecretView;
}

export const connectionContract = {
  name: 'connection',
  commands: connectionCommands,
  events: [],
  types: {} as { results: ConnectionCommandResults; slice: ConnectionView; events: Record<never, never> },
} as const satisfies FeatureContract;
