/** A tab of a tab bar (TabBar.svelte), with an optional count on it. */
import type { Component } from 'svelte';

export interface TabBadge {
  count: number;
  /** Read after the label by screen readers: "3 missed". */
  label: string;
  /** `alert` (missed calls, new voicemail) stands out; `info` (callers waiting) less so. */
  tone: 'alert' | 'info';
}

export interface Tab {
  id: string;
  /** Short: the tab bar has room for five tabs at 360 px in German. */
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: any Lucide icon (their props differ only in detail).
  icon?: Component<any> | undefined;
  badge?: TabBadge | null | undefined;
}
