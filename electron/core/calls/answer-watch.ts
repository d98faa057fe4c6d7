/**
 * Follows what became of an Answer. The REST API answers on a device (`pickup`/`offhook`), not a
 * call: with two calls ringing the phone decides which one it takes. So the app never assumes the
 * clicked call was connected; it waits for the PBX's own live list and reports the call that was
 * really answered on the agent's leg, the requested one or another (which the popups then say
 * loudly), or that the phone did not pick up at all.
 */
import type { AnswerAttemptView, CallView } from '../../shared/features/calls';

/** Still ringing this long after Answer: the phone did not pick up (two polls and some slack). */
export const answerTimeoutMs = 5000;

export function ringingForAgent(calls: readonly CallView[]): CallView[] {
  return calls.filter((call) => call.direction === 'inbound' && call.phase === 'ringing');
}

/** The attempt as it starts, when the PBX accepted the Answer. */
export function startAnswerAttempt(
  calls: readonly CallView[],
  requestedCallId: string | null,
  nowMs: number,
): AnswerAttemptView {
  return {
    requestedCallId,
    ringingCallIds: ringingForAgent(calls).map((call) => call.id),
    atMs: nowMs,
    status: 'pending',
    connectedCallId: null,
  };
}

/**
 * The attempt after a poll, from the agent's live calls now (only the agent's own legs are in it,
 * so one of the ringing calls found connected was answered on the agent's phone). Returns null
 * once none of the calls it was about is live any more: nothing is left to say.
 */
export function followAnswerAttempt(
  attempt: AnswerAttemptView | null,
  calls: readonly CallView[],
  nowMs: number,
): AnswerAttemptView | null {
  if (!attempt) return null;
  const concerned = new Set(attempt.ringingCallIds);
  if (!calls.some((call) => concerned.has(call.id))) return null;
  if (attempt.status === 'connected' || attempt.status === 'other') {
    // Said while the connected call lasts; after it, the other caller's popup is plain again.
    return calls.some((call) => call.id === attempt.connectedCallId) ? attempt : null;
  }
  const answered = calls.find(
    (call) => concerned.has(call.id) && call.phase !== 'ringing' && call.answeredAtMs !== null,
  );
  if (answered) {
    const requested = attempt.requestedCallId ?? answered.id;
    return {
      ...attempt,
      status: answered.id === requested ? 'connected' : 'other',
      connectedCallId: answered.id,
    };
  }
  if (attempt.status === 'pending' && nowMs - attempt.atMs >= answerTimeoutMs) {
    return { ...attempt, status: 'not-answered' };
  }
  return attempt;
}
