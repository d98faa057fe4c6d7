// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { holdWhileShown, LEASE_RENEW_MS } from '../../../../renderer/src/lib/lease.svelte';

let visibility: DocumentVisibilityState = 'visible';
const calls: string[] = [];
const roots: (() => void)[] = [];

function setVisibility(next: DocumentVisibilityState): void {
  visibility = next;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Holds a lease in an effect root, as a component would; returns the component's end. */
function hold(withRelease: boolean): () => void {
  const lease = {
    renew: () => calls.push('renew'),
    ...(withRelease ? { release: () => calls.push('release') } : {}),
  };
  const end = $effect.root(() => holdWhileShown(lease));
  roots.push(end);
  flushSync();
  return end;
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  calls.length = 0;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => {
  for (const end of roots.splice(0)) end();
  vi.useRealTimers();
});

describe('a lease held while the window is shown', () => {
  test('is renewed at once and every 15 s while shown, never while hidden, and at once on showing again', () => {
    const end = hold(false);
    expect(calls).toEqual(['renew']);
    vi.advanceTimersByTime(LEASE_RENEW_MS - 1);
    expect(calls).toEqual(['renew']);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['renew', 'renew']);

    setVisibility('hidden');
    vi.advanceTimersByTime(5 * LEASE_RENEW_MS);
    expect(calls).toEqual(['renew', 'renew']);

    setVisibility('visible');
    expect(calls).toEqual(['renew', 'renew', 'renew']);
    end();
    vi.advanceTimersByTime(5 * LEASE_RENEW_MS);
    expect(calls).toEqual(['renew', 'renew', 'renew']);
  });

  test('a hidden window does not take the lease when it starts', () => {
    visibility = 'hidden';
    hold(false);
    vi.advanceTimersByTime(2 * LEASE_RENEW_MS);
    expect(calls).toEqual([]);
  });

  test('with release, it is given back when the window hides, closes or the component goes', () => {
    const end = hold(true);
    setVisibility('hidden');
    expect(calls).toEqual(['renew', 'release']);
    setVisibility('visible');
    window.dispatchEvent(new Event('pagehide'));
    expect(calls).toEqual(['renew', 'release', 'renew', 'release']);
    end();
    expect(calls).toEqual(['renew', 'release', 'renew', 'release', 'release']);
    // Gone: no listener is left behind.
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(calls).toHaveLength(5);
  });
});
