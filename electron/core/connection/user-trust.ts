/**
 * What the user agreed to trust, kept in the connection settings:
 * - sending the password unencrypted to an `http:` address of another machine (finding 2 of issue
 *   15), per origin; without it not one request goes there, not even one with the Authorization header;
 * - a certificate the server presented (pinned by host and fingerprint).
 */

import type { CertificateView } from '../../shared/contract';
import { plainHttpOrigin } from '../../shared/features/connection';
import { CommandFailure } from '../commands/dispatch';
import type { Clock, Logger } from '../ports';
import type { SettingsSection } from '../settings/section';
import { checkAddress } from './credentials';
import type { ConnectionSettings } from './settings';

/** Throws `plain-http-needs-consent` for an `http:` address the user has not agreed to. */
export function requirePlainHttpConsent(
  settings: SettingsSection<ConnectionSettings>,
  log: Logger,
  serverAddress: string,
): void {
  const origin = plainHttpOrigin(serverAddress);
  if (origin === null || settings.current.plainHttpAllowed.includes(origin)) return;
  log.log('info', 'plain http address without consent: nothing sent', { origin });
  throw new CommandFailure({
    kind: 'invalid-input',
    field: 'serverAddress',
    detail: 'plain-http-needs-consent',
  });
}

/** Records the consent (or takes it back) for the address's origin, and returns that origin. */
export function recordPlainHttpConsent(
  settings: SettingsSection<ConnectionSettings>,
  log: Logger,
  serverAddress: string,
  allow: boolean,
): string {
  const origin = plainHttpOrigin(checkAddress(serverAddress).baseUrl);
  if (origin === null) {
    throw new CommandFailure({ kind: 'invalid-input', field: 'serverAddress', detail: 'not-plain-http' });
  }
  settings.update((section) => ({
    plainHttpAllowed: [
      ...section.plainHttpAllowed.filter((known) => known !== origin),
      ...(allow ? [origin] : []),
    ],
  }));
  log.log('info', allow ? 'plain http allowed' : 'plain http no longer allowed', { origin });
  return origin;
}

/**
 * Pins the certificate the server presented, the one the trust dialog shows: a window can only
 * confirm it, never name another (a fingerprint of its own choosing would let a page pin a
 * certificate of an interceptor the user never saw). Returns every pin.
 */
export function pinPresentedCertificate(
  keep: { settings: SettingsSection<ConnectionSettings>; clock: Clock; log: Logger },
  presented: CertificateView | null,
  pin: { host: string; fingerprint256: string },
): ConnectionSettings['trustedCertificates'] {
  const { settings, clock, log } = keep;
  const { host, fingerprint256 } = pin;
  if (presented?.host !== host || presented.fingerprint256 !== fingerprint256) {
    log.log('warn', 'certificate to trust is not the one the server presented', { host });
    throw new CommandFailure({ kind: 'invalid-input', detail: 'certificate-not-presented' });
  }
  const pins = settings.update((section) => ({
    trustedCertificates: [
      ...section.trustedCertificates.filter((known) => known.host !== host),
      { host, fingerprint256, trustedAtMs: clock.now() },
    ],
  })).trustedCertificates;
  log.log('info', 'certificate pinned', { host });
  return pins;
}
