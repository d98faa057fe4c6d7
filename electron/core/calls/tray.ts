/**
 * The calls part of the tray: the ringing or in-call icon, the call count in the tooltip, and
 * "Answer <caller>" while a call rings for the agent, so the newest ringing call can be taken
 * without touching the popup (it never takes the keyboard focus). The entry runs the same
 * `calls/answer` command as the popup's button and the answer hotkey.
 */
import type { CompanionState } from '../../shared/contract';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { CallsTexts } from './texts.en';

export function callMenuEntries(state: CompanionState, text: CallsTexts): TrayMenuEntry[] {
  if (state.connection.status !== 'online') return [];
  const ringing = state.calls.live
    .filter((call) => call.direction === 'inbound' && call.phase === 'ringing')
    .sort((a, b) => b.startedAtMs - a.startedAtMs)[0];
  if (!ringing) return [];
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
