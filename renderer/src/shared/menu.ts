/** An item of a menu button's menu (MenuButton.svelte). */
import type { Component } from 'svelte';

export interface MenuItem {
  id: string;
  label: string;
  // biome-ignore lint/suspicious/noExplicitAny: any Lucide icon.
  icon?: Component<any>;
  onSelect: () => void;
}
