/**
 * Runs queue actions one at a time (a double press of the hotkey pauses, then resumes, in that
 * order). Each action shows its expected result at once, sends one request, and then either keeps
 * it (and has the state re-read at once) or puts the rows back as they were and says why.
 */
import type { CommandError } from '../../shared/contract';
import type {
  QueueActionOutcome,
  QueueOutcomeView,
  QueuePauseCause,
  QueueView,
} from '../../shared/features/queues';
import { CommandFailure, toCommandError } from '../commands/dispatch';
import type { QueueApi } from '../pbx/queue';
import type { Clock } from '../ports';
import {
  expectedRow,
  planQueueAction,
  type QueueActionPlan,
  type QueueActionRequest,
} from './queue-action-plan';

export interface QueueActionsHost {
  clock: Clock;
  /** The connected PBX's queue resource and the agent's username; null while not connected. */
  connection(): { api: QueueApi; identity: string } | null;
  queues(): readonly QueueView[];
  /** Shows rows (expected or restored) until the next read from the PBX. */
  showRows(queues: QueueView[]): void;
  hold(): void;
  release(): void;
  lastUsedReason(): string | null;
  rememberReason(name: string): void;
  onOutcome(outcome: QueueOutcomeView): void;
  /** Resolves once the agent's queues have been read (an action right after connecting waits). */
  ready(): Promise<void>;
}

export class QueueActions {
  readonly #host: QueueActionsHost;
  #tail: Promise<unknown> = Promise.resolve();
  #outcomeId = 0;

  constructor(host: QueueActionsHost) {
    this.#host = host;
  }

  /**
   * Queues an action. A function is asked for the request when the action's turn comes, with the
   * rows as they are then (the toggle decides between pause and resume at that moment).
   */
  run(
    request: QueueActionRequest | ((queues: readonly QueueView[]) => QueueActionRequest),
  ): Promise<QueueActionOutcome> {
    const next = this.#tail
      .then(() => this.#host.ready())
      .then(() => this.#execute(typeof request === 'function' ? request(this.#host.queues()) : request));
    this.#tail = next.catch(() => undefined);
    return next;
  }

  async #execute(request: QueueActionRequest): Promise<QueueActionOutcome> {
    const host = this.#host;
    const before = host.queues();
    const plan = this.#plan(request, before);
    const connection = host.connection();
    if (!connection) throw new CommandFailure({ kind: 'not-connected' });
    const outcome: QueueActionOutcome = {
      action: request.action,
      queue: plan.queue,
      reason: plan.reason?.name ?? null,
      pbxMessage: null,
    };
    host.hold();
    host.showRows(before.map((queue) => expectedRow(queue, plan)));
    try {
      const answer =
        plan.queue === null
          ? await connection.api.agentActionAll(plan.body)
          : await connection.api.agentAction(plan.queue, plan.body);
      // Asterisk can answer 200 with `Response: Error`.
      if (!answer.succeeded) {
        throw new CommandFailure({
          kind: 'bad-request',
          ...(answer.message ? { pbxMessage: answer.message.slice(0, 200) } : {}),
        });
      }
      outcome.pbxMessage = answer.message;
      if (request.cause === 'manual' && plan.reason) host.rememberReason(plan.reason.name);
      this.#report(outcome, request.cause, null);
      return outcome;
    } catch (caught) {
      const shown = host.queues();
      host.showRows(
        shown.map((queue) =>
          plan.affected.has(queue.name) ? (before.find((old) => old.name === queue.name) ?? queue) : queue,
        ),
      );
      let error: CommandError = toCommandError(caught) ?? { kind: 'internal' };
      // A queue (or PBX) without reasons that refuses a pause without one: pausing is not enabled.
      if (request.action === 'pause' && plan.reason === null && error.kind === 'bad-request')
        error = { ...error, detail: 'queue-pause-not-enabled' };
      this.#report(outcome, request.cause, error);
      throw toCommandError(caught) ? new CommandFailure(error) : caught;
    } finally {
      host.release();
    }
  }

  /**
   * A refusal of the agent's own action is an outcome too (the hotkey has no window to show it
   * in); a safety net's step that is no longer needed is only the rules' business.
   */
  #plan(request: QueueActionRequest, queues: readonly QueueView[]): QueueActionPlan {
    const connection = this.#host.connection();
    try {
      if (!connection) throw new CommandFailure({ kind: 'not-connected' });
      if (request.stillWanted && !request.stillWanted(queues))
        throw new CommandFailure({ kind: 'unavailable', detail: 'queue-superseded' });
      return planQueueAction(queues, request, connection.identity, this.#host.lastUsedReason());
    } catch (caught) {
      if (caught instanceof CommandFailure && request.cause === 'manual') {
        const outcome = { action: request.action, queue: request.queue, reason: null, pbxMessage: null };
        this.#report(outcome, request.cause, caught.error);
      }
      throw caught;
    }
  }

  #report(outcome: QueueActionOutcome, cause: QueuePauseCause, error: CommandError | null): void {
    this.#outcomeId += 1;
    this.#host.onOutcome({
      ...outcome,
      id: this.#outcomeId,
      ok: error === null,
      error,
      cause,
      atMs: this.#host.clock.now(),
    });
  }
}
