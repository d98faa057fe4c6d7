/**
 * Turns the connect form's input (or what settings and the secret store hold) into a checked
 * server address and Basic credentials, or a `CommandFailure` that names the field at fault.
 * No request is ever sent with an address or credentials that did not pass here.
 */
import type { ParsedCommandInput } from '../../shared/contract';
import { CommandFailure } from '../commands/dispatch';
import { type BasicAuth, basicAuthFromPassword, basicAuthFromString } from '../pbx/auth';
import { parseServerAddress, type ServerAddress } from '../pbx/server-address';
import type { ConnectionSettings } from './settings';

export type ConnectInput = ParsedCommandInput<'connection/connect'>;

export interface CheckedCredentials {
  address: ServerAddress;
  auth: BasicAuth;
  authKind: 'password' | 'basic';
  /** The API user for the password kind, null for a pasted Basic string. */
  apiUser: string | null;
  username: string;
  /** The secret exactly as typed or stored, so it can be kept in the secret store. */
  secret: string;
}

export function checkAddress(serverAddress: string): ServerAddress {
  const parsed = parseServerAddress(serverAddress);
  if (!parsed.ok) {
    throw new CommandFailure({ kind: 'invalid-input', field: 'serverAddress', detail: parsed.reason });
  }
  return parsed.value;
}

export function checkCredentials(input: ConnectInput, storedSecret: string | null): CheckedCredentials {
  const address = checkAddress(input.serverAddress);
  const secretField = input.auth.kind === 'password' ? 'apiPassword' : 'basicAuth';
  const typed = input.auth.kind === 'password' ? input.auth.apiPassword : input.auth.basicAuth;
  const secret = typed ?? storedSecret;
  if (secret === null || secret === undefined) {
    throw new CommandFailure({ kind: 'invalid-input', field: secretField, detail: 'missing-secret' });
  }
  const auth =
    input.auth.kind === 'password'
      ? basicAuthFromPassword(input.auth.apiUser, secret)
      : basicAuthFromString(secret);
  if (!auth.ok) {
    const field =
      auth.reason === 'empty-username' || auth.reason === 'username-has-colon' ? 'apiUser' : secretField;
    throw new CommandFailure({
      kind: 'invalid-input',
      field,
      detail: input.auth.kind === 'basic' ? 'bad-basic-string' : auth.reason,
    });
  }
  return {
    address,
    auth: auth.value,
    authKind: input.auth.kind,
    apiUser: input.auth.kind === 'password' ? input.auth.apiUser : null,
    username: input.username,
    secret,
  };
}

/** The credentials of the last session, from the settings and the secret store (at start). */
export function storedCredentials(
  connection: Pick<ConnectionSettings, 'serverAddress' | 'username' | 'authKind' | 'apiUser'>,
  secret: string,
): CheckedCredentials {
  const auth: ConnectInput['auth'] =
    connection.authKind === 'password'
      ? { kind: 'password', apiUser: connection.apiUser ?? '' }
      : { kind: 'basic' };
  return checkCredentials(
    { serverAddress: connection.serverAddress ?? '', username: connection.username ?? '', auth },
    secret,
  );
}
