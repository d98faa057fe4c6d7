import { describe, expect, test } from 'vitest';
import { breakAudio, createVoicemailWav, describeWav } from '../../../electron/demo-pbx/wav';

describe('generated voicemail audio', () => {
  test('is an 8 kHz 16-bit mono PCM WAV of exactly the asked duration', () => {
    const wav = createVoicemailWav(3, 42);
    expect(describeWav(wav)).toEqual({
      sampleRate: 8000,
      channels: 1,
      bitsPerSample: 16,
      dataBytes: 48_000,
      durationSeconds: 3,
    });
    expect(wav.length).toBe(44 + 48_000);
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
  });

  test('is not silence: a beep, then speech-like bursts with pauses', () => {
    const wav = createVoicemailWav(4, 7);
    const samples = Array.from({ length: (wav.length - 44) / 2 }, (_, i) => wav.readInt16LE(44 + i * 2));
    const rms = (from: number, to: number): number =>
      Math.sqrt(samples.slice(from, to).reduce((s, v) => s + v * v, 0) / (to - from));
    expect(rms(0, 2000)).toBeGreaterThan(3000);
    const windows = Array.from({ length: 30 }, (_, i) => rms(4800 + i * 800, 5600 + i * 800));
    expect(windows.some((v) => v > 1000)).toBe(true);
    expect(windows.some((v) => v < 200)).toBe(true);
    expect(Math.max(...samples.map(Math.abs))).toBeLessThanOrEqual(32767);
  });

  test('is deterministic from its seed', () => {
    expect(createVoicemailWav(2, 5).equals(createVoicemailWav(2, 5))).toBe(true);
    expect(createVoicemailWav(2, 5).equals(createVoicemailWav(2, 6))).toBe(false);
  });

  test('broken variants: cut off, or not WAV at all', () => {
    const wav = createVoicemailWav(2, 1);
    const cut = breakAudio(wav, 'truncated');
    expect(cut.length).toBeLessThan(wav.length);
    expect(describeWav(cut)?.dataBytes).toBe(32_000);
    expect(describeWav(breakAudio(wav, 'not-wav'))).toBeNull();
    expect(describeWav(new Uint8Array(10))).toBeNull();
  });
});
