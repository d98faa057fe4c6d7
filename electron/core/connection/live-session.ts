/**
 * One attempt at being connected: the checked credentials, the PBX session, and every poll loop
 * made for it (the verify loop while connecting, the features' loops once online). Stopping it
 * stops them all, so nothing of an old session keeps asking a PBX after a reconnect.
 */
import type { AgentView } from '../../shared/contract';
import type { SessionContext, SessionPart } from '../feature';
import type { Clock, Logger } from '../ports';
import { type LoopOutcome, PollLoop, type PollLoopOptions } from '../sync/poll-loop';
import type { RequestBudget } from '../sync/request-budget';
import type { CheckedCredentials } from './credentials';
import type { PbxSession } from './pbx-session';

export class LiveSession {
  readonly credentials: CheckedCredentials;
  readonly pbx: PbxSession;
  readonly demo: boolean;
  #online = false;
  #stopped = false;
  #verifyLoop: PollLoop | null = null;
  readonly #loops: PollLoop[] = [];
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #random: (() => number) | undefined;
  readonly #budget: RequestBudget | null;
  readonly #onOutcome: (outcome: LoopOutcome) => void;

  constructor(options: {
    credentials: CheckedCredentials;
    pbx: PbxSession;
    demo: boolean;
    clock: Clock;
    log: Logger;
    /** The backoff jitter's random source (tests inject one to count attempts exactly). */
    random?: () => number;
    /** The session's request ceiling; closed with the session. */
    budget?: RequestBudget;
    onOutcome: (session: LiveSession, outcome: LoopOutcome) => void;
  }) {
    this.credentials = options.credentials;
    this.pbx = options.pbx;
    this.demo = options.demo;
    this.#clock = options.clock;
    this.#log = options.log;
    this.#random = options.random;
    this.#budget = options.budget ?? null;
    this.#onOutcome = (outcome) => options.onOutcome(this, outcome);
  }

  get online(): boolean {
    return this.#online;
  }

  /** The loops that poll now: the verify loop while connecting, the features' loops once online. */
  get activeLoops(): readonly PollLoop[] {
    if (this.#online) return this.#loops;
    return this.#verifyLoop ? [this.#verifyLoop] : [];
  }

  /** Verifies the credentials until it works (at start, when the PBX may be down). */
  startVerifying(intervalMs: () => number, onVerified: (agent: AgentView) => void): void {
    this.#verifyLoop = this.#makeLoop({
      name: 'verify',
      governsConnection: true,
      intervalMs,
      run: async (signal) => {
        const agent = await this.pbx.verify(this.credentials.username, signal);
        if (this.#stopped) return;
        this.#verifyLoop?.stop();
        onVerified(agent);
      },
    });
    this.#verifyLoop.start();
  }

  /** Starts every feature with this session's context; a feature that throws is logged, not fatal. */
  goOnline(agent: AgentView, features: readonly SessionPart[]): void {
    this.#verifyLoop?.stop();
    this.#online = true;
    const context: SessionContext = {
      api: this.pbx.api,
      agent,
      loop: (options) => {
        const loop = this.#makeLoop(options);
        this.#loops.push(loop);
        return loop;
      },
    };
    for (const feature of features) {
      try {
        feature.start(context);
      } catch (error) {
        this.#log.log('error', 'feature failed to start', { feature: feature.name, error: String(error) });
      }
    }
  }

  stop(features: readonly SessionPart[]): void {
    this.#stopped = true;
    this.#verifyLoop?.stop();
    if (this.#online) for (const feature of features) feature.stop();
    for (const loop of this.#loops) loop.stop();
    this.#budget?.close();
    this.#online = false;
  }

  #makeLoop(
    options: Pick<PollLoopOptions, 'name' | 'intervalMs' | 'run' | 'backoff' | 'governsConnection'>,
  ): PollLoop {
    return new PollLoop({
      ...options,
      clock: this.#clock,
      log: this.#log,
      onOutcome: this.#onOutcome,
      ...(this.#random ? { random: this.#random } : {}),
    });
  }
}
