// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompanionState } from '../../../../electron/shared/contract';
import { acceleratorFromKeyPress, formatAccelerator } from '../../../../renderer/src/hotkeys/accelerators';
import SettingsPage from '../../../../renderer/src/settings/SettingsPage.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

/** The settings window shows one tab at a time. */
async function openTab(name: string): Promise<void> {
  await fireEvent.click(await screen.findByRole('tab', { name }));
}

function hotkeys(overrides: Partial<CompanionState['hotkeys']> = {}): CompanionState['hotkeys'] {
  return {
    available: true,
    suspended: false,
    wayland: false,
    bindings: [
      {
        action: 'dial-selection',
        accelerator: 'Control+Alt+Shift+D',
        defaultAccelerator: 'Control+Alt+Shift+D',
        status: 'active',
        conflictWith: null,
      },
      {
        action: 'answer',
        accelerator: 'Control+Alt+Shift+H',
        defaultAccelerator: 'Control+Alt+Shift+A',
        status: 'conflict',
        conflictWith: 'hang-up',
      },
      {
        action: 'hang-up',
        accelerator: 'Control+Alt+Shift+H',
        defaultAccelerator: 'Control+Alt+Shift+H',
        status: 'unavailable',
        conflictWith: null,
      },
      {
        action: 'toggle-pause',
        accelerator: null,
        defaultAccelerator: 'Control+Alt+Shift+P',
        status: 'off',
        conflictWith: null,
      },
      {
        action: 'show-panel',
        accelerator: 'Control+Alt+Shift+C',
        defaultAccelerator: 'Control+Alt+Shift+C',
        status: 'unverified',
        conflictWith: null,
      },
    ],
    ...overrides,
  };
}

const withHotkeys = (view: CompanionState['hotkeys'], dial: Partial<CompanionState['dial']> = {}) =>
  makeState({ dial, hotkeys: view });

describe('hotkey settings', () => {
  test('show each shortcut for this platform and what the desktop made of it', async () => {
    installCompanion(withHotkeys(hotkeys({ wayland: true })));
    render(SettingsPage);
    await openTab('Shortcuts');
    const rows = await screen.findAllByTestId('hotkey');
    const read = (index: number) => {
      const row = rows[index] as HTMLElement;
      const field = within(row).getByTestId('hotkey-field') as HTMLInputElement;
      return [field.value, within(row).getByTestId('hotkey-status').textContent];
    };
    expect(read(0)).toEqual(['Ctrl+Alt+Shift+D', 'Active']);
    expect(read(1)).toEqual(['Ctrl+Alt+Shift+H', 'Already used for: Hang up']);
    expect(read(2)).toEqual(['Ctrl+Alt+Shift+H', 'Taken by another app or not supported by the desktop']);
    expect(read(3)).toEqual(['Off', 'Off']);
    expect(read(4)).toEqual(['Ctrl+Alt+Shift+C', 'Registered; works once your desktop confirms it']);
    expect(screen.getByTestId('hotkeys-wayland').textContent).toContain('pascom-companion --dial');
    expect(screen.getByLabelText('Shortcut for: Hang up').getAttribute('aria-invalid')).toBe('true');
  });

  test('a key press in the field sets the shortcut; Backspace switches it off; Default resets it', async () => {
    const companion = installCompanion(withHotkeys(hotkeys()));
    render(SettingsPage);
    await openTab('Shortcuts');
    const field = await screen.findByLabelText('Shortcut for: Answer the ringing call');
    await fireEvent.keyDown(field, { key: 'Control', code: 'ControlLeft', ctrlKey: true });
    await fireEvent.keyDown(field, { key: 'a', code: 'KeyA', ctrlKey: true, altKey: true });
    await fireEvent.keyDown(field, { key: 'Backspace', code: 'Backspace' });
    expect(companion.sent('hotkeys/set')).toEqual([
      { action: 'answer', accelerator: 'Control+Alt+A' },
      { action: 'answer', accelerator: null },
    ]);
    const row = field.closest('li') as HTMLElement;
    await fireEvent.click(within(row).getByRole('button', { name: 'Default' }));
    expect(companion.sent('hotkeys/reset')).toEqual([{ action: 'answer' }]);
  });

  test('suspended shortcuts can be resumed from the settings too', async () => {
    const companion = installCompanion(withHotkeys(hotkeys({ suspended: true })));
    render(SettingsPage);
    await openTab('Shortcuts');
    await fireEvent.click(await screen.findByRole('button', { name: 'Resume shortcuts' }));
    expect(companion.sent('hotkeys/suspend')).toEqual([{ suspended: false }]);
  });

  test('the link and hotkey confirmations and the remembered device are settings of their own', async () => {
    const companion = installCompanion(
      withHotkeys(hotkeys(), {
        settings: { confirmLinks: true, confirmHotkeyDials: true, preferredDevice: 'Yealink T54W [Anna]' },
        devices: [
          { name: 'Yealink T54W [Anna]', label: 'Desk phone', typeName: null, capabilities: ['dial'] },
        ],
      }),
    );
    render(SettingsPage);
    await openTab('Calls');
    const section = await screen.findByTestId('dial-settings');
    expect(section.textContent).toContain('Device when there is no default device: Desk phone');
    await fireEvent.click(within(section).getByRole('checkbox', { name: /calling a link from another app/ }));
    const hotkeyCheck = within(section).getByRole('checkbox', { name: /what the dial shortcut read/ });
    expect((hotkeyCheck as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(hotkeyCheck);
    await fireEvent.click(within(section).getByRole('button', { name: 'Forget this device' }));
    await waitFor(() =>
      expect(companion.sent('dial/update-settings')).toEqual([
        { confirmLinks: false },
        { confirmHotkeyDials: false },
        { preferredDevice: null },
      ]),
    );
  });
});

describe('accelerators in the renderer', () => {
  test('a key press becomes an accelerator by key position, modifiers per platform', () => {
    const press = { key: 'z', code: 'KeyZ', ctrlKey: true, altKey: false, shiftKey: true, metaKey: false };
    expect(acceleratorFromKeyPress(press, 'linux')).toBe('Control+Shift+Z');
    expect(acceleratorFromKeyPress({ ...press, ctrlKey: false, metaKey: true }, 'darwin')).toBe(
      'Command+Shift+Z',
    );
    expect(acceleratorFromKeyPress({ ...press, ctrlKey: false, metaKey: true }, 'win32')).toBe(
      'Shift+Super+Z',
    );
    expect(
      acceleratorFromKeyPress({ ...press, key: 'F9', code: 'F9', ctrlKey: false, shiftKey: false }, 'linux'),
    ).toBe('F9');
    expect(acceleratorFromKeyPress({ ...press, key: 'Shift', code: 'ShiftLeft' }, 'linux')).toBeNull();
    expect(acceleratorFromKeyPress({ ...press, key: '+', code: 'NumpadAdd' }, 'linux')).toBe(
      'Control+Shift+numadd',
    );
  });

  test('shortcuts read as the platform writes them', () => {
    expect(formatAccelerator('Control+Alt+Shift+D', 'linux')).toBe('Ctrl+Alt+Shift+D');
    expect(formatAccelerator('Command+Alt+Shift+D', 'darwin')).toBe('⌘⌥⇧D');
    expect(formatAccelerator('CommandOrControl+Plus', 'win32')).toBe('Ctrl++');
    expect(formatAccelerator('Super+F5', 'win32')).toBe('Win+F5');
  });
});
