/**
 * The shortcuts the app starts with, per platform: each action's letter (hotkey-actions.ts) with
 * three modifiers. A global shortcut takes its keys away from every other app, and
 * Ctrl+Alt+<letter> alone is AltGr on Windows, which types characters on many European layouts
 * (AltGr+Q is @ on a German keyboard). macOS uses Command rather than Control+Option, which
 * VoiceOver uses for its own commands.
 */
import { type HotkeyAction, hotkeyActions } from '../../shared/features/hotkeys';
import { hotkeyTable } from './hotkey-actions';

export function defaultHotkeys(platform: string): Record<HotkeyAction, string> {
  const modifiers = platform === 'darwin' ? 'Command+Alt+Shift' : 'Control+Alt+Shift';
  return Object.fromEntries(
    hotkeyActions.map((action) => [action, `${modifiers}+${hotkeyTable[action].letter}`]),
  ) as Record<HotkeyAction, string>;
}
