import { describe, expect, test } from 'vitest';
import { checkRecording } from '../../../../electron/core/voicemail/audio-check';
import { breakAudio, createVoicemailWav } from '../../../../electron/demo-pbx/wav';

describe('a downloaded recording is checked before a window gets it', () => {
  test('a complete WAV passes with the duration its header gives', () => {
    const check = checkRecording(createVoicemailWav(7, 42));
    expect(check).toEqual({ ok: true, contentType: 'audio/wav', durationSeconds: 7 });
  });

  test('a WAV cut off mid-download is reported as truncated, not played shorter', () => {
    expect(checkRecording(breakAudio(createVoicemailWav(7, 42), 'truncated'))).toEqual({
      ok: false,
      problem: 'audio-truncated',
    });
  });

  test('an error page sent as audio/x-wav is not audio', () => {
    expect(checkRecording(breakAudio(createVoicemailWav(7, 42), 'not-wav'))).toEqual({
      ok: false,
      problem: 'audio-not-audio',
    });
  });

  test('an empty body, and a RIFF file without a format chunk, are refused', () => {
    expect(checkRecording(new Uint8Array(0))).toEqual({ ok: false, problem: 'audio-empty' });
    const noFormat = new Uint8Array(20);
    noFormat.set(new TextEncoder().encode('RIFF\0\0\0\0WAVEdata'));
    expect(checkRecording(noFormat)).toEqual({ ok: false, problem: 'audio-not-audio' });
  });

  test('extra chunks before the data (LIST, fact) are skipped', () => {
    const wav = createVoicemailWav(2, 1);
    const list = new Uint8Array(8 + 5 + 1);
    list.set(new TextEncoder().encode('LIST'));
    new DataView(list.buffer).setUint32(4, 5, true);
    const withList = new Uint8Array(wav.byteLength + list.byteLength);
    withList.set(wav.subarray(0, 36));
    withList.set(list, 36);
    withList.set(wav.subarray(36), 36 + list.byteLength);
    expect(checkRecording(withList)).toEqual({ ok: true, contentType: 'audio/wav', durationSeconds: 2 });
  });

  test('Ogg and MP3 recordings are recognised by their first bytes', () => {
    expect(checkRecording(new TextEncoder().encode('OggS\0\x02rest'))).toMatchObject({
      ok: true,
      contentType: 'audio/ogg',
    });
    expect(checkRecording(new TextEncoder().encode('ID3\x04\0rest'))).toMatchObject({
      ok: true,
      contentType: 'audio/mpeg',
    });
    expect(checkRecording(Uint8Array.from([0xff, 0xfb, 0x90, 0x64]))).toMatchObject({
      ok: true,
      contentType: 'audio/mpeg',
    });
  });
});
