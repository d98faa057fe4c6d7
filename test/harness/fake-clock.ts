/**
 * A controllable `Clock` for tests: time moves only when the test says so, and `advance()` runs
 * every timer that falls due, letting promises settle between them (as real time would).
 */
import type { Clock, TimerHandle } from '../../electron/core/ports';

interface Timer {
  id: number;
  dueMs: number;
  callback: () => void;
}

export class FakeClock implements Clock {
  #nowMs: number;
  #monotonicMs = 0;
  #nextId = 1;
  readonly #timers = new Map<number, Timer>();

  constructor(startMs = Date.UTC(2026, 10, 29, 9, 0, 0)) {
    this.#nowMs = startMs;
  }

  now(): number {
    return this.#nowMs;
  }

  monotonicMs(): number {
    return this.#monotonicMs;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const id = this.#nextId++;
    this.#timers.set(id, { id, dueMs: this.#monotonicMs + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Delay until the next timer, or null when none is pending. */
  nextTimerInMs(): number | null {
    let next: number | null = null;
    for (const timer of this.#timers.values())
      next = next === null ? timer.dueMs : Math.min(next, timer.dueMs);
    return next === null ? null : next - this.#monotonicMs;
  }

  /** Move time forward by `ms`, firing due timers in order and settling promises after each. */
  async advance(ms: number): Promise<void> {
    const target = this.#monotonicMs + ms;
    for (;;) {
      await settle();
      const due = [...this.#timers.values()]
        .filter((timer) => timer.dueMs <= target)
        .sort((a, b) => a.dueMs - b.dueMs || a.id - b.id)[0];
      if (!due) break;
      this.#timers.delete(due.id);
      this.#nowMs += due.dueMs - this.#monotonicMs;
      this.#monotonicMs = due.dueMs;
      due.callback();
    }
    this.#nowMs += target - this.#monotonicMs;
    this.#monotonicMs = target;
    await settle();
  }

  /** A wall-clock jump without monotonic time passing (what a suspended machine looks like). */
  jumpWallClock(ms: number): void {
    this.#nowMs += ms;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
}
