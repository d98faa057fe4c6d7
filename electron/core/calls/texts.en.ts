/**
 * What main and core say about calls (English; the shape every language follows): the native
 * notification for a ringing call, the tray's "Answer …" entry and the call count in its tooltip.
 */
export const callsTextsEn = {
  incomingCall: 'Incoming call',
  unknownNumber: 'Unknown number',
  viaQueue: (queue: string) => `via queue ${queue}`,
  answer: (caller: string) => `Answer ${caller}`,
  /** Two or more ringing: the phone picks which one it answers, so no caller is named. */
  answerOnPhone: (ringing: number) => `Answer on phone (${ringing} calls ringing)`,
  unknownCaller: 'unknown number',
  calls: (count: number) => (count === 1 ? '1 call' : `${count} calls`),
};

export type CallsTexts = typeof callsTextsEn;
