/**
 * Where a PBX secret is filed: one keychain service per PBX address, one account per API user.
 * In the OS keychain an entry reads `pascom-companion:https://pbx.example.com/yourpbx` / `moby`,
 * which is what a user recognises when they look in Keychain Access, Credential Manager or Seahorse.
 *
 * `SecretStore` takes a single string per secret, so the pair travels as one key,
 * `<service> <account>`: the service is a serialised URL and never holds a space, so the first
 * space separates the two unambiguously (API user names may contain anything).
 */
import type { ConnectionSettingsView } from '../../shared/features/connection';

export const secretServicePrefix = 'pascom-companion';

/**
 * Account used for a Basic auth string. Not `basic`: an API user may be called that, and their
 * password must not share a slot with a Basic string for the same PBX.
 */
export const basicAuthAccount = '(basic auth string)';

export interface SecretAccount {
  /** Keychain service name, e.g. `pascom-companion:https://pbx.example.com/yourpbx`. */
  service: string;
  /** Keychain account name: the API user, or `(basic auth string)`. */
  account: string;
  /** The one string `SecretStore` methods take: `<service> <account>`. */
  key: string;
}

export type SecretAccountSource = Pick<ConnectionSettingsView, 'serverAddress' | 'authKind' | 'apiUser'>;

/** The secret's slot for a connection, or null while the connection is not configured enough. */
export function secretAccountFor(connection: SecretAccountSource): SecretAccount | null {
  if (connection.serverAddress === null) return null;
  const service = `${secretServicePrefix}:${normaliseServerAddressForSecrets(connection.serverAddress)}`;
  if (connection.authKind === 'basic') return secretAccount(service, basicAuthAccount);
  if (connection.apiUser === null || connection.apiUser === '') return null;
  return secretAccount(service, connection.apiUser);
}

/** Splits a `SecretStore` key back into keychain service and account. */
export function parseSecretAccountKey(key: string): { service: string; account: string } {
  const separator = key.indexOf(' ');
  // A key not made by `secretAccountFor` (a probe, a test) is filed under the bare prefix.
  if (separator <= 0 || separator === key.length - 1) return { service: secretServicePrefix, account: key };
  return { service: key.slice(0, separator), account: key.slice(separator + 1) };
}

/**
 * The same PBX typed differently (`PBX.example.com`, `https://pbx.example.com:443/`,
 * `https://pbx.example.com/yourpbx/services/`) maps to one service name. User info in the URL is
 * dropped: it would put a credential into the keychain's visible service name.
 */
export function normaliseServerAddressForSecrets(serverAddress: string): string {
  const trimmed = serverAddress.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    // Not a URL at all: still one stable, space-free name per typed address.
    return encodeURIComponent(trimmed.toLowerCase());
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/services$/i, '');
  return `${url.protocol}//${url.host}${path}`;
}

function secretAccount(service: string, account: string): SecretAccount {
  return { service, account, key: `${service} ${account}` };
}

/** Written, read back and deleted once at start to prove the keychain really stores secrets. */
export const keychainProbeKey = `${secretServicePrefix} keychain-probe`;
