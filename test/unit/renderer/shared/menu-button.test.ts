// @vitest-environment jsdom
/**
 * The app's one menu button (popup and voicemail overflow, pause reasons, profiles), by keyboard
 * as the WAI-ARIA menu button pattern has it, and the two kinds it comes in: an icon-only button
 * with plain items, and a labelled button over a choose-one menu.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import MenuButton from '../../../../renderer/src/shared/MenuButton.svelte';
import type { MenuItem } from '../../../../renderer/src/shared/menu';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function itemsChosenInto(chosen: string[], names: string[], checked?: string): MenuItem[] {
  return names.map((name) => ({
    id: name,
    label: name,
    ...(checked === undefined ? {} : { checked: name === checked }),
    onSelect: () => chosen.push(name),
  }));
}

function renderMore(chosen: string[] = []) {
  render(MenuButton, {
    label: 'More actions for the voicemail from Sabine Weiß',
    items: itemsChosenInto(chosen, ['Mark as heard', 'Forward', 'Delete']),
  });
  return screen.getByRole('button', { name: 'More actions for the voicemail from Sabine Weiß' });
}

const focused = () => document.activeElement?.textContent?.trim();

describe('the menu button', () => {
  test.each(['Enter', ' ', 'ArrowDown'])('%o opens the menu on its first item', async (key) => {
    const button = renderMore();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.keyDown(button, { key });
    const menu = await screen.findByRole('menu', { name: 'More actions for the voicemail from Sabine Weiß' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    await waitFor(() => expect(focused()).toBe('Mark as heard'));
  });

  test('ArrowUp opens it on the last item; arrows wrap, Home and End jump', async () => {
    const button = renderMore();
    await fireEvent.keyDown(button, { key: 'ArrowUp' });
    await waitFor(() => expect(focused()).toBe('Delete'));
    const press = (key: string) => fireEvent.keyDown(document.activeElement as HTMLElement, { key });
    await press('ArrowDown');
    expect(focused()).toBe('Mark as heard');
    await press('ArrowUp');
    expect(focused()).toBe('Delete');
    await press('ArrowUp');
    expect(focused()).toBe('Forward');
    await press('Home');
    expect(focused()).toBe('Mark as heard');
    await press('End');
    expect(focused()).toBe('Delete');
  });

  test('Escape closes the menu and gives the focus back; Tab closes it and lets the focus go on', async () => {
    const button = renderMore();
    await fireEvent.keyDown(button, { key: 'Enter' });
    await waitFor(() => expect(focused()).toBe('Mark as heard'));
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    await fireEvent.keyDown(button, { key: 'Enter' });
    await waitFor(() => expect(focused()).toBe('Mark as heard'));
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
    // The browser moves the focus on from where it was: the button does not take it back.
    expect(document.activeElement).not.toBe(button);
  });

  test('choosing an item (click or Enter) runs it once, closes the menu and returns the focus', async () => {
    const chosen: string[] = [];
    const button = renderMore(chosen);
    await fireEvent.click(button);
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Forward' }));
    expect(chosen).toEqual(['Forward']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    // A click on the open menu's button closes it without choosing.
    await fireEvent.click(button);
    expect(screen.getByRole('menu')).toBeTruthy();
    await fireEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(chosen).toEqual(['Forward']);
  });

  test('the focus leaving the menu for elsewhere closes it', async () => {
    const button = renderMore();
    const outside = document.body.appendChild(document.createElement('button'));
    await fireEvent.keyDown(button, { key: 'Enter' });
    const item = await screen.findByRole('menuitem', { name: 'Forward' });
    await fireEvent.focusOut(item, { relatedTarget: outside });
    expect(screen.queryByRole('menu')).toBeNull();
    outside.remove();
  });

  test('an icon-only button with nothing to offer is left out', () => {
    render(MenuButton, { label: 'More actions', items: [] });
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('near the window’s bottom edge the menu opens upwards', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const rect = this.getAttribute('role') === 'menu' ? { top: 0, bottom: 120 } : { top: 700, bottom: 730 };
      return {
        ...rect,
        height: rect.bottom - rect.top,
        left: 0,
        right: 0,
        width: 0,
        x: 0,
        y: rect.top,
      } as DOMRect;
    });
    const button = renderMore();
    await fireEvent.click(button);
    const menu = screen.getByRole('menu');
    await waitFor(() => expect(menu.classList.contains('up')).toBe(true));
  });

  test('a menu lined up with the button’s start that would run past the window’s side lines up with its end', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const [left, right] = this.getAttribute('role') === 'menu' ? [900, 1100] : [900, 1000];
      return { left, right, width: right - left, top: 0, bottom: 30, height: 30, x: left, y: 0 } as DOMRect;
    });
    render(MenuButton, {
      label: 'Availability profiles',
      items: itemsChosenInto([], ['Im Büro']),
      align: 'start',
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Availability profiles' }));
    const menu = screen.getByRole('menu');
    await waitFor(() => expect(menu.classList.contains('start')).toBe(false));
    expect(window.innerWidth).toBeLessThan(1100);
  });

  test('with room below it opens downwards', async () => {
    const button = renderMore();
    await fireEvent.click(button);
    await waitFor(() => expect(focused()).toBe('Mark as heard'));
    expect(screen.getByRole('menu').classList.contains('up')).toBe(false);
    expect(screen.getByRole('menu').classList.contains('start')).toBe(false);
  });

  test('with room at its side a menu asked to line up with the start does', async () => {
    render(MenuButton, {
      label: 'Availability profiles',
      items: itemsChosenInto([], ['Im Büro']),
      align: 'start',
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Availability profiles' }));
    await waitFor(() => expect(focused()).toBe('Im Büro'));
    expect(screen.getByRole('menu').classList.contains('start')).toBe(true);
  });
});

describe('a labelled menu button over a choose-one menu', () => {
  const trigger = createRawSnippet(() => ({ render: () => '<span>Profile: Homeoffice</span>' }));

  function renderProfiles(options: { disabled?: boolean; names?: string[] } = {}) {
    const chosen: string[] = [];
    render(MenuButton, {
      label: 'Availability profiles',
      items: itemsChosenInto(chosen, options.names ?? ['Im Büro', 'Homeoffice', 'Urlaub'], 'Homeoffice'),
      trigger,
      disabled: options.disabled ?? false,
      testId: 'profile-menu',
    });
    return { chosen, button: screen.getByTestId('profile-menu') };
  }

  test('the button is named by what it shows; the menu by its label; the chosen item is checked', async () => {
    const { button } = renderProfiles();
    expect(button.getAttribute('aria-label')).toBeNull();
    expect(screen.getByRole('button', { name: 'Profile: Homeoffice' })).toBe(button);
    await fireEvent.click(button);
    const menu = screen.getByRole('menu', { name: 'Availability profiles' });
    const items = [...menu.querySelectorAll('[role="menuitemradio"]')];
    expect(items.map((item) => [item.textContent?.trim(), item.getAttribute('aria-checked')])).toEqual([
      ['Im Büro', 'false'],
      ['Homeoffice', 'true'],
      ['Urlaub', 'false'],
    ]);
    expect(screen.queryAllByRole('menuitem')).toEqual([]);
  });

  test('opening starts on the chosen item; ArrowUp still starts on the last', async () => {
    const { button, chosen } = renderProfiles();
    await fireEvent.keyDown(button, { key: 'ArrowDown' });
    await waitFor(() => expect(focused()).toBe('Homeoffice'));
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    expect(focused()).toBe('Urlaub');
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    await fireEvent.keyDown(button, { key: 'ArrowUp' });
    await waitFor(() => expect(focused()).toBe('Urlaub'));
    await fireEvent.click(document.activeElement as HTMLElement);
    expect(chosen).toEqual(['Urlaub']);
  });

  test('disabled, or with nothing to choose, the button still shows the state but does not open', async () => {
    const { button } = renderProfiles({ disabled: true });
    expect(button.hasAttribute('disabled')).toBe(true);
    await fireEvent.keyDown(button, { key: 'Enter' });
    await fireEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    cleanup();
    const empty = renderProfiles({ names: [] });
    expect(screen.getByRole('button', { name: 'Profile: Homeoffice' })).toBe(empty.button);
    expect(empty.button.hasAttribute('disabled')).toBe(true);
  });
});
