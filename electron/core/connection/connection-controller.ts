/**
 * The connection lifecycle: check credentials (connect form, or settings + secret store at start),
 * verify them against the PBX, then follow the agent's calls; reflect every step in
 * `state.connection`. Failures decide what happens next:
 * - 401/403 stop everything after that one request (`auth-failed`): pascom can lock accounts;
 * - an untrusted certificate stops everything until the user pins it (`cert-untrusted`);
 * - network errors, timeouts, 5xx and 429 keep retrying with backoff; only the own-state poll's
 *   failures make the app `offline` (`#onLoopOutcome`). What the user trusts: user-trust.ts.
 */
import type { AgentView, CommandError, ConnectionView } from '../../shared/contract';
import { plainHttpOrigin } from '../../shared/features/connection';
import { CommandFailure, toCommandError } from '../commands/dispatch';
import type { SessionPart } from '../feature';
import type { Clock, DemoLauncher, FetchLike, Logger, PowerEvent, SecretStore, TlsTrust } from '../ports';
import type { SettingsSection } from '../settings/section';
import type { Slice } from '../state/slice';
import type { LoopOutcome } from '../sync/poll-loop';
import { RequestBudget } from '../sync/request-budget';
import {
  type CheckedCredentials,
  type ConnectInput,
  checkCredentials,
  storedCredentials,
} from './credentials';
import { describeConnectFailure, hostOf, statusAfterFailure } from './failures';
import { LiveSession } from './live-session';
import { decideOnOutcome } from './loop-outcome-policy';
import { openPbxSession } from './pbx-session';
import { SecretKeeper } from './secret-keeper';
import type { ConnectionSettings } from './settings';
import { pinPresentedCertificate, recordPlainHttpConsent, requirePlainHttpConsent } from './user-trust';

export interface ConnectionControllerOptions {
  fetch: FetchLike;
  clock: Clock;
  log: Logger;
  slice: Slice<ConnectionView>;
  settings: SettingsSection<ConnectionSettings>;
  /** The presence poll's interval: the pace of the verify loop at start. */
  pollIntervalMs: () => number;
  secrets: SecretStore;
  tls?: TlsTrust;
  demo?: DemoLauncher;
  /** Started when a session goes online, stopped when it ends. */
  sessions: () => readonly SessionPart[];
  /** The backoff jitter's random source; default Math.random (tests inject one). */
  random?: () => number;
  notice: (notice: { level: 'info' | 'warning' | 'error'; key: string }) => void;
}

export class ConnectionController {
  readonly #o: ConnectionControllerOptions;
  readonly #secrets: SecretKeeper;
  #session: LiveSession | null = null;

  constructor(options: ConnectionControllerOptions) {
    this.#o = options;
    this.#secrets = new SecretKeeper(options.secrets, options.log.child('secrets'));
    options.tls?.setPinned(options.settings.current.trustedCertificates);
  }

  /** At start: reconnect with what settings and the secret store hold. */
  async resume(): Promise<void> {
    const connection = this.#o.settings.current;
    await this.#refreshSecretView();
    if (connection.demo && this.#o.demo) {
      await this.startDemo().catch((error: unknown) => this.#fail(asFailure(error)));
      return;
    }
    if (!connection.serverAddress || !connection.username) return this.#setStatus('setup');
    const stored = await this.#secrets.read(connection);
    if (stored === null)
      return this.#setStatus('setup', { failure: { kind: 'auth', detail: 'missing-secret' } });
    let credentials: CheckedCredentials;
    try {
      requirePlainHttpConsent(this.#o.settings, this.#o.log, connection.serverAddress);
      credentials = storedCredentials(connection, stored);
    } catch (error) {
      return this.#fail(asFailure(error));
    }
    this.#begin(credentials, false);
    const session = this.#session;
    session?.startVerifying(
      () => this.#o.pollIntervalMs(),
      (agent) => {
        if (this.#session === session) this.#online(agent);
      },
    );
  }

  /** The connect form: one attempt, every failure answered in words (field + reason). */
  async connect(input: ConnectInput): Promise<AgentView> {
    requirePlainHttpConsent(this.#o.settings, this.#o.log, input.serverAddress);
    const stored =
      (input.auth.kind === 'password' ? input.auth.apiPassword : input.auth.basicAuth) === undefined
        ? await this.#secrets.read({
            serverAddress: input.serverAddress,
            authKind: input.auth.kind,
            apiUser: input.auth.kind === 'password' ? input.auth.apiUser : null,
          })
        : null;
    const credentials = checkCredentials(input, stored);
    return this.#connectOnce(credentials, false);
  }

  async startDemo(): Promise<AgentView> {
    if (!this.#o.demo) throw new CommandFailure({ kind: 'unavailable', detail: 'no-demo' });
    await this.#stopSession();
    const demo = await this.#o.demo.start();
    const credentials = checkCredentials(
      {
        serverAddress: demo.baseUrl,
        username: demo.agent,
        auth: { kind: 'password', apiUser: demo.apiUser, apiPassword: demo.apiPassword },
      },
      null,
    );
    return this.#connectOnce(credentials, true);
  }

  async disconnect(): Promise<void> {
    this.#o.settings.update({ demo: false });
    await this.#backToSetup();
  }

  retryNow(): void {
    const session = this.#session;
    if (!session) return;
    for (const loop of session.activeLoops) loop.pollNow({ resetBackoff: true });
  }

  /** Consent to send the password unencrypted to an `http:` address; taken back, it ends that session. */
  allowPlainHttp(serverAddress: string, allow: boolean): void {
    const origin = recordPlainHttpConsent(this.#o.settings, this.#o.log, serverAddress, allow);
    const session = this.#session;
    if (!allow && session && plainHttpOrigin(session.credentials.address.baseUrl) === origin)
      void this.#backToSetup({
        kind: 'invalid-input',
        field: 'serverAddress',
        detail: 'plain-http-needs-consent',
      });
  }

  /** Ends the session and shows the connect form (with why, when the user did not choose it). */
  async #backToSetup(failure?: CommandError): Promise<void> {
    await this.#stopSession();
    this.#o.slice.update({ agent: null });
    this.#setStatus('setup', failure ? { failure } : undefined);
  }

  /** Pins the certificate the server presented (user-trust.ts says why only that one). */
  async trustCertificate(host: string, fingerprint256: string): Promise<void> {
    const pins = pinPresentedCertificate(this.#o, this.#o.slice.current.certificate, {
      host,
      fingerprint256,
    });
    this.#o.tls?.setPinned(pins);
  }

  /**
   * Switch to another secret store; the secret of the running session moves along, so the user
   * is not asked again at the next start.
   */
  async replaceSecretStore(store: SecretStore): Promise<void> {
    const connection = this.#o.settings.current;
    const previous = this.#secrets.store;
    const secret =
      this.#session?.demo === false ? this.#session.credentials.secret : await this.#secrets.read(connection);
    // Leave nothing behind in a store the user no longer wants (e.g. weak ciphertext).
    if (previous.kind !== store.kind) await this.#secrets.forget(connection).catch(() => {});
    this.#secrets.replaceStore(store);
    if (secret !== null && !(await this.#secrets.write(connection, secret))) {
      this.#o.notice({ level: 'warning', key: 'notice.secretNotStored' });
    }
    await this.#refreshSecretView();
  }

  async forgetSecret(): Promise<void> {
    const connection = this.#o.settings.current;
    await this.#secrets.forget(connection);
    await this.#refreshSecretView();
  }

  power(event: PowerEvent): void {
    const session = this.#session;
    if (!session) return;
    for (const loop of session.activeLoops) {
      if (event === 'suspend') loop.cancelInFlight();
      // Waking up or getting the network back: ask at once instead of waiting out a backoff.
      if (event === 'resume' || event === 'online' || event === 'unlock-screen')
        loop.pollNow({ resetBackoff: true });
    }
  }

  async shutdown(): Promise<void> {
    await this.#stopSession();
    await this.#o.demo?.stop();
  }

  // -------------------------------------------------------------------------------------------

  async #connectOnce(credentials: CheckedCredentials, demo: boolean): Promise<AgentView> {
    this.#begin(credentials, demo);
    const session = this.#session;
    if (!session) throw new CommandFailure({ kind: 'internal' });
    let agent: AgentView;
    try {
      agent = await session.pbx.verify(credentials.username);
    } catch (error) {
      const failure = this.#describeFailure(error);
      if (this.#session === session) {
        await this.#stopSession();
        this.#fail(failure);
      }
      throw new CommandFailure(failure);
    }
    if (this.#session !== session) throw new CommandFailure({ kind: 'internal', detail: 'superseded' });
    await this.#remember(credentials, demo);
    this.#online(agent);
    return agent;
  }

  #begin(credentials: CheckedCredentials, demo: boolean): void {
    void this.#stopSession();
    const budget = new RequestBudget({ clock: this.#o.clock, log: this.#o.log.child('budget') });
    const pbx = openPbxSession({
      address: credentials.address,
      auth: credentials.auth,
      fetch: budget.wrap(this.#o.fetch),
      log: this.#o.log.child('pbx'),
    });
    const session = new LiveSession({
      credentials,
      pbx,
      demo,
      clock: this.#o.clock,
      log: this.#o.log,
      budget,
      ...(this.#o.random ? { random: this.#o.random } : {}),
      onOutcome: (owner, outcome) => this.#onLoopOutcome(owner, outcome),
    });
    this.#session = session;
    this.#o.slice.update({
      status: 'connecting',
      serverAddress: credentials.address.baseUrl,
      demo,
      sinceMs: this.#o.clock.now(),
      nextRetryAtMs: null,
      failure: null,
      certificate: null,
    });
  }

  #online(agent: AgentView): void {
    const session = this.#session;
    if (!session) return;
    this.#o.slice.update({ agent });
    this.#setStatus('online');
    session.goOnline(agent, this.#o.sessions());
  }

  /** Applies what a loop's run means for the session (see loop-outcome-policy.ts). */
  #onLoopOutcome(session: LiveSession, outcome: LoopOutcome): void {
    if (this.#session !== session) return;
    const decision = decideOnOutcome(outcome);
    switch (decision.kind) {
      case 'stop': {
        const failure = this.#describeFailure(decision.error);
        void this.#stopSession().then(() => this.#fail(failure));
        return;
      }
      case 'online':
        if (session.online && this.#o.slice.current.status !== 'online') {
          this.#setStatus('online');
          for (const loop of session.activeLoops) loop.releaseDeferral();
        }
        return;
      case 'offline': {
        const { holdOthersMs, retryInMs } = decision;
        if (holdOthersMs !== null) for (const loop of session.activeLoops) loop.deferFor(holdOthersMs);
        this.#setStatus('offline', {
          failure: toCommandError(decision.error) ?? { kind: 'internal' },
          nextRetryAtMs: retryInMs === null ? null : this.#o.clock.now() + retryInMs,
        });
        return;
      }
      case 'none':
        return;
    }
  }

  #describeFailure(error: unknown): CommandError {
    const session = this.#session;
    const host = hostOf(session?.credentials.address.baseUrl ?? null);
    return describeConnectFailure(error, {
      authKind: session?.credentials.authKind ?? 'password',
      refusedCertificate: this.#o.tls?.lastRefused(host) ?? null,
    });
  }

  #fail(failure: CommandError): void {
    const status = statusAfterFailure(failure, this.#o.slice.current.agent !== null);
    const host = hostOf(this.#o.slice.current.serverAddress);
    const certificate = status === 'cert-untrusted' ? (this.#o.tls?.lastRefused(host) ?? null) : null;
    this.#setStatus(status, { failure, certificate });
  }

  async #remember(credentials: CheckedCredentials, demo: boolean): Promise<void> {
    if (demo) {
      this.#o.settings.update({ demo: true });
      return;
    }
    this.#o.settings.update({
      serverAddress: credentials.address.baseUrl,
      authKind: credentials.authKind,
      apiUser: credentials.apiUser,
      username: credentials.username,
      demo: false,
    });
    const stored = await this.#secrets.write(this.#o.settings.current, credentials.secret);
    if (!stored) this.#o.notice({ level: 'warning', key: 'notice.secretNotStored' });
    await this.#refreshSecretView();
  }

  async #refreshSecretView(): Promise<void> {
    const secret = await this.#secrets.view(this.#o.settings.current);
    this.#o.slice.update({ secret });
  }

  async #stopSession(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    session?.stop(this.#o.sessions());
  }

  #setStatus(
    status: ConnectionView['status'],
    extra: Partial<Pick<ConnectionView, 'failure' | 'nextRetryAtMs' | 'certificate'>> = {},
  ): void {
    this.#o.slice.update((connection) => ({
      status,
      sinceMs: connection.status === status ? connection.sinceMs : this.#o.clock.now(),
      nextRetryAtMs: extra.nextRetryAtMs ?? null,
      failure: extra.failure ?? null,
      certificate: extra.certificate ?? null,
    }));
  }
}

const asFailure = (error: unknown): CommandError => toCommandError(error) ?? { kind: 'internal' };
