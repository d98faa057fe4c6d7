/**
 * The shortcuts the app starts with, per platform: each action's letter (hotkey-actions.ts) with
 * three modifiers. A global shortcut takes its keys away from every other app, and
 * Ctrl+Alt+<letter> alone is AltGr on Windows, which types characters on many European layouts
 * (AltGr+Q is @ on a German keyboard). macOS uses Command rather than Control+Option, which
 * VoiceOver uses for its own commands.
 */
import { type HotkeyAction, hotkeyActions } from '../../shared/features/hotkeys';
import { hotkeyTable } from './hotkey-actions';

export function defaultHotkeys(platform: string): Record<HotkeyAction, string | null> {
  const modifiers = platform === 'darwin' ? 'Command+Alt+Shift' : 'Control+Alt+Shift';
  // An action without a letter (an optional one) starts switched off.
  return Object.fromEntries(
    hotkeyActions.map((action) => {
      const { letter } = hotkeyTable[action];
      return [action, letter === null ? null : `${modifiers}+${letter}`];
    }),
  ) as Record<HotkeyAction, string | null>;
}
