import { type Component, mount } from 'svelte';

/** Mounts a page's root component into `#app`, the one element every page's HTML provides. */
export function mountPage(page: Component): void {
  const target = document.getElementById('app');
  if (target) mount(page, { target });
}
