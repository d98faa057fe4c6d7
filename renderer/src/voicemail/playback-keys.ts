/** The player's keyboard: what a key does, kept apart from the component so it is tested alone. */

export const PLAYBACK_SPEEDS = [1, 1.5, 2] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export const SEEK_STEP_SECONDS = 5;

export type PlaybackCommand =
  | { type: 'toggle' }
  | { type: 'seek'; bySeconds: number }
  | { type: 'speed'; step: 1 | -1 }
  | { type: 'next' }
  | { type: 'close' };

export interface KeyInput {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused control: buttons and the position slider keep their own keys. */
  targetRole: 'button' | 'slider' | 'radio' | 'other';
}

export function playbackCommandFor(input: KeyInput): PlaybackCommand | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  const { key, targetRole } = input;
  // Space and Enter press a focused button or radio; arrows move a focused slider or radio group.
  if (key === ' ' && targetRole !== 'button' && targetRole !== 'radio') return { type: 'toggle' };
  if (key === 'k' || key === 'K') return { type: 'toggle' };
  const arrows = targetRole !== 'slider' && targetRole !== 'radio';
  if (key === 'j' || key === 'J' || (arrows && key === 'ArrowLeft'))
    return { type: 'seek', bySeconds: -SEEK_STEP_SECONDS };
  if (key === 'l' || key === 'L' || (arrows && key === 'ArrowRight'))
    return { type: 'seek', bySeconds: SEEK_STEP_SECONDS };
  if (key === '>' || key === '.') return { type: 'speed', step: 1 };
  if (key === '<' || key === ',') return { type: 'speed', step: -1 };
  if (key === 'n' || key === 'N') return { type: 'next' };
  if (key === 'Escape') return { type: 'close' };
  return null;
}

export function nextSpeed(current: number, step: 1 | -1): PlaybackSpeed {
  const index = Math.max(0, (PLAYBACK_SPEEDS as readonly number[]).indexOf(current));
  const next = Math.min(PLAYBACK_SPEEDS.length - 1, Math.max(0, index + step));
  return PLAYBACK_SPEEDS[next] ?? 1;
}
