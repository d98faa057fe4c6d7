/**
 * The calls part of the tray: "Answer <caller>" while a call rings for the agent, so the newest
 * ringing call can be taken without touching the popup (it never takes the keyboard focus). The
 * entry runs the same `calls/answer` command as the popup's button and the answer hotkey.
 */
import type { CompanionState } from '../shared/contract';
import type { TrayMenuEntry } from './tray-model';
import type { TrayLanguage } from './tray-text';

const texts: Record<TrayLanguage, { answer: (caller: string) => string; unknown: string }> = {
  en: { answer: (caller) => `Answer ${caller}`, unknown: 'unknown number' },
  de: { answer: (caller) => `${caller} annehmen`, unknown: 'Unbekannte Nummer' },
};

export function callMenuEntries(state: CompanionState): TrayMenuEntry[] {
  if (state.connection.status !== 'online') return [];
  const ringing = state.calls
    .filter((call) => call.direction === 'inbound' && call.phase === 'ringing')
    .sort((a, b) => b.startedAtMs - a.startedAtMs)[0];
  if (!ringing) return [];
  const text = texts[state.app.language];
  const caller = ringing.remoteName ?? (ringing.remoteDisplayNumber || text.unknown);
  return [
    {
      type: 'command',
      command: { name: 'calls/answer', input: { callId: ringing.id } },
      label: text.answer(caller),
      enabled: true,
    },
  ];
}
