/**
 * Short messages that come and go at the bottom of a window: news ("Paused in all queues.")
 * disappears after a few seconds, an error stays until it is closed or replaced. A page creates
 * one host (`provideToasts`) and renders `Toasts.svelte`; its parts show messages with `useToasts`.
 * Words from the PBX never stand in a toast's text: they go into its details.
 */
import { getContext, setContext } from 'svelte';

/** How long news stays. */
export const toastLifetimeMs = 4000;

export interface ToastInput {
  kind: 'status' | 'success' | 'error';
  text: string;
  /** What the PBX itself said, shown folded under "Details". */
  details?: string | null;
  /** A second toast with the same topic replaces the first (the next dial attempt, the next queue action). */
  topic?: string;
  testId?: string;
}

export interface Toast extends ToastInput {
  id: number;
}

export class ToastHost {
  items = $state.raw<Toast[]>([]);
  #next = 1;
  readonly #timers = new Map<number, ReturnType<typeof setTimeout>>();
  readonly #lifetimeMs: number;

  constructor(lifetimeMs = toastLifetimeMs) {
    this.#lifetimeMs = lifetimeMs;
  }

  show(input: ToastInput): number {
    const id = this.#next++;
    const replaced = input.topic ? this.items.filter((toast) => toast.topic === input.topic) : [];
    for (const toast of replaced) this.#clear(toast.id);
    this.items = [...this.items.filter((toast) => !replaced.includes(toast)), { ...input, id }];
    if (input.kind !== 'error') {
      this.#timers.set(
        id,
        setTimeout(() => this.dismiss(id), this.#lifetimeMs),
      );
    }
    return id;
  }

  dismiss(id: number): void {
    this.#clear(id);
    this.items = this.items.filter((toast) => toast.id !== id);
  }

  /** Closes what a topic shows (its cause went away). */
  dismissTopic(topic: string): void {
    for (const toast of this.items.filter((item) => item.topic === topic)) this.dismiss(toast.id);
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  #clear(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
  }
}

const key = Symbol('toasts');

export function provideToasts(host: ToastHost): ToastHost {
  return setContext(key, host);
}

/** The page's toast host; a part rendered outside such a page (a test) gets one of its own. */
export function useToasts(): ToastHost {
  return getContext<ToastHost | undefined>(key) ?? new ToastHost();
}

/** Changes that happened before the page was looking are not news. */
export function isFresh(atMs: number, nowMs = Date.now()): boolean {
  return nowMs - atMs < toastLifetimeMs;
}
