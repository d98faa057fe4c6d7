import { describe, expect, test } from 'vitest';
import { AudioCache } from '../../../../electron/core/voicemail/audio-cache';

const recording = (bytes: number) => ({ bytes: new Uint8Array(bytes) });

describe('the session audio cache', () => {
  test('keeps recordings up to its byte budget, dropping the least recently played first', () => {
    const cache = new AudioCache<{ bytes: Uint8Array }>(1000);
    cache.set('a', recording(400));
    cache.set('b', recording(400));
    expect(cache.get('a')).toBeDefined(); // a is now more recent than b
    cache.set('c', recording(400));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.sizeBytes).toBe(800);
  });

  test('a recording larger than the whole budget is not kept and evicts nothing', () => {
    const cache = new AudioCache<{ bytes: Uint8Array }>(1000);
    cache.set('small', recording(100));
    cache.set('huge', recording(5000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBeDefined();
  });

  test('replacing, deleting and clearing keep the byte count right', () => {
    const cache = new AudioCache<{ bytes: Uint8Array }>(1000);
    cache.set('a', recording(300));
    cache.set('a', recording(200));
    expect(cache.sizeBytes).toBe(200);
    cache.delete('a');
    expect(cache.sizeBytes).toBe(0);
    cache.set('b', recording(10));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.sizeBytes).toBe(0);
  });
});
