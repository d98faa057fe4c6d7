import { describe, expect, test } from 'vitest';
import {
  type KeyInput,
  nextSpeed,
  playbackCommandFor,
} from '../../../../renderer/src/voicemail/playback-keys';

const press = (
  key: string,
  targetRole: KeyInput['targetRole'] = 'other',
  modifiers: Partial<KeyInput> = {},
) => playbackCommandFor({ key, targetRole, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe('the player keyboard', () => {
  test('space and K play or pause; space on a button presses the button instead', () => {
    expect(press(' ')).toEqual({ type: 'toggle' });
    expect(press('k')).toEqual({ type: 'toggle' });
    expect(press(' ', 'button')).toBeNull();
    expect(press('k', 'button')).toEqual({ type: 'toggle' });
  });

  test('arrows and J/L seek 5 s; on the position slider the arrows are the slider own', () => {
    expect(press('ArrowLeft')).toEqual({ type: 'seek', bySeconds: -5 });
    expect(press('ArrowRight', 'button')).toEqual({ type: 'seek', bySeconds: 5 });
    expect(press('ArrowRight', 'slider')).toBeNull();
    expect(press('l', 'slider')).toEqual({ type: 'seek', bySeconds: 5 });
    expect(press('j')).toEqual({ type: 'seek', bySeconds: -5 });
  });

  test('< and > change the speed, N plays the next message, Esc closes; modifiers are left alone', () => {
    expect(press('>')).toEqual({ type: 'speed', step: 1 });
    expect(press('<')).toEqual({ type: 'speed', step: -1 });
    expect(press('n')).toEqual({ type: 'next' });
    expect(press('Escape', 'slider')).toEqual({ type: 'close' });
    expect(press('k', 'other', { ctrlKey: true })).toBeNull();
    expect(press('x')).toBeNull();
  });

  test('speeds step through 1x, 1.5x and 2x and stop at the ends', () => {
    expect(nextSpeed(1, 1)).toBe(1.5);
    expect(nextSpeed(1.5, 1)).toBe(2);
    expect(nextSpeed(2, 1)).toBe(2);
    expect(nextSpeed(1, -1)).toBe(1);
    expect(nextSpeed(2, -1)).toBe(1.5);
  });
});
