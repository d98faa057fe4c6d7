/**
 * The contract of one feature, the connection: the PBX address and credentials, the agent it
 * signed in as, where the secret is kept, pinned certificates (issue: connection). Listed in
 * ../feature-list.ts; its slice is `state.connection`.
 */
import { z } from 'zod';
import { accessRules } from '../command-access';
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
  /** `http:` origins the user agreed to send the password to unencrypted (see `plainHttpOrigin`). */
  plainHttpAllowed: string[];
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

/** `localhost`, `*.localhost`, 127.0.0.0/8 and ::1: a request there never crosses a network. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/**
 * The origin an address would send the password to unencrypted: an `http:` address of another
 * machine. Null for `https:` (an address without a scheme is https), for this machine (the built-in
 * demo PBX) and for text that is no address. Such an origin needs the user's explicit consent
 * (`connection/allow-plain-http`) before one request with the Authorization header goes there.
 */
export function plainHttpOrigin(address: string): string | null {
  const text = address.trim();
  if (!/^http:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.hostname === '' || isLoopbackHost(url.hostname) ? null : url.origin;
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
    /** An `http:` address of another machine: the user agrees (or no longer agrees) to send the password unencrypted. */
    'connection/allow-plain-http': z
      .object({ serverAddress: z.string().trim().min(1).max(2048), allow: z.boolean() })
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
  'connection/allow-plain-http': ConnectionSettingsView;
  'secret/forget': null;
  'secret/allow-weak-encryption': SecretView;
}

/** The connection is the settings window's; the panel's header only offers "Retry now". */
const connectionAccess = accessRules(connectionCommands, {
  'connection/connect': { windows: ['settings'] },
  'connection/start-demo': { windows: ['settings'] },
  'connection/disconnect': { windows: ['settings'] },
  'connection/retry': { windows: ['panel', 'settings'] },
  'connection/trust-certificate': { windows: ['settings'] },
  'connection/allow-plain-http': { windows: ['settings'] },
  'secret/forget': { windows: ['settings'] },
  'secret/allow-weak-encryption': { windows: ['settings'] },
});

export const connectionContract = {
  name: 'connection',
  commands: connectionCommands,
  events: [],
  access: connectionAccess,
  types: {} as { results: ConnectionCommandResults; slice: ConnectionView; events: Record<never, never> },
} as const satisfies FeatureContract;
