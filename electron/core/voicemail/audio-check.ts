/**
 * Looks at a downloaded recording before it goes to a window. A proxy's error page served with
 * 200 and `audio/x-wav`, or a file cut off mid-transfer, would otherwise reach the audio element,
 * which fails late and vaguely (a cut-off WAV even plays, silently shorter than the list says).
 * WAV (what Asterisk writes) is checked chunk by chunk; Ogg and MP3 are recognised by their magic
 * bytes and passed on as they are.
 */

export type AudioProblem = 'audio-empty' | 'audio-truncated' | 'audio-not-audio';

export type AudioCheck =
  | { ok: true; contentType: string; durationSeconds: number | null }
  | { ok: false; problem: AudioProblem };

const ascii = (bytes: Uint8Array, offset: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(offset, offset + length));

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

interface WavFormat {
  channels: number;
  sampleRate: number;
  byteRate: number;
}

/** Walks the RIFF chunks; the data chunk must be complete and a format chunk must precede it. */
function checkWav(bytes: Uint8Array): AudioCheck {
  const data = view(bytes);
  let format: WavFormat | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = ascii(bytes, offset, 4);
    const size = data.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + size > bytes.byteLength) return { ok: false, problem: 'audio-truncated' };
      format = {
        channels: data.getUint16(body + 2, true),
        sampleRate: data.getUint32(body + 4, true),
        byteRate: data.getUint32(body + 8, true),
      };
    } else if (id === 'data') {
      if (format === null || format.channels === 0 || format.sampleRate === 0)
        return { ok: false, problem: 'audio-not-audio' };
      if (body + size > bytes.byteLength) return { ok: false, problem: 'audio-truncated' };
      const durationSeconds = format.byteRate > 0 ? size / format.byteRate : null;
      return { ok: true, contentType: 'audio/wav', durationSeconds };
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  return { ok: false, problem: format === null ? 'audio-not-audio' : 'audio-truncated' };
}

function isMp3(bytes: Uint8Array): boolean {
  if (ascii(bytes, 0, 3) === 'ID3') return true;
  const [first = 0, second = 0] = bytes;
  return first === 0xff && (second & 0xe0) === 0xe0;
}

export function checkRecording(bytes: Uint8Array): AudioCheck {
  if (bytes.byteLength === 0) return { ok: false, problem: 'audio-empty' };
  if (bytes.byteLength >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE')
    return checkWav(bytes);
  if (ascii(bytes, 0, 4) === 'OggS') return { ok: true, contentType: 'audio/ogg', durationSeconds: null };
  if (isMp3(bytes)) return { ok: true, contentType: 'audio/mpeg', durationSeconds: null };
  return { ok: false, problem: 'audio-not-audio' };
}
