/** An item of a menu button's menu (MenuButton.svelte). */
import type { Component } from 'svelte';

export interface MenuItem {
  id: string;
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: any Lucide icon.
  icon?: Component<any>;
  /** Set on every item of a choose-one menu (profiles): a `menuitemradio`, the chosen one checked. */
  checked?: boolean;
  /** A tooltip with the whole text, where a PBX-given name may be cut off. */
  title?: string;
  /** Defaults to `menu-item-<id>`. */
  testId?: string;
  onSelect: () => void;
}

/**
 * Where the keyboard goes when the menu opens: the chosen item of a choose-one menu (so the
 * current choice is where the user starts), else the first (`from` 0) or the last (`from` -1).
 */
export function openingIndex(items: readonly MenuItem[], from: 0 | -1): number {
  const checked = items.findIndex((item) => item.checked === true);
  if (from === 0 && checked >= 0) return checked;
  return (from + items.length) % Math.max(items.length, 1);
}

/** The item a key moves to from `index` (arrows wrap, Home/End jump), or null for other keys. */
export function movedIndex(key: string, index: number, count: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: (index + 1) % count,
    ArrowUp: (index - 1 + count) % count,
    Home: 0,
    End: count - 1,
  };
  return moves[key] ?? null;
}
