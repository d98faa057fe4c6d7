/**
 * The shortcuts the app starts with, per platform. All use three modifiers: a global shortcut takes
 * its keys away from every other app, and Ctrl+Alt+<letter> alone is AltGr on Windows, which types
 * characters on many European layouts (AltGr+Q is @ on a German keyboard). macOS uses Command
 * rather than Control+Option, which VoiceOver uses for its own commands.
 */
import type { HotkeyAction } from '../../shared/features/hotkeys';

const letters: Record<HotkeyAction, string> = {
  'dial-selection': 'D',
  answer: 'A',
  'hang-up': 'H',
  'toggle-pause': 'P',
  'show-panel': 'C',
};

export function defaultHotkeys(platform: string): Record<HotkeyAction, string> {
  const modifiers = platform === 'darwin' ? 'Command+Alt+Shift' : 'Control+Alt+Shift';
  return {
    'dial-selection': `${modifiers}+${letters['dial-selection']}`,
    answer: `${modifiers}+${letters.answer}`,
    'hang-up': `${modifiers}+${letters['hang-up']}`,
    'toggle-pause': `${modifiers}+${letters['toggle-pause']}`,
    'show-panel': `${modifiers}+${letters['show-panel']}`,
  };
}
