/**
 * The undici Agent that carries every PBX request in Node. Each connection picks its TLS settings
 * by host when it is opened:
 * - a host without a pin: Node's defaults (its root store, including `NODE_EXTRA_CA_CERTS`) and
 *   Node's own name check, the same verification as any HTTPS client;
 * - a pinned host: the pinned leaf is its only trust anchor and the only certificate the identity
 *   check accepts. Certificate checks stay on: a different certificate fails the handshake.
 * An Agent is built for one set of pins and never changes; new pins mean a new Agent, so a pooled
 * connection accepted under an old pin cannot outlive it.
 */
import { Agent, buildConnector } from 'undici';
import { normalizeHost } from '../core/net/certificate-fingerprint';
import { serverIdentityCheck } from '../core/net/server-identity';

export interface PinnedAgentOptions {
  /** Normalized host -> colon-hex SHA-256 fingerprint of the leaf the user trusted. */
  pins: ReadonlyMap<string, string>;
  /** Fingerprint -> PEM, for the pinned certificates whose PEM is known. */
  pemByFingerprint: ReadonlyMap<string, string>;
  connectTimeoutMs: number;
}

export function createPinnedAgent(options: PinnedAgentOptions): Agent {
  const usual = buildConnector({
    timeout: options.connectTimeoutMs,
    checkServerIdentity: serverIdentityCheck(null),
  });
  const pinnedConnectors = new Map<string, buildConnector.connector>();

  const connectorFor = (protocol: string, hostname: string): buildConnector.connector => {
    const host = normalizeHost(hostname);
    const pinned = options.pins.get(host);
    if (protocol !== 'https:' || pinned === undefined) return usual;
    let connector = pinnedConnectors.get(host);
    if (!connector) {
      connector = pinnedConnector(pinned, options.pemByFingerprint.get(pinned), options.connectTimeoutMs);
      pinnedConnectors.set(host, connector);
    }
    return connector;
  };

  return new Agent({
    connect: (connectOptions, callback) =>
      connectorFor(connectOptions.protocol, connectOptions.hostname)(connectOptions, callback),
  });
}

function pinnedConnector(
  fingerprint256: string,
  pem: string | undefined,
  timeoutMs: number,
): buildConnector.connector {
  return buildConnector({
    timeout: timeoutMs,
    // Until the PEM is known (first request after a restart) nothing is trusted: the handshake
    // fails as a certificate error, and the inspection that follows supplies the PEM.
    ca: pem === undefined ? [] : [pem],
    // A pinned leaf issued by a private CA is not self-signed: let it be the trust anchor by itself.
    allowPartialTrustChain: true,
    checkServerIdentity: serverIdentityCheck(fingerprint256),
    // Session resumption skips the identity check: every handshake must show the pinned leaf.
    maxCachedSessions: 0,
  });
}
