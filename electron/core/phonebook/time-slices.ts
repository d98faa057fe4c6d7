/**
 * Long work on the main process in short slices: a 100,000-entry phonebook read in one go blocked
 * Electron's main process for seconds (no popup could open meanwhile). Each slice runs for at most
 * `sliceMs`, then the event loop gets its turn (timers, network answers, IPC) before the next.
 */

/** How long one slice may hold the event loop; well under a frame and under the 50 ms goal. */
export const DEFAULT_SLICE_MS = 8;

/** Lets the event loop run everything that is waiting (I/O included) before going on. */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });

export interface Slicer {
  /** Runs `work` for each item, yielding between slices; false when cancelled on the way. */
  each<T>(items: Iterable<T>, work: (item: T) => void, cancelled?: () => boolean): Promise<boolean>;
}

export function createSlicer(
  options: { sliceMs?: number; now?: () => number; yield?: () => Promise<void> } = {},
): Slicer {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const pause = options.yield ?? yieldToEventLoop;
  return {
    async each(items, work, cancelled = () => false) {
      let sliceStart = now();
      let count = 0;
      for (const item of items) {
        work(item);
        // Reading the clock for every item would cost more than an item: every 8th.
        if ((++count & 7) === 0 && now() - sliceStart >= sliceMs) {
          await pause();
          if (cancelled()) return false;
          sliceStart = now();
        }
      }
      return !cancelled();
    },
  };
}
