/**
 * Finds out which certificate a server presents after a request to it was refused, so the user
 * can decide whether to trust it (and so a pin confirmed in an earlier run can be matched again).
 *
 * Why this one handshake may skip verification (`rejectUnauthorized: false`) and still be safe:
 * - it is a separate socket, never handed to the HTTP agent: no request, no Authorization header,
 *   not one byte of application data is ever written to it;
 * - it is destroyed as soon as the handshake completes (or fails, or times out);
 * - what it returns is only shown to the user or compared with a pin; trust is still decided on
 *   the request's own handshake, which must present exactly the pinned leaf.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { connect, type PeerCertificate } from 'node:tls';
import { fingerprint256OfDer } from './certificate-fingerprint';
import { type RefusedCertificate, refusedCertificateOf } from './certificate-view';

export interface InspectionTarget {
  /** Host name or IP address, without IPv6 brackets. */
  host: string;
  port: number;
}

export interface PresentedCertificate {
  fingerprint256: string;
  /** The leaf in PEM form: public, needed as the trust anchor once the user pins it. */
  pem: string;
  view: RefusedCertificate;
}

export const DEFAULT_INSPECT_TIMEOUT_MS = 5000;

export function inspectPresentedCertificate(
  target: InspectionTarget,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<PresentedCertificate | null> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) return resolve(null);
    const inspectionOnlySocket = connect({
      host: target.host,
      port: target.port,
      // SNI as the request sent it, so a server with several certificates shows the same one.
      ...(isIP(target.host) === 0 ? { servername: target.host } : {}),
      // Read-only look at an untrusted certificate; see the file comment for why this is safe.
      rejectUnauthorized: false,
    });
    const finish = (result: PresentedCertificate | null) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      inspectionOnlySocket.destroy();
      resolve(result);
    };
    const onAbort = () => finish(null);
    const timer = setTimeout(onAbort, options.timeoutMs ?? DEFAULT_INSPECT_TIMEOUT_MS);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    inspectionOnlySocket.once('secureConnect', () => {
      finish(presentedCertificate(target.host, inspectionOnlySocket.getPeerCertificate()));
    });
    // `on`, not `once`: a second error after destroy() must not become an unhandled 'error' event.
    inspectionOnlySocket.on('error', () => finish(null));
  });
}

function presentedCertificate(host: string, certificate: PeerCertificate): PresentedCertificate | null {
  // An empty object when the server sent no certificate at all.
  if (!certificate.raw) return null;
  return {
    fingerprint256: fingerprint256OfDer(certificate.raw),
    pem: new X509Certificate(certificate.raw).toString(),
    view: refusedCertificateOf(host, certificate),
  };
}
