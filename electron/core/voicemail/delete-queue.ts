/**
 * Deletes with undo: a delete waits a few seconds before anything is sent, so "Undo" never has
 * to bring a message back from the PBX (which cannot). Timers run on the injected clock.
 */
import type { Clock, TimerHandle } from '../ports';

export const DELETE_UNDO_MS = 5000;

export interface PendingDelete {
  key: string;
  sendAtMs: number;
}

export interface DeleteQueueOptions {
  clock: Clock;
  undoMs?: number;
  /** The undo time is over: delete it on the PBX now. */
  send(key: string): void;
  onChange(pending: PendingDelete[]): void;
}

export class DeleteQueue {
  readonly #o: DeleteQueueOptions;
  readonly #pending = new Map<string, { sendAtMs: number; timer: TimerHandle }>();

  constructor(options: DeleteQueueOptions) {
    this.#o = options;
  }

  get keys(): ReadonlySet<string> {
    return new Set(this.#pending.keys());
  }

  get pending(): PendingDelete[] {
    return [...this.#pending].map(([key, { sendAtMs }]) => ({ key, sendAtMs }));
  }

  /** Idempotent: deleting twice keeps the first deadline. */
  schedule(key: string): number {
    const existing = this.#pending.get(key);
    if (existing) return existing.sendAtMs;
    const delayMs = this.#o.undoMs ?? DELETE_UNDO_MS;
    const sendAtMs = this.#o.clock.now() + delayMs;
    const timer = this.#o.clock.setTimeout(() => {
      this.#pending.delete(key);
      this.#o.onChange(this.pending);
      this.#o.send(key);
    }, delayMs);
    this.#pending.set(key, { sendAtMs, timer });
    this.#o.onChange(this.pending);
    return sendAtMs;
  }

  /** True when the delete was still waiting (nothing was sent). */
  undo(key: string): boolean {
    const entry = this.#pending.get(key);
    if (!entry) return false;
    this.#o.clock.clearTimeout(entry.timer);
    this.#pending.delete(key);
    this.#o.onChange(this.pending);
    return true;
  }

  /** Drops every waiting delete without sending it; returns their keys. */
  cancelAll(): string[] {
    const keys = [...this.#pending.keys()];
    for (const { timer } of this.#pending.values()) this.#o.clock.clearTimeout(timer);
    this.#pending.clear();
    if (keys.length > 0) this.#o.onChange([]);
    return keys;
  }
}
