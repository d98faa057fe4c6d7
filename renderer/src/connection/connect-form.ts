/**
 * The onboarding form's rules, apart from its markup: what it starts with, what it checks before
 * sending, the exact `connection/connect` input it sends, and which field an error belongs to.
 * The core's schema check is the real one; these checks only save a round trip for the obvious.
 */
import type { CommandError, ConnectInput } from '../../../electron/shared/contract';
import type { AuthKind, ConnectionSettingsView } from '../../../electron/shared/features/connection';

export type { AuthKind };

export interface ConnectFormValues {
  serverAddress: string;
  authKind: AuthKind;
  apiUser: string;
  apiPassword: string;
  basicAuth: string;
  username: string;
}

export const connectFields = ['serverAddress', 'apiUser', 'apiPassword', 'basicAuth', 'username'] as const;
export type ConnectField = (typeof connectFields)[number];
export type FieldErrors = Partial<Record<ConnectField, CommandError>>;

/** Same rule as the contract's `connectInput.username`. */
const usernamePattern = /^[^\s/\\?#]+$/;

export function initialFormValues(settings: ConnectionSettingsView): ConnectFormValues {
  return {
    serverAddress: settings.serverAddress ?? '',
    authKind: settings.authKind,
    apiUser: settings.apiUser ?? '',
    apiPassword: '',
    basicAuth: '',
    username: settings.username ?? '',
  };
}

/** The secret the user typed, of the kind they chose. */
export function typedSecret(values: ConnectFormValues): string {
  return values.authKind === 'password' ? values.apiPassword : values.basicAuth;
}

function emptyError(field: ConnectField): CommandError {
  return { kind: 'invalid-input', detail: 'empty', field };
}

/**
 * Problems found before sending. `storedSecretUsable`: a secret of the chosen kind is stored, so
 * an empty secret field means "use the stored one".
 */
export function validateConnectForm(values: ConnectFormValues, storedSecretUsable: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (values.serverAddress.trim() === '') errors.serverAddress = emptyError('serverAddress');
  if (values.authKind === 'password' && values.apiUser.trim() === '') errors.apiUser = emptyError('apiUser');
  if (typedSecret(values) === '' && !storedSecretUsable) {
    const field = values.authKind === 'password' ? 'apiPassword' : 'basicAuth';
    errors[field] = emptyError(field);
  }
  const username = values.username.trim();
  if (username === '') errors.username = emptyError('username');
  else if (!usernamePattern.test(username)) {
    errors.username = { kind: 'invalid-input', detail: 'username-chars', field: 'username' };
  }
  return errors;
}

/** The exact command input. Secrets are sent as typed (a space can be part of a password). */
export function buildConnectInput(values: ConnectFormValues): ConnectInput {
  const auth: ConnectInput['auth'] =
    values.authKind === 'password'
      ? {
          kind: 'password',
          apiUser: values.apiUser.trim(),
          ...(values.apiPassword === '' ? {} : { apiPassword: values.apiPassword }),
        }
      : { kind: 'basic', ...(values.basicAuth === '' ? {} : { basicAuth: values.basicAuth }) };
  return { serverAddress: values.serverAddress.trim(), auth, username: values.username.trim() };
}

function asConnectField(path: string | undefined): ConnectField | null {
  // The core may name a field by its schema path (`auth.apiPassword`); the form knows the leaf.
  const leaf = path?.split('.').pop();
  return (connectFields as readonly (string | undefined)[]).includes(leaf) ? (leaf as ConnectField) : null;
}

const fieldOfDetail: Record<string, ConnectField> = {
  'not-a-url': 'serverAddress',
  'unsupported-scheme': 'serverAddress',
  'host-not-found': 'serverAddress',
  'not-pascom': 'serverAddress',
  'certificate-untrusted': 'serverAddress',
  'certificate-changed': 'serverAddress',
  'unknown-user': 'username',
  'bad-basic-string': 'basicAuth',
};

/** The field an error belongs to: as the core named it, else inferred from its reason; null if none. */
export function fieldOfError(error: CommandError, authKind: AuthKind): ConnectField | null {
  const named = asConnectField(error.field) ?? asConnectField(error.issues?.[0]?.path);
  if (named) return named;
  if (error.detail !== undefined && Object.hasOwn(fieldOfDetail, error.detail)) {
    return fieldOfDetail[error.detail] ?? null;
  }
  if (error.kind === 'auth') return authKind === 'password' ? 'apiPassword' : 'basicAuth';
  // The address is what decides whether, and how safely, the PBX is reached.
  if (error.kind === 'offline' || error.kind === 'timeout' || error.kind === 'certificate')
    return 'serverAddress';
  return null;
}

/**
 * The words for a failed connect, with the next step to take, by what went wrong: where the REST
 * credentials are, to check the address or the VPN, to look at the certificate. A failure without
 * such words gets the usual ones.
 */
export function connectErrorKey(error: CommandError): string | null {
  if (error.detail === 'host-not-found') return 'connect.error.host-not-found';
  if (error.detail === 'not-pascom') return 'connect.error.not-pascom';
  if (error.detail === 'unknown-user') return 'connect.error.unknown-user';
  if (
    error.detail === 'certificate-untrusted' ||
    error.detail === 'certificate-changed' ||
    error.kind === 'certificate'
  )
    return 'connect.error.certificate';
  if (error.kind === 'offline') return 'connect.error.offline';
  if (error.kind === 'timeout') return 'connect.error.timeout';
  if (error.kind === 'auth') return 'connect.error.auth';
  if (error.kind === 'forbidden') return 'connect.error.forbidden';
  return null;
}
