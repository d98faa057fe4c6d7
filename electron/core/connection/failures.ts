/**
 * How a failed attempt is told to the user: which field of the connect form it concerns, which
 * stable reason (`detail`) the renderer words, and which connection status follows from it.
 */
import type { CertificateView, CommandError, ConnectionStatus } from '../../shared/contract';
import { toCommandError } from '../commands/dispatch';
import { isPbxError } from '../pbx/errors';

export function describeConnectFailure(
  error: unknown,
  context: { authKind: 'password' | 'basic'; refusedCertificate: CertificateView | null },
): CommandError {
  const failure = toCommandError(error) ?? { kind: 'internal' };
  if (!isPbxError(error)) return failure;
  switch (error.kind) {
    case 'offline':
      if (error.detail === 'host-not-found') failure.field = 'serverAddress';
      return failure;
    case 'bad-response':
      // HTML, a login page or another API at that address: it answered, but not as pascom does.
      return { kind: 'bad-response', detail: 'not-pascom', field: 'serverAddress' };
    case 'not-found':
      if (error.detail === 'unknown-user')
        return { kind: 'not-found', detail: 'unknown-user', field: 'username' };
      return { kind: 'bad-response', detail: 'not-pascom', field: 'serverAddress' };
    case 'auth':
      failure.field = context.authKind === 'basic' ? 'basicAuth' : 'apiPassword';
      return failure;
    case 'certificate':
      return {
        kind: 'certificate',
        detail: context.refusedCertificate?.changed ? 'certificate-changed' : 'certificate-untrusted',
        field: 'serverAddress',
      };
    default:
      return failure;
  }
}

/** The status after a failure: stopping failures wait for the user, the rest retry. */
export function statusAfterFailure(failure: CommandError, everOnline: boolean): ConnectionStatus {
  if (failure.kind === 'auth' || failure.kind === 'forbidden') return 'auth-failed';
  if (failure.kind === 'certificate') return 'cert-untrusted';
  return everOnline ? 'offline' : 'setup';
}

export function hostOf(address: string | null): string {
  try {
    return new URL(address ?? '').hostname;
  } catch {
    return '';
  }
}
