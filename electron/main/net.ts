/**
 * The core's way to the PBX inside Electron: requests (pbx-fetch.ts) on a session of its own, so
 * they use Chromium's network stack with the system proxy and certificate store, and certificate
 * pinning applies to PBX traffic only, never to the windows.
 */
import type { App, Request as CertificateRequest, Session } from 'electron';
import { fingerprintToColonHex, normalizeHost } from '../core/net/certificate-fingerprint';
import { type RefusedCertificate, withChangedFlag } from '../core/net/certificate-view';
import type { FetchLike, Logger, TlsTrust } from '../core/ports';
import type { CertificateView } from '../shared/contract';
import { refusedCertificateOf } from './certificate';
import { createPbxFetch, type RequestFactory } from './pbx-fetch';

/**
 * In memory (no `persist:` prefix): Chromium keeps no HTTP cache, cookies or other storage of this
 * session on disk, so PBX answers (phonebook entries, call lists, voicemail audio) are never written
 * there, whatever Cache-Control a PBX or a proxy in front of it sends.
 */
export const pbxPartition = 'pbx';

/**
 * Verify-proc results: 0 accepts; -3 keeps Chromium's own verdict, which here is always a refusal
 * with its specific `net::ERR_CERT_*` code. That code is what lets the core tell "certificate not
 * trusted" from "offline"; -2 would turn every refusal into a bare `net::ERR_FAILED`.
 */
const accept = 0;
const keepChromiumRefusal = -3;

export interface PbxNetwork {
  fetch: FetchLike;
  tls: TlsTrust;
}

export function createPbxNetwork(
  session: Session,
  request: RequestFactory,
  log: Logger,
  userAgent: string,
): PbxNetwork {
  const pinning = new CertificatePinning(session, log.child('tls'));
  // An empty language list: Chromium then adds no Accept-Language to PBX requests (this session
  // carries nothing else). Only a real Electron build shows the headers Chromium finally sends.
  session.setUserAgent(userAgent, '');
  const pbxFetch = createPbxFetch(session, request, userAgent);
  const fetch: FetchLike = (url, init) => {
    const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
    if (scheme !== 'https:' && scheme !== 'http:') {
      return Promise.reject(new TypeError(`unsupported scheme ${scheme || '(none)'}`));
    }
    return pbxFetch(url, init);
  };
  return { fetch, tls: pinning };
}

/**
 * Basic-auth challenges. The core's requests never raise one (`credentials: 'omit'`, pbx-fetch.ts),
 * and a window never makes a request (see window-guards); should a page still meet one, the `login`
 * event is left unprevented, so Electron cancels it (it never prompts) and the page sees the 401.
 * It is logged, because it means something tried to reach the network from a window.
 */
export function leaveLoginChallengesUnanswered(app: Pick<App, 'on'>, log: Logger): void {
  app.on('login', (_event, _webContents, _details, authInfo) => {
    log.log('warn', 'authentication challenge left unanswered', {
      scheme: authInfo.scheme,
      proxy: authInfo.isProxy,
    });
  });
}

/**
 * `TlsTrust` on top of `setCertificateVerifyProc`. Chromium's own verdict stands whenever it
 * accepts; a certificate it refuses is accepted only when its SHA-256 fingerprint is the one the
 * user pinned for that exact host. The proc is installed in the constructor, before the core can
 * make its first request.
 */
export class CertificatePinning implements TlsTrust {
  readonly #session: Session;
  readonly #log: Logger;
  #pins = new Map<string, string>();
  readonly #refused = new Map<string, RefusedCertificate>();

  constructor(session: Session, log: Logger) {
    this.#session = session;
    this.#log = log;
    this.#install();
  }

  setPinned(pins: readonly { host: string; fingerprint256: string }[]): void {
    const next = new Map<string, string>();
    for (const pin of pins) next.set(normalizeHost(pin.host), pin.fingerprint256.toUpperCase());
    this.#pins = next;
    for (const [host, refused] of this.#refused) {
      if (next.get(host) === refused.fingerprint256) this.#refused.delete(host);
    }
    // Chromium caches verification results; setting the proc again clears that cache, and closing
    // the pooled connections drops any socket that was accepted under an earlier pin.
    this.#install();
    this.#session.closeAllConnections().catch((error: unknown) => {
      this.#log.log('warn', 'could not close pooled connections', { error: String(error) });
    });
  }

  lastRefused(host: string): CertificateView | null {
    const key = normalizeHost(host);
    const refused = this.#refused.get(key);
    if (!refused) return null;
    return withChangedFlag(refused, this.#pins.get(key));
  }

  /** The decision alone, without Electron, for tests: 0 to accept, -3 to refuse. */
  verify(
    request: Pick<CertificateRequest, 'hostname' | 'certificate' | 'verificationResult' | 'errorCode'>,
  ): number {
    if (request.errorCode === 0 || request.verificationResult === 'net::OK') return accept;
    const host = normalizeHost(request.hostname);
    const fingerprint = fingerprintToColonHex(request.certificate.fingerprint);
    if (fingerprint !== null && this.#pins.get(host) === fingerprint) return accept;
    this.#refused.set(host, refusedCertificateOf(host, request.certificate, fingerprint ?? ''));
    this.#log.log('warn', 'certificate refused', {
      host,
      verificationResult: request.verificationResult,
      pinned: this.#pins.has(host),
    });
    return keepChromiumRefusal;
  }

  #install(): void {
    // Electronegativity: this never opts out of TLS checks. Chromium's verdict stands when it accepts;
    // otherwise only the exact certificate the user pinned for that host is accepted (verify above).
    this.#session.setCertificateVerifyProc((request, callback) => callback(this.verify(request))); // eng-disable CERTIFICATE_VERIFY_PROC_JS_CHECK
  }
}
