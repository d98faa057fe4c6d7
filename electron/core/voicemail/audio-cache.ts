/**
 * Recordings already downloaded in this session, so playing a message twice (or seeking back
 * after a pause in another window) costs the PBX nothing. Bounded by bytes, least recently used
 * first out; cleared when the session ends, never written to disk.
 */

export const DEFAULT_AUDIO_CACHE_BYTES = 32 * 1024 * 1024;

export class AudioCache<T extends { bytes: Uint8Array }> {
  readonly #maxBytes: number;
  /** Map keeps insertion order: the first entry is the least recently used. */
  readonly #entries = new Map<string, T>();
  #bytes = 0;

  constructor(maxBytes = DEFAULT_AUDIO_CACHE_BYTES) {
    this.#maxBytes = maxBytes;
  }

  get sizeBytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** A recording larger than the whole cache is not kept (it would evict everything for nothing). */
  set(key: string, entry: T): void {
    this.delete(key);
    if (entry.bytes.byteLength > this.#maxBytes) return;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes.byteLength;
    for (const [oldestKey, oldest] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldestKey);
      this.#bytes -= oldest.bytes.byteLength;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes.byteLength;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
