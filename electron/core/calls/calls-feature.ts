/**
 * Follows the agent's calls while connected: the call sync feeds the tracker, the popup
 * controller opens and closes caller popups, and the agent's hint state goes to the state tree.
 */
import type { Clock, Logger } from '../ports';
import type { SessionContext, SessionFeature } from '../session/session-feature';
import type { StateStore } from '../state/state-store';
import { callSourceFor } from './call-source';
import { CallSync } from './call-sync';
import type { PopupController } from './popup-controller';

export interface CallsFeatureOptions {
  store: StateStore;
  clock: Clock;
  log: Logger;
  popups: PopupController;
  presenceIntervalMs: () => number;
}

export class CallsFeature implements SessionFeature {
  readonly name = 'calls';
  readonly #options: CallsFeatureOptions;
  #sync: CallSync | null = null;

  constructor(options: CallsFeatureOptions) {
    this.#options = options;
  }

  start(session: SessionContext): void {
    this.stop();
    const { store, clock, log, popups } = this.#options;
    this.#sync = new CallSync({
      me: session.agent.username,
      source: callSourceFor(session.api),
      clock,
      log,
      intervalMs: this.#options.presenceIntervalMs,
      loop: session.loop,
      onHint: (hint) => store.update((state) => ({ ...state, presence: hint })),
      onCalls: (events, calls) => popups.apply(events, calls),
    });
    this.#sync.start();
  }

  stop(): void {
    this.#sync?.stop();
    this.#sync = null;
    this.#options.popups.closeAll();
    this.#options.store.update((state) => (state.presence === null ? state : { ...state, presence: null }));
  }

  /** Ask the PBX at once (after a command that changes calls). */
  refresh(): void {
    this.#sync?.loop.pollNow();
  }
}
