import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ToastHost, toastLifetimeMs } from '../../../../renderer/src/shared/toasts.svelte';

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('news goes after about 4 s; an error stays until it is closed', () => {
    const host = new ToastHost();
    host.show({ kind: 'success', text: 'Paused in all queues.' });
    host.show({ kind: 'error', text: 'Pausing failed.', details: 'Internal Server Error' });
    expect(toastLifetimeMs).toBe(4000);
    vi.advanceTimersByTime(toastLifetimeMs - 1);
    expect(host.items.map((toast) => toast.text)).toEqual(['Paused in all queues.', 'Pausing failed.']);
    vi.advanceTimersByTime(1);
    expect(host.items.map((toast) => toast.text)).toEqual(['Pausing failed.']);
    vi.advanceTimersByTime(60_000);
    expect(host.items).toHaveLength(1);
    host.dismiss(host.items[0]?.id ?? 0);
    expect(host.items).toEqual([]);
  });

  test('a toast on the same topic replaces the one before, and its timer starts again', () => {
    const host = new ToastHost();
    host.show({ kind: 'status', text: 'Calling Sabine…', topic: 'dial' });
    vi.advanceTimersByTime(3000);
    host.show({ kind: 'status', text: 'Calling Lukas…', topic: 'dial' });
    expect(host.items.map((toast) => toast.text)).toEqual(['Calling Lukas…']);
    vi.advanceTimersByTime(3000);
    expect(host.items).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(host.items).toEqual([]);
  });
});
