/**
 * What one poll loop's run means for the whole session, decided in one place. Refused credentials
 * or an untrusted certificate in any loop stop everything (pascom can lock accounts). Otherwise
 * only the agent's own-state poll (`governsConnection`) speaks for the connection: its failure
 * makes the app offline (or "asked to wait" on a 429) and holds the other loops back for the PBX's
 * backoff; its success makes the app online again and ends that hold, each loop still waiting out
 * a backoff of its own. Any other loop's failure (a bad answer from /queue/, a 429 on the
 * phonebook, a 500 from one mailbox) is that loop's alone: it backs off, the app carries on.
 *
 * There is deliberately no "poll every loop now" here: that was the request storm of issue 17,
 * where each success of one loop made a loop failing for a reason of its own ask again at once.
 */
import type { PbxError } from '../pbx/errors';
import type { LoopOutcome } from '../sync/poll-loop';

export type OutcomeDecision =
  /** Stop the session: the PBX refused the credentials or its certificate is not trusted. */
  | { kind: 'stop'; error: PbxError }
  /** Nothing for the session to do: a loop's own success or failure. */
  | { kind: 'none' }
  /** The own-state poll works: online, and the loops held back for the PBX may run. */
  | { kind: 'online' }
  /** The own-state poll failed: offline until `retryInMs`; hold every loop back `holdOthersMs`. */
  | { kind: 'offline'; error: PbxError; retryInMs: number | null; holdOthersMs: number | null };

/** Failures that say something about the whole PBX, not about one endpoint. */
const sharedFailureKinds = new Set(['offline', 'timeout', 'rate-limited', 'server']);

export function decideOnOutcome(outcome: LoopOutcome): OutcomeDecision {
  const { error } = outcome;
  if (error && (error.kind === 'auth' || error.kind === 'forbidden' || error.kind === 'certificate'))
    return { kind: 'stop', error };
  if (!outcome.governsConnection) return { kind: 'none' };
  if (!error) return { kind: 'online' };
  const holdOthersMs =
    outcome.sharedDelayMs !== null && sharedFailureKinds.has(error.kind) ? outcome.sharedDelayMs : null;
  return { kind: 'offline', error, retryInMs: outcome.retryInMs, holdOthersMs };
}
