// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import SettingsPage from '../../../../renderer/src/settings/SettingsPage.svelte';
import { installCompanion, removeCompanion } from '../fake-companion';
import { availabilityState, readyAvailability } from './availability-fixture';

afterEach(() => {
  cleanup();
  removeCompanion();
});

function pick(extension: string): HTMLInputElement {
  return document.querySelector(
    `[data-testid="switch-pick"][data-extension="${extension}"]`,
  ) as HTMLInputElement;
}

describe('availability settings', () => {
  test('lists the PBX switches and a picked one it no longer lists; picking saves the new list', async () => {
    const companion = installCompanion(availabilityState());
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Availability' }));
    await screen.findByTestId('availability-settings');
    expect(pick('*81').checked).toBe(true);
    expect(pick('*83').checked).toBe(false);
    expect(pick('*82').closest('label')?.textContent).toContain('Feiertag (no longer on the PBX)');
    await fireEvent.click(pick('*83'));
    await fireEvent.click(pick('*82'));
    expect(companion.sent('availability/update-settings')).toEqual([
      { pickedSwitches: ['*81', '*82', '*83'] },
      { pickedSwitches: ['*81'] },
    ]);
  });

  test('every automation is off by default; choosing a profile saves its id, Off saves null', async () => {
    const companion = installCompanion(availabilityState());
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Availability' }));
    const lock = (await screen.findByLabelText(/While the screen is locked/)) as HTMLSelectElement;
    for (const label of [/When the app quits/, /When the app starts/, /While the screen is locked/])
      expect((screen.getByLabelText(label) as HTMLSelectElement).value).toBe('');
    await fireEvent.change(lock, { target: { value: '2' } });
    const quit = screen.getByLabelText(/When the app quits/) as HTMLSelectElement;
    await fireEvent.change(quit, { target: { value: '' } });
    expect(companion.sent('availability/update-settings')).toEqual([
      { lockProfileId: 2 },
      { quitProfileId: null },
    ]);
  });

  test('a setting the core refuses goes back to what is stored and says why', async () => {
    const companion = installCompanion(availabilityState());
    companion.respond('availability/update-settings', () => ({ ok: false, error: { kind: 'internal' } }));
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Availability' }));
    const start = (await screen.findByLabelText(/When the app starts/)) as HTMLSelectElement;
    await fireEvent.change(start, { target: { value: '3' } });
    expect((await screen.findByText(/The setting could not be saved/)).getAttribute('role')).toBe('alert');
    await waitFor(() => expect(start.value).toBe(''));
  });

  test('a stored profile the PBX no longer lists stays visible as such; the last run is told', async () => {
    const view = readyAvailability();
    installCompanion(
      availabilityState({
        settings: { ...view.settings, quitProfileId: 9 },
        lastAutomation: { trigger: 'lock', outcome: 'skipped', reason: 'manual', profileId: 2, atMs: 0 },
      }),
    );
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Availability' }));
    const quit = (await screen.findByLabelText(/When the app quits/)) as HTMLSelectElement;
    expect(quit.value).toBe('9');
    expect(quit.selectedOptions[0]?.textContent).toBe('Profile 9 (no longer on the PBX)');
    expect(screen.getByTestId('automation-last').textContent).toBe(
      'Last: Screen locked: left your profile as it was (you had chosen another)',
    );
  });
});
