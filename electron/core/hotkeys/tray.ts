/**
 * The hotkeys' part of the tray: "Suspend hotkeys"/"Resume hotkeys" (for a game, a remote desktop
 * or an app that needs the same keys), beside the call controls.
 */
import type { CompanionState } from '../../shared/contract';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { HotkeysTexts } from './texts.en';

export function hotkeyMenuEntries({ hotkeys }: CompanionState, text: HotkeysTexts): TrayMenuEntry[] {
  if (!hotkeys.available || !hotkeys.bindings.some((binding) => binding.accelerator !== null)) return [];
  return [
    {
      type: 'command',
      command: { name: 'hotkeys/suspend', input: { suspended: !hotkeys.suspended } },
      label: hotkeys.suspended ? text.resumeHotkeys : text.suspendHotkeys,
      enabled: true,
    },
  ];
}

export const hotkeysTray: FeatureTray<HotkeysTexts> = { group: 'call', entries: hotkeyMenuEntries };
