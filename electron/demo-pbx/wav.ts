import { createRandom } from './data/random';

export const VOICEMAIL_SAMPLE_RATE = 8000;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  dataBytes: number;
  durationSeconds: number;
}

/**
 * A playable voicemail recording in the format Asterisk writes (8 kHz, 16-bit, mono PCM): a beep,
 * then "speech": voiced syllables with a moving pitch and two formants, grouped into words with
 * pauses. Deterministic from the seed. The sample count is exactly durationSeconds * 8000.
 */
export function createVoicemailWav(durationSeconds: number, seed: number): Buffer {
  const sampleCount = Math.max(1, Math.round(durationSeconds * VOICEMAIL_SAMPLE_RATE));
  const samples = new Float32Array(sampleCount);
  const random = createRandom(seed);
  const beepEnd = Math.min(sampleCount, Math.round(0.25 * VOICEMAIL_SAMPLE_RATE));
  for (let i = 0; i < beepEnd; i++)
    samples[i] = 0.35 * Math.sin((2 * Math.PI * 1000 * i) / VOICEMAIL_SAMPLE_RATE);

  let cursor = beepEnd + Math.round(0.3 * VOICEMAIL_SAMPLE_RATE);
  const basePitch = random.int(100, 210);
  while (cursor < sampleCount) {
    const syllables = random.int(1, 4);
    for (let s = 0; s < syllables && cursor < sampleCount; s++) {
      const length = Math.round(random.int(110, 280) * (VOICEMAIL_SAMPLE_RATE / 1000));
      writeSyllable(samples, cursor, length, {
        pitchHz: basePitch * (0.85 + random.next() * 0.35),
        formant1Hz: random.int(300, 800),
        formant2Hz: random.int(900, 2400),
      });
      cursor += length + Math.round(random.int(10, 40) * (VOICEMAIL_SAMPLE_RATE / 1000));
    }
    cursor += Math.round(random.int(120, 450) * (VOICEMAIL_SAMPLE_RATE / 1000));
  }
  return encodePcm16(samples);
}

interface Syllable {
  pitchHz: number;
  formant1Hz: number;
  formant2Hz: number;
}

function writeSyllable(samples: Float32Array, start: number, length: number, syllable: Syllable): void {
  const nyquist = VOICEMAIL_SAMPLE_RATE / 2;
  const harmonics: { frequencyHz: number; gain: number }[] = [];
  for (let k = 1; k * syllable.pitchHz < nyquist - 200; k++) {
    const f = k * syllable.pitchHz;
    const gain =
      Math.exp(-(((f - syllable.formant1Hz) / 220) ** 2)) +
      0.5 * Math.exp(-(((f - syllable.formant2Hz) / 300) ** 2));
    harmonics.push({ frequencyHz: f, gain: gain / k ** 0.3 });
  }
  const totalGain = harmonics.reduce((sum, h) => sum + h.gain, 0) || 1;
  let phase = 0;
  for (let i = 0; i < length && start + i < samples.length; i++) {
    const progress = i / length;
    const envelope = Math.sin(Math.PI * progress) ** 0.6;
    // Falling intonation within a syllable, like natural speech.
    phase += (2 * Math.PI * (1.08 - 0.16 * progress)) / VOICEMAIL_SAMPLE_RATE;
    let value = 0;
    for (const h of harmonics) value += h.gain * Math.sin(phase * h.frequencyHz);
    samples[start + i] = (0.55 * envelope * value) / totalGain;
  }
}

function encodePcm16(samples: Float32Array): Buffer {
  const dataBytes = samples.length * BYTES_PER_SAMPLE;
  const buffer = Buffer.alloc(HEADER_BYTES + dataBytes);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(VOICEMAIL_SAMPLE_RATE, 24);
  buffer.writeUInt32LE(VOICEMAIL_SAMPLE_RATE * BYTES_PER_SAMPLE, 28);
  buffer.writeUInt16LE(BYTES_PER_SAMPLE, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) {
    const clamped = Math.max(-1, Math.min(1, samples[i] ?? 0));
    buffer.writeInt16LE(Math.round(clamped * 32767), HEADER_BYTES + i * BYTES_PER_SAMPLE);
  }
  return buffer;
}

/** Reads the header of a canonical PCM WAV file; null when the bytes are not one. */
export function describeWav(bytes: Uint8Array): WavInfo | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER_BYTES) return null;
  if (buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') return null;
  if (buffer.toString('ascii', 12, 16) !== 'fmt ' || buffer.toString('ascii', 36, 40) !== 'data') return null;
  const channels = buffer.readUInt16LE(22);
  const sampleRate = buffer.readUInt32LE(24);
  const bitsPerSample = buffer.readUInt16LE(34);
  const dataBytes = buffer.readUInt32LE(40);
  const bytesPerSecond = sampleRate * channels * (bitsPerSample / 8);
  return {
    sampleRate,
    channels,
    bitsPerSample,
    dataBytes,
    durationSeconds: bytesPerSecond ? dataBytes / bytesPerSecond : 0,
  };
}

/** Bodies for the "broken audio" scenarios: a cut-off download, or something that is not WAV at all. */
export function breakAudio(wav: Buffer, kind: 'truncated' | 'not-wav'): Buffer {
  if (kind === 'truncated') return wav.subarray(0, Math.max(HEADER_BYTES + 2, Math.floor(wav.length * 0.4)));
  return Buffer.from('<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>\n', 'utf8');
}
