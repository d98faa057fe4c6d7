/**
 * The call-control part of the tray: "Hang up" and "Hold"/"Resume" while the agent is in a call.
 * Each entry runs the same contract command as the panel's buttons; what the device cannot do
 * (its capabilities) is not offered.
 */
import type { CallView, CompanionState } from '../../shared/contract';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { DialTexts } from './texts.en';

/** The call the device's controls act on: a connected one first, then a held one, then one being dialed. */
export function controlledCall(calls: readonly CallView[]): CallView | null {
  return (
    calls.find((call) => call.phase === 'connected') ??
    calls.find((call) => call.phase === 'held') ??
    calls.find((call) => call.phase === 'ringing' && call.direction === 'outbound') ??
    null
  );
}

export function dialMenuEntries(state: CompanionState, text: DialTexts): TrayMenuEntry[] {
  const call = state.connection.status === 'online' ? controlledCall(state.calls.live) : null;
  if (!call) return [];
  const can = (capability: string) => state.dial.controlDevice?.capabilities.includes(capability) ?? true;
  const who = call.remoteName ?? (call.remoteDisplayNumber || call.remoteNumber);
  const entries: TrayMenuEntry[] = [];
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
      // The panel's hold button shows the same: `play` to take a held call back.
      ...(call.phase === 'held' ? { icon: 'play' as const } : {}),
      enabled: true,
    });
  }
  return entries;
}

export const dialTray: FeatureTray<DialTexts> = { group: 'call', entries: dialMenuEntries };
