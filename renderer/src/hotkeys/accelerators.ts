/**
 * Shortcuts between the keyboard and Electron's accelerator text: what a key press in the settings
 * field means (`Control+Alt+Shift+D`), and how an accelerator reads on this platform (`⌘⌥⇧D` on a
 * Mac). The core checks what is stored; this only translates.
 */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const modifierKeys = new Set(['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS', 'Super', 'Hyper']);

const codeNames: Record<string, string> = {
  Space: 'Space',
  Enter: 'Return',
  NumpadEnter: 'Return',
  Escape: 'Escape',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
  PrintScreen: 'PrintScreen',
};

/** The key by its position (`KeyZ` is Z on a German keyboard too), which is what the desktop grabs. */
function keyOf(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1]) return letter[1];
  const digit = /^Digit(\d)$/.exec(code);
  if (digit?.[1]) return digit[1];
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad?.[1]) return `num${numpad[1]}`;
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return codeNames[code] ?? null;
}

/** The accelerator a key press in the settings field stands for; null for a lone modifier. */
export function acceleratorFromKeyPress(press: KeyPress, platform: string): string | null {
  if (modifierKeys.has(press.key)) return null;
  const key = keyOf(press.code);
  if (key === null) return null;
  const mac = platform === 'darwin';
  const modifiers = [
    press.metaKey && mac ? 'Command' : null,
    press.ctrlKey ? 'Control' : null,
    press.altKey ? 'Alt' : null,
    press.shiftKey ? 'Shift' : null,
    press.metaKey && !mac ? 'Super' : null,
  ].filter((modifier): modifier is string => modifier !== null);
  return [...modifiers, key].join('+');
}

const macSymbols: Record<string, string> = {
  commandorcontrol: '⌘',
  cmdorctrl: '⌘',
  command: '⌘',
  cmd: '⌘',
  super: '⌘',
  meta: '⌘',
  control: '⌃',
  ctrl: '⌃',
  alt: '⌥',
  option: '⌥',
  shift: '⇧',
};

const words: Record<string, string> = {
  commandorcontrol: 'Ctrl',
  cmdorctrl: 'Ctrl',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
};

/** How a shortcut reads to the user of this platform. */
export function formatAccelerator(accelerator: string, platform: string): string {
  const parts = accelerator.split('+').map((part) => part.trim());
  const key = parts.pop() ?? '';
  const keyText =
    key === '' ? '+' : key.toLowerCase() === 'plus' ? '+' : key.length === 1 ? key.toUpperCase() : key;
  if (platform === 'darwin') {
    return `${parts.map((part) => macSymbols[part.toLowerCase()] ?? part).join('')}${keyText}`;
  }
  const superWord = platform === 'win32' ? 'Win' : 'Super';
  const named = parts.map((part) => {
    const lower = part.toLowerCase();
    if (lower === 'super' || lower === 'meta' || lower === 'command' || lower === 'cmd') return superWord;
    return words[lower] ?? part;
  });
  return [...named, keyText].join('+');
}
