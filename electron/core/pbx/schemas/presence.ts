/**
 * The two words the PBX has for "how is this colleague": the presence a user set in the pascom
 * client (`003use_state`) and the Asterisk hint of their line (`/identity/states`). Both are open
 * vocabularies on the wire (a newer PBX may add words, an older one sends null), so each is read
 * here, once, into a closed set; whatever is not understood is `unknown`, never an error.
 */

/** `003use_state`: the reference lists USER_UNKNOWN, USER_AVAILABLE, USER_AWAY, USER_BUSY. */
export type PbxPresence = 'available' | 'away' | 'busy' | 'unknown';

const PRESENCE_WORDS: Readonly<Record<string, PbxPresence>> = {
  AVAILABLE: 'available',
  AWAY: 'away',
  BUSY: 'busy',
  UNKNOWN: 'unknown',
};

/**
 * `USER_AVAILABLE` -> `available`. Case and the `USER_` prefix do not matter; null (several of the
 * reference's samples) and words the reference does not list are `unknown`: a presence the app
 * cannot name must not look like "available".
 */
export function presenceOf(state: string | null): PbxPresence {
  if (state === null) return 'unknown';
  const word = state
    .trim()
    .toUpperCase()
    .replace(/^USER_/, '');
  return Object.hasOwn(PRESENCE_WORDS, word) ? (PRESENCE_WORDS[word] ?? 'unknown') : 'unknown';
}

/** One condition of a line; a hint may name several (`InUse&Ringing`: in a call, another rings). */
export type LineCondition = 'idle' | 'ringing' | 'inUse' | 'busy' | 'onHold' | 'unavailable';

// Asterisk's `ast_extension_state2str` prints Idle, InUse, Busy, Unavailable, Ringing,
// InUse&Ringing, Hold and InUse&Hold; `OnHold` is what other tools (and the app's docs) call Hold.
const HINT_WORDS: Readonly<Record<string, LineCondition>> = {
  idle: 'idle',
  inuse: 'inUse',
  busy: 'busy',
  ringing: 'ringing',
  hold: 'onHold',
  onhold: 'onHold',
  unavailable: 'unavailable',
};

/**
 * The conditions a hint names, in a fixed order; `[]` when the hint is unknown. A hint with any
 * part the app does not know (`Quantum&Ringing`) is unknown as a whole: half-understood, it could
 * show a colleague as free who is not.
 */
export function lineConditionsOf(hint: string): LineCondition[] {
  const parts = hint
    .split('&')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  if (parts.length === 0) return [];
  const found = new Set<LineCondition>();
  for (const part of parts) {
    const condition = Object.hasOwn(HINT_WORDS, part) ? HINT_WORDS[part] : undefined;
    if (condition === undefined) return [];
    found.add(condition);
  }
  return ORDER.filter((condition) => found.has(condition));
}

const ORDER: readonly LineCondition[] = ['inUse', 'busy', 'onHold', 'ringing', 'idle', 'unavailable'];
