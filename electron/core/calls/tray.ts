/**
 * The calls part of the tray: the ringing or in-call icon, the call count in the tooltip, and
 * "Answer <caller>" while one call rings for the agent, so it can be taken without touching the
 * popup (it never takes the keyboard focus). With two or more ringing it names nobody: the REST
 * API's answer names no call and the phone picks one. The entry runs the same `calls/answer`
 * command as the popup's button and the answer hotkey.
 */
import type { CompanionState } from '../../shared/contract';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { CallsTexts } from './texts.en';

export function callMenuEntries(state: CompanionState, text: CallsTexts): TrayMenuEntry[] {
  if (state.connection.status !== 'online') return [];
  const all = state.calls.live.filter((call) => call.direction === 'inbound' && call.phase === 'ringing');
  const ringing = all[0];
  if (!ringing) return [];
  if (all.length > 1) {
    return [
      {
        type: 'command',
        command: { name: 'calls/answer', input: {} },
        label: text.answerOnPhone(all.length),
        enabled: true,
      },
    ];
  }
  const caller = ringing.remoteName ?? (ringing.remoteDisplayNumber || text.unknownCaller);
  return [
    {
      type: 'command',
      command: { name: 'calls/answer', input: { callId: ringing.id } },
      label: text.answer(caller),
      enabled: true,
    },
  ];
}

export const callsTray: FeatureTray<CallsTexts> = {
  icon: ({ calls }) => {
    if (calls.live.some((call) => call.phase === 'ringing')) return 'ringing';
    return calls.live.length > 0 ? 'in-call' : null;
  },
  tooltip: ({ calls }, text) => (calls.live.length > 0 ? text.calls(calls.live.length) : null),
  // The call in progress: answering it, and (dial, hotkeys) controlling it, in one block.
  group: 'call',
  entries: callMenuEntries,
};
