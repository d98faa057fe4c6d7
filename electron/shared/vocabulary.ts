/**
 * The app-wide words of the contract, stated once: languages and their locales, themes, windows,
 * connection states and error kinds. No zod here (and nothing but plain values and types), so the
 * renderer imports these lists without carrying the schema library into its bundle; the contract
 * and the feature fragments build their schemas from them.
 */

/** The languages the app speaks. */
export const languages = ['en', 'de'] as const;
export type Language = (typeof languages)[number];

/** British English formats (24-hour clock, day before month) suit the app's European users. */
export const localeOf: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

export const languagePreferences = ['system', ...languages] as const;
export type LanguagePreference = (typeof languagePreferences)[number];
export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

export const windowKinds = ['panel', 'popup', 'settings'] as const;
export type WindowKind = (typeof windowKinds)[number];

/**
 * `setup`: nothing configured yet; `connecting`: first contact or reconnect under way;
 * `offline`: the PBX cannot be reached, a retry is scheduled; `auth-failed`: the PBX refused the
 * credentials and every loop stopped (pascom can lock accounts, so nothing retries by itself);
 * `cert-untrusted`: the server's certificate is not trusted and the user has not pinned it.
 */
export const connectionStatuses = [
  'setup',
  'connecting',
  'online',
  'offline',
  'auth-failed',
  'cert-untrusted',
] as const;
export type ConnectionStatus = (typeof connectionStatuses)[number];

/** Where the API secret lives. `none` when nothing is stored. */
export type SecretStoreKind = 'keychain' | 'safe-storage' | 'memory' | 'none';

/** What can go wrong between the app and the PBX; the REST client's `PbxError` uses exactly these. */
export const pbxErrorKinds = [
  'offline',
  'timeout',
  'auth',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'server',
  'bad-response',
  'bad-request',
  'certificate',
] as const;
export type PbxErrorKind = (typeof pbxErrorKinds)[number];

export const commandErrorKinds = [
  ...pbxErrorKinds,
  // from the app
  'invalid-input',
  'not-connected',
  'unavailable',
  'internal',
] as const;
export type CommandErrorKind = (typeof commandErrorKinds)[number];

/**
 * Errors are values at the edge. The renderer words them in the user's language from `kind`
 * (and `detail`, a stable machine-readable reason such as `host-not-found` or `unknown-user`);
 * nothing here ever carries a stack trace, a URL with credentials or a secret.
 */
export interface CommandError {
  kind: CommandErrorKind;
  detail?: string;
  /** The input field the error is about, for forms (e.g. `serverAddress`). */
  field?: string;
  retryAfterMs?: number;
  /** The PBX's own words about a refusal (e.g. a queue action's message), shown as quoted text. */
  pbxMessage?: string;
  /** Schema problems of an `invalid-input` error: dotted path and zod issue code. */
  issues?: { path: string; code: string }[];
}
