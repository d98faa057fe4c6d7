/**
 * Electron accelerators (`CommandOrControl+Alt+Shift+D`), checked before they reach
 * `globalShortcut`: one key, known modifiers, no modifier twice, and at least one of Control,
 * Command, Alt or Super unless the key is a function or media key (a global `Shift+D` would take
 * the capital D away from every app). https://www.electronjs.org/docs/latest/api/accelerator
 */
export type AcceleratorCheck =
  | {
      ok: true;
      /** The accelerator written the one way this app writes it. */
      normalized: string;
      /** What it means on this platform (`CommandOrControl` resolved), to find two that are the same. */
      identity: string;
    }
  | { ok: false; reason: 'syntax' | 'unknown-key' | 'no-modifier' };

type Modifier = 'CommandOrControl' | 'Command' | 'Control' | 'Alt' | 'AltGr' | 'Shift' | 'Super';

const modifierOrder: readonly Modifier[] = [
  'CommandOrControl',
  'Command',
  'Control',
  'Alt',
  'AltGr',
  'Shift',
  'Super',
];

const modifierNames: Record<string, Modifier> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

const namedKeys = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'num0',
  'num1',
  'num2',
  'num3',
  'num4',
  'num5',
  'num6',
  'num7',
  'num8',
  'num9',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const mediaKeys = [
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
];
const keysByLowerName = new Map<string, string>(
  [...namedKeys, ...mediaKeys].map((key) => [key.toLowerCase(), key]),
);
const punctuation = new Set([...')!@#$%^&*(:;+=<,_->.?/~`{]}[|\\"\'']);

function keyName(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(part)) return part.toUpperCase();
  if (part.length === 1 && punctuation.has(part)) return part;
  return keysByLowerName.get(part.toLowerCase()) ?? null;
}

function standsAlone(key: string): boolean {
  return /^F\d+$/.test(key) || mediaKeys.includes(key);
}

export function checkAccelerator(text: string, platform: string): AcceleratorCheck {
  const trimmed = text.trim();
  // `+` separates parts; a `+` key is written `Plus`, but `Ctrl++` is common enough to read too.
  const parts = trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), 'Plus'] : trimmed.split('+');
  if (trimmed === '' || parts.some((part) => part.trim() === '')) return { ok: false, reason: 'syntax' };
  const modifiers = new Set<Modifier>();
  let key: string | null = null;
  for (const [index, raw] of parts.entries()) {
    const part = raw.trim();
    const modifier = modifierNames[part.toLowerCase()];
    const last = index === parts.length - 1;
    if (modifier && !last) {
      if (modifiers.has(modifier)) return { ok: false, reason: 'syntax' };
      modifiers.add(modifier);
      continue;
    }
    if (!last) return { ok: false, reason: modifier ? 'syntax' : 'unknown-key' };
    key = keyName(part);
    if (key === null) return { ok: false, reason: modifier ? 'syntax' : 'unknown-key' };
  }
  if (key === null) return { ok: false, reason: 'syntax' };
  const strong = [...modifiers].some((modifier) => modifier !== 'Shift');
  if (!strong && !standsAlone(key)) return { ok: false, reason: 'no-modifier' };
  const ordered = modifierOrder.filter((modifier) => modifiers.has(modifier));
  const normalized = [...ordered, key].join('+');
  const mac = platform === 'darwin';
  const resolved = new Set<Modifier>(
    ordered.map((modifier): Modifier => {
      if (modifier === 'CommandOrControl') return mac ? 'Command' : 'Control';
      if (modifier === 'Super' && mac) return 'Command';
      return modifier;
    }),
  );
  const sameKey = key === 'Enter' ? 'Return' : key === 'Esc' ? 'Escape' : key;
  const identity = [...modifierOrder.filter((modifier) => resolved.has(modifier)), sameKey].join('+');
  return { ok: true, normalized, identity };
}
