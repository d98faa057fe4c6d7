/**
 * The PBX network in Node (the preview host and all tests): undici's `fetch` through an Agent that
 * pins self-signed onsite PBX certificates by SHA-256 fingerprint (see pinned-agent.ts), plus the
 * `TlsTrust` port the core drives it with. The Electron app does the same on Chromium's stack
 * (electron/main/net.ts).
 *
 * Settings keep a pin as host + fingerprint only. The PEM the Agent needs as trust anchor is kept
 * here, in memory, for every certificate an inspection saw: the user pins what the dialog showed,
 * and that PEM is already known. After a restart the first request to a pinned host fails its
 * handshake, the inspection finds the pinned fingerprint again, and the request is sent once more
 * with the PEM as anchor: no question to the user, and nothing but public data kept anywhere.
 */
import { type Agent, type Dispatcher, fetch as undiciFetch } from 'undici';
import { describeError } from '../core/log';
import { fingerprintToColonHex, normalizeHost } from '../core/net/certificate-fingerprint';
import { type RefusedCertificate, withChangedFlag } from '../core/net/certificate-view';
import {
  type InspectionTarget,
  inspectPresentedCertificate,
  type PresentedCertificate,
} from '../core/net/inspect-certificate';
import { classifyNetworkFailure } from '../core/pbx/error-mapping';
import { pbxUserAgent } from '../core/pbx/user-agent';
import type { FetchLike, Logger, TlsTrust } from '../core/ports';
import type { CertificateView } from '../shared/contract';
import { leanRequestHeaders } from './lean-request-headers';
import { createPinnedAgent } from './pinned-agent';

export interface NodeTlsTrustOptions {
  log?: Logger;
  /** TCP + TLS handshake limit per connection (undici's default is 10 s). */
  connectTimeoutMs?: number;
  /** Limit for the inspection handshake after a refusal. */
  inspectTimeoutMs?: number;
  /** Sent as User-Agent on every request (default: the app's name without a version). */
  userAgent?: string;
}

export interface NodeTlsNetwork {
  fetch: FetchLike;
  trust: TlsTrust;
  /** Closes the Agent, and any replaced one still finishing its requests. */
  close(): Promise<void>;
}

export function createNodeTlsTrust(options: NodeTlsTrustOptions = {}): NodeTlsNetwork {
  const trust = new NodeTlsTrust(options);
  return { fetch: (url, init) => trust.fetch(url, init), trust, close: () => trust.close() };
}

/** Inspected certificates kept as PEM for a pin that may follow; pinned ones are never dropped. */
const maxRememberedCertificates = 16;

interface AgentGeneration {
  agent: Agent;
  /** The Agent behind the lean-headers interceptor: what requests go through. */
  dispatcher: Dispatcher;
  /** Pinned fingerprints whose PEM this Agent has as trust anchor. */
  anchored: ReadonlySet<string>;
}

export class NodeTlsTrust implements TlsTrust {
  readonly #log: Logger | undefined;
  readonly #connectTimeoutMs: number;
  readonly #inspectTimeoutMs: number | undefined;
  readonly #userAgent: string;
  #pins = new Map<string, string>();
  readonly #pemByFingerprint = new Map<string, string>();
  readonly #refused = new Map<string, RefusedCertificate>();
  #generation: AgentGeneration;
  readonly #retiring = new Set<Promise<void>>();

  constructor(options: NodeTlsTrustOptions = {}) {
    this.#log = options.log;
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    this.#inspectTimeoutMs = options.inspectTimeoutMs;
    this.#userAgent = options.userAgent ?? pbxUserAgent('');
    this.#generation = this.#buildGeneration();
  }

  setPinned(pins: readonly { host: string; fingerprint256: string }[]): void {
    const next = new Map<string, string>();
    for (const pin of pins) {
      const fingerprint = fingerprintToColonHex(pin.fingerprint256);
      if (fingerprint === null) {
        this.#log?.log('warn', 'unreadable pin ignored', { host: normalizeHost(pin.host) });
        continue;
      }
      next.set(normalizeHost(pin.host), fingerprint);
    }
    if (sameEntries(next, this.#pins)) return;
    this.#pins = next;
    for (const [host, refused] of this.#refused) {
      if (next.get(host) === refused.fingerprint256) this.#refused.delete(host);
    }
    this.#replaceAgent();
  }

  lastRefused(host: string): CertificateView | null {
    const key = normalizeHost(host);
    const refused = this.#refused.get(key);
    return refused ? withChangedFlag(refused, this.#pins.get(key)) : null;
  }

  async fetch(url: string, init: RequestInit): Promise<Response> {
    const generation = this.#generation;
    try {
      return await send(generation, url, init);
    } catch (error) {
      const target = httpsTargetOf(url);
      if (target === null || !isCertificateRefusal(error) || init.signal?.aborted) throw error;
      const presented = await inspectPresentedCertificate(target, {
        ...(this.#inspectTimeoutMs === undefined ? {} : { timeoutMs: this.#inspectTimeoutMs }),
        ...(init.signal ? { signal: init.signal } : {}),
      });
      if (presented === null) {
        // An inspection cut short (the session stopped, the request was cancelled) says nothing
        // about the certificate: keep what another request of the same moment recorded.
        if (!init.signal?.aborted) this.#refused.delete(target.host);
        throw error;
      }
      this.#remember(presented);
      const pinned = this.#pins.get(target.host);
      if (pinned === presented.fingerprint256 && !generation.anchored.has(pinned) && canResend(init)) {
        return this.#resendWithLearnedAnchor(url, init, target.host, presented);
      }
      this.#recordRefusal(target.host, presented);
      throw error;
    }
  }

  async close(): Promise<void> {
    const closing = this.#generation.agent.close();
    await Promise.all([closing, ...this.#retiring]);
  }

  /**
   * A refused handshake sent nothing (no request line, no credentials), so sending the request
   * again cannot repeat an action. Once only: if the pinned certificate is refused even as anchor
   * (e.g. it expired), the user sees it refused.
   */
  async #resendWithLearnedAnchor(
    url: string,
    init: RequestInit,
    host: string,
    presented: PresentedCertificate,
  ) {
    this.#log?.log('info', 'pinned certificate recognised', { host });
    try {
      return await send(this.#generation, url, init);
    } catch (error) {
      if (isCertificateRefusal(error)) this.#recordRefusal(host, presented);
      throw error;
    }
  }

  #recordRefusal(host: string, presented: PresentedCertificate): void {
    this.#refused.set(host, presented.view);
    const view = withChangedFlag(presented.view, this.#pins.get(host));
    this.#log?.log('warn', 'certificate refused', {
      host,
      pinned: this.#pins.has(host),
      changed: view.changed,
    });
  }

  #remember(presented: PresentedCertificate): void {
    this.#pemByFingerprint.delete(presented.fingerprint256);
    this.#pemByFingerprint.set(presented.fingerprint256, presented.pem);
    const pinnedFingerprints = new Set(this.#pins.values());
    for (const fingerprint of this.#pemByFingerprint.keys()) {
      if (this.#pemByFingerprint.size <= maxRememberedCertificates) break;
      if (!pinnedFingerprints.has(fingerprint)) this.#pemByFingerprint.delete(fingerprint);
    }
    const anchorMissing = pinnedFingerprints.has(presented.fingerprint256);
    if (anchorMissing && !this.#generation.anchored.has(presented.fingerprint256)) this.#replaceAgent();
  }

  /** Pooled connections were accepted under the old pins: the old Agent finishes its requests and closes. */
  #replaceAgent(): void {
    const previous = this.#generation.agent;
    this.#generation = this.#buildGeneration();
    const closing = previous
      .close()
      .catch((error: unknown) =>
        this.#log?.log('warn', 'closing the previous agent failed', { error: describeError(error) }),
      )
      .finally(() => this.#retiring.delete(closing));
    this.#retiring.add(closing);
  }

  #buildGeneration(): AgentGeneration {
    const anchored = new Set(
      [...this.#pins.values()].filter((fingerprint) => this.#pemByFingerprint.has(fingerprint)),
    );
    const agent = createPinnedAgent({
      pins: new Map(this.#pins),
      pemByFingerprint: new Map(this.#pemByFingerprint),
      connectTimeoutMs: this.#connectTimeoutMs,
    });
    return { agent, dispatcher: agent.compose(leanRequestHeaders(this.#userAgent)), anchored };
  }
}

async function send(generation: AgentGeneration, url: string, init: RequestInit): Promise<Response> {
  const response = await undiciFetch(url, { ...init, dispatcher: generation.dispatcher } as Parameters<
    typeof undiciFetch
  >[1]);
  // undici's Response is the WHATWG Response the core reads; TypeScript only sees two declarations.
  return response as unknown as Response;
}

/** Exactly what the PBX client reports as a `certificate` failure, so the two never disagree. */
function isCertificateRefusal(error: unknown): boolean {
  return classifyNetworkFailure(error).kind === 'certificate';
}

function httpsTargetOf(url: string): InspectionTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return { host: normalizeHost(parsed.hostname), port: parsed.port === '' ? 443 : Number(parsed.port) };
}

/** A body that is a stream was consumed by the first attempt; the core only sends strings. */
function canResend(init: RequestInit): boolean {
  return init.body === undefined || init.body === null || typeof init.body === 'string';
}

function sameEntries(left: ReadonlyMap<string, string>, right: ReadonlyMap<string, string>): boolean {
  return left.size === right.size && [...left].every(([key, value]) => right.get(key) === value);
}
