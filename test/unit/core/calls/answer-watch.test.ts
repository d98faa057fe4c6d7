import { describe, expect, test } from 'vitest';
import {
  answerTimeoutMs,
  followAnswerAttempt,
  startAnswerAttempt,
} from '../../../../electron/core/calls/answer-watch';
import { makeCall } from '../../renderer/fake-companion';

const older = makeCall({ id: 'older', remoteName: 'Lukas Müller' });
const newer = makeCall({ id: 'newer', remoteName: 'Sabine Weiß' });
const connected = (call: typeof older) => ({ ...call, phase: 'connected' as const, answeredAtMs: 2000 });

describe('what became of an Answer', () => {
  test('starts pending, naming every call that rang when it was pressed', () => {
    const attempt = startAnswerAttempt([older, newer, connected(makeCall({ id: 'talk' }))], 'older', 1000);
    expect(attempt).toEqual({
      requestedCallId: 'older',
      ringingCallIds: ['older', 'newer'],
      atMs: 1000,
      status: 'pending',
      connectedCallId: null,
    });
  });

  test('the clicked call connected: connected, naming it', () => {
    const attempt = startAnswerAttempt([older, newer], 'older', 1000);
    expect(followAnswerAttempt(attempt, [connected(older), newer], 1500)).toMatchObject({
      status: 'connected',
      connectedCallId: 'older',
    });
  });

  test('the phone took the other caller: other, naming the call the PBX connected, never the clicked one', () => {
    const attempt = startAnswerAttempt([older, newer], 'older', 1000);
    const after = followAnswerAttempt(attempt, [older, connected(newer)], 1500);
    expect(after).toMatchObject({ status: 'other', connectedCallId: 'newer', requestedCallId: 'older' });
  });

  test('still ringing: pending until the timeout, then not answered; a late pickup still counts', () => {
    const attempt = startAnswerAttempt([older], 'older', 1000);
    const early = followAnswerAttempt(attempt, [older], 1000 + answerTimeoutMs - 1);
    expect(early?.status).toBe('pending');
    const late = followAnswerAttempt(early, [older], 1000 + answerTimeoutMs);
    expect(late?.status).toBe('not-answered');
    expect(followAnswerAttempt(late, [connected(older)], 9000)?.status).toBe('connected');
  });

  test('without a named call (hotkey), the call that connected is the answer', () => {
    const attempt = startAnswerAttempt([older, newer], null, 1000);
    expect(followAnswerAttempt(attempt, [older, connected(newer)], 1500)).toMatchObject({
      status: 'connected',
      connectedCallId: 'newer',
    });
  });

  test('forgotten once its calls are gone, or once the connected call ended', () => {
    const attempt = startAnswerAttempt([older, newer], 'older', 1000);
    expect(followAnswerAttempt(attempt, [], 1500)).toBeNull();
    const other = followAnswerAttempt(attempt, [older, connected(newer)], 1500);
    expect(followAnswerAttempt(other, [older], 2500)).toBeNull();
    expect(followAnswerAttempt(null, [older], 2500)).toBeNull();
  });

  test('a call that rang after Answer was pressed is not taken for its answer', () => {
    const attempt = startAnswerAttempt([older], 'older', 1000);
    const late = makeCall({ id: 'late' });
    expect(followAnswerAttempt(attempt, [older, connected(late)], 1500)?.status).toBe('pending');
  });
});
