/**
 * The call-control part of the tray: "Hang up" and "Hold"/"Resume" while the agent is in a call,
 * and "Suspend hotkeys"/"Resume hotkeys" (for a game, a remote desktop or an app that needs the
 * same keys). Each entry runs the same contract command as the panel's buttons; what the device
 * cannot do (its capabilities) is not offered.
 */
import type { CallView, CompanionState } from '../shared/contract';
import type { TrayMenuEntry } from './tray-model';
import type { TrayLanguage } from './tray-text';

interface DialTrayText {
  hangUp: (who: string) => string;
  hold: string;
  resume: string;
  suspendHotkeys: string;
  resumeHotkeys: string;
}

const texts: Record<TrayLanguage, DialTrayText> = {
  en: {
    hangUp: (who) => `Hang up (${who})`,
    hold: 'Hold',
    resume: 'Resume call',
    suspendHotkeys: 'Suspend hotkeys',
    resumeHotkeys: 'Resume hotkeys',
  },
  de: {
    hangUp: (who) => `Auflegen (${who})`,
    hold: 'Halten',
    resume: 'Gespräch fortsetzen',
    suspendHotkeys: 'Tastenkürzel pausieren',
    resumeHotkeys: 'Tastenkürzel wieder aktivieren',
  },
};

/** The call the device's controls act on: a connected one first, then a held one, then one being dialed. */
export function controlledCall(calls: readonly CallView[]): CallView | null {
  return (
    calls.find((call) => call.phase === 'connected') ??
    calls.find((call) => call.phase === 'held') ??
    calls.find((call) => call.phase === 'ringing' && call.direction === 'outbound') ??
    null
  );
}

export function dialMenuEntries(state: CompanionState): TrayMenuEntry[] {
  const text = texts[state.app.language];
  const entries: TrayMenuEntry[] = [];
  const call = state.connection.status === 'online' ? controlledCall(state.calls) : null;
  if (call) {
    const can = (capability: string) => state.dial.controlDevice?.capabilities.includes(capability) ?? true;
    const who = call.remoteName ?? (call.remoteDisplayNumber || call.remoteNumber);
    if (can('hangup')) {
      entries.push({
        type: 'command',
        command: { name: 'control/hang-up', input: { callId: call.id } },
        label: text.hangUp(who),
        enabled: true,
      });
    }
    if (can('hold') && call.phase !== 'ringing') {
      entries.push({
        type: 'command',
        command: { name: 'control/hold', input: { callId: call.id } },
        label: call.phase === 'held' ? text.resume : text.hold,
        enabled: true,
      });
    }
  }
  const { hotkeys } = state.dial;
  if (hotkeys.available && hotkeys.bindings.some((binding) => binding.accelerator !== null)) {
    entries.push({
      type: 'command',
      command: { name: 'hotkeys/suspend', input: { suspended: !hotkeys.suspended } },
      label: hotkeys.suspended ? text.resumeHotkeys : text.suspendHotkeys,
      enabled: true,
    });
  }
  return entries.length > 0 ? [...entries, { type: 'separator' }] : [];
}
