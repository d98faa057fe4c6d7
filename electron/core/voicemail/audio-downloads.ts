/**
 * Fetches recordings for the panel. The main process downloads with the session's credentials
 * (redirects followed by the client); the window receives only the checked bytes, never a URL or
 * a header. A recording that is cut off or not audio fails as a value (`bad-response` with an
 * `audio-*` detail) for that message alone.
 */
import { Buffer } from 'node:buffer';
import type { VoicemailAudio } from '../../shared/features/voicemail';
import { CommandFailure } from '../commands/dispatch';
import { isPbxError } from '../pbx/errors';
import type { VoicemailApi } from '../pbx/voicemail';
import { AudioCache } from './audio-cache';
import { checkRecording } from './audio-check';
import { pbxAddress, type StoredMessage } from './mailbox-model';

interface CachedRecording {
  bytes: Uint8Array;
  contentType: string;
  durationSeconds: number | null;
}

export class AudioDownloads {
  readonly #api: VoicemailApi;
  readonly #mailbox: string;
  readonly #cache: AudioCache<CachedRecording>;
  /** A second click while the first download runs waits for the same one. */
  readonly #inFlight = new Map<string, Promise<CachedRecording>>();
  /** Counters for the log and the benchmark. */
  downloads = 0;
  cacheHits = 0;

  constructor(api: VoicemailApi, mailbox: string, maxCacheBytes?: number) {
    this.#api = api;
    this.#mailbox = mailbox;
    this.#cache = new AudioCache(maxCacheBytes);
  }

  async get(stored: StoredMessage, signal?: AbortSignal): Promise<VoicemailAudio> {
    const recording = await this.#recording(stored, signal);
    return {
      key: stored.key,
      contentType: recording.contentType,
      base64: Buffer.from(
        recording.bytes.buffer,
        recording.bytes.byteOffset,
        recording.bytes.byteLength,
      ).toString('base64'),
      byteLength: recording.bytes.byteLength,
      durationSeconds: recording.durationSeconds,
    };
  }

  forget(key: string): void {
    this.#cache.delete(key);
  }

  clear(): void {
    this.#cache.clear();
    this.#inFlight.clear();
  }

  #recording(stored: StoredMessage, signal?: AbortSignal): Promise<CachedRecording> {
    const cached = this.#cache.get(stored.key);
    if (cached) {
      this.cacheHits += 1;
      return Promise.resolve(cached);
    }
    const running = this.#inFlight.get(stored.key);
    if (running) return running;
    const download = this.#download(stored, signal).finally(() => this.#inFlight.delete(stored.key));
    this.#inFlight.set(stored.key, download);
    return download;
  }

  async #download(stored: StoredMessage, signal?: AbortSignal): Promise<CachedRecording> {
    const { folder, id } = pbxAddress(stored);
    this.downloads += 1;
    let file: { bytes: Uint8Array; contentType: string };
    try {
      file = await this.#api.download(this.#mailbox, folder, id, signal ? { signal } : {});
    } catch (error) {
      // The client refuses an HTML/JSON page or an empty body as `bad-response`: for the user
      // that is a recording that cannot be played, like a broken WAV.
      if (isPbxError(error) && error.kind === 'bad-response') {
        const detail = /empty/.test(error.detail ?? '') ? 'audio-empty' : 'audio-not-audio';
        throw new CommandFailure({ kind: 'bad-response', detail });
      }
      throw error;
    }
    const check = checkRecording(file.bytes);
    if (!check.ok) throw new CommandFailure({ kind: 'bad-response', detail: check.problem });
    const recording = {
      bytes: file.bytes,
      contentType: check.contentType,
      durationSeconds: check.durationSeconds,
    };
    this.#cache.set(stored.key, recording);
    return recording;
  }
}
