// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import { installCompanion, removeCompanion } from '../fake-companion';
import { availabilityState, readyAvailability } from './availability-fixture';

afterEach(() => {
  cleanup();
  removeCompanion();
});

async function openStatusTab(): Promise<void> {
  await fireEvent.click(await screen.findByRole('tab', { name: 'Status' }));
  await screen.findByTestId('availability-tab');
}

describe('availability in the panel header', () => {
  test('names the active profile, asks the core to watch, and activates a profile from the menu', async () => {
    const companion = installCompanion(availabilityState());
    render(PanelPage);
    expect((await screen.findByTestId('active-profile')).textContent).toContain('Im Büro');
    expect(companion.sent('availability/watch').length).toBeGreaterThan(0);
    await fireEvent.click(screen.getByTestId('profile-menu'));
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((item) => item.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false']);
    await fireEvent.click(screen.getByRole('menuitemradio', { name: /Homeoffice/ }));
    expect(companion.sent('availability/activate-profile')).toEqual([{ profileId: 2 }]);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('profile-menu'));
  });

  test('the profile menu by keyboard: opens on the active one, arrows wrap, Escape returns focus', async () => {
    installCompanion(availabilityState());
    render(PanelPage);
    const button = await screen.findByTestId('profile-menu');
    await fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = await screen.findAllByRole('menuitemradio');
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    await fireEvent.keyDown(items[0] as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    await fireEvent.keyDown(items[2] as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test('an active profile the PBX no longer lists says so', async () => {
    const view = readyAvailability();
    installCompanion(
      availabilityState({ profiles: { ...view.profiles, activeId: 9, activeVanished: true } }),
    );
    render(PanelPage);
    expect((await screen.findByTestId('active-profile')).textContent).toContain('No longer on the PBX');
    await openStatusTab();
    expect(screen.getByTestId('profile-vanished').textContent).toBe(
      'Your active profile is no longer on the PBX.',
    );
  });

  test('an active forward shows in the header with its words for screen readers, and stops from there', async () => {
    const view = readyAvailability();
    const companion = installCompanion(
      availabilityState({
        forward: { ...view.forward, target: '221', display: '221', targetName: 'Käthe Groß-Übermann' },
      }),
    );
    render(PanelPage);
    const banner = await screen.findByTestId('forward-banner');
    expect(banner.textContent).toContain('Calls forwarded to Käthe Groß-Übermann (221)');
    await fireEvent.click(within(banner).getByRole('button', { name: 'Stop forwarding' }));
    expect(companion.sent('availability/clear-forward')).toEqual([{}]);
  });

  test('no forward, no banner; a forward on its way disables Stop', async () => {
    const view = readyAvailability();
    const companion = installCompanion(availabilityState());
    render(PanelPage);
    await screen.findByTestId('active-profile');
    expect(screen.queryByTestId('forward-banner')).toBeNull();
    companion.push(
      availabilityState({
        forward: { ...view.forward, target: '0895551234', display: '089 5551234', pending: 'clear' },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('forward-stop').hasAttribute('disabled')).toBe(true));
  });

  test("a forward to the agent's own mobile is named so", async () => {
    const view = readyAvailability();
    installCompanion(
      availabilityState({
        forward: { ...view.forward, target: '01605550221', display: '0160 5550221', toMobile: true },
      }),
    );
    render(PanelPage);
    expect((await screen.findByTestId('forward-banner')).textContent).toContain(
      'Calls forwarded to your mobile (0160 5550221)',
    );
  });
});

describe('availability in the Status tab', () => {
  test('forwards to exactly what was typed; a refusal is shown as an alert and the field is kept', async () => {
    const companion = installCompanion(availabilityState());
    companion.respond('availability/forward', () => ({
      ok: false,
      error: { kind: 'invalid-input', detail: 'forward-not-a-number' },
    }));
    render(PanelPage);
    await openStatusTab();
    const field = screen.getByLabelText('Forward to') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: 'Hausmeister bitte' } });
    await fireEvent.click(screen.getByTestId('forward-submit'));
    expect(companion.sent('availability/forward')).toEqual([{ target: 'Hausmeister bitte' }]);
    const problem = await screen.findByTestId('forward-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toBe('This is not a phone number. Nothing was sent.');
    expect(field.value).toBe('Hausmeister bitte');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  test('a quick target sends its number; an accepted forward empties the field', async () => {
    const companion = installCompanion(availabilityState());
    render(PanelPage);
    await openStatusTab();
    await fireEvent.click(screen.getByRole('button', { name: 'My mobile (0160 5550221)' }));
    expect(companion.sent('availability/forward')).toEqual([{ target: '01605550221' }]);
    const field = screen.getByLabelText('Forward to') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: '089 555 12 34' } });
    await fireEvent.click(screen.getByTestId('forward-submit'));
    await waitFor(() => expect(field.value).toBe(''));
  });

  test('letters in the target search colleagues; picking one forwards to their extension', async () => {
    const companion = installCompanion(availabilityState());
    companion.respond('availability/find-colleagues', () => ({
      ok: true,
      value: [{ username: 'kgross', displayName: 'Käthe Groß', extension: '221' }],
    }));
    render(PanelPage);
    await openStatusTab();
    await fireEvent.input(screen.getByLabelText('Forward to'), { target: { value: 'Käth' } });
    const colleague = await screen.findByRole('button', { name: 'Käthe Groß, extension 221' });
    expect(companion.sent('availability/find-colleagues')).toEqual([{ query: 'Käth' }]);
    await fireEvent.click(colleague);
    expect(companion.sent('availability/forward')).toEqual([{ target: '221' }]);
  });

  test('digits search nobody', async () => {
    const companion = installCompanion(availabilityState());
    render(PanelPage);
    await openStatusTab();
    await fireEvent.input(screen.getByLabelText('Forward to'), { target: { value: '0895551234' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(companion.sent('availability/find-colleagues')).toEqual([]);
  });

  test('shows where the agent is; relocates and logs out', async () => {
    const companion = installCompanion(availabilityState());
    render(PanelPage);
    await openStatusTab();
    expect(screen.getByTestId('location-current').textContent?.trim()).toBe('You are logged in at Empfang.');
    const south = screen.getAllByTestId('location-row')[1] as HTMLElement;
    expect(south.textContent).toContain('now: Käthe Groß');
    await fireEvent.click(within(south).getByRole('button', { name: 'Log in at Besprechungsraum Süd' }));
    expect(companion.sent('availability/relocate')).toEqual([{ locationId: 11 }]);
    await fireEvent.click(screen.getByRole('button', { name: 'Log out of Empfang' }));
    expect(companion.sent('availability/leave-location')).toEqual([{}]);
  });

  test('a switch is toggled only after the agent confirms; Cancel sends nothing and returns focus', async () => {
    const companion = installCompanion(availabilityState());
    render(PanelPage);
    await openStatusTab();
    const [night, holiday] = screen.getAllByTestId('switch-row') as HTMLElement[];
    const toggle = within(night as HTMLElement).getByRole('button', { name: 'Turn on' });
    await fireEvent.click(toggle);
    const confirm = await screen.findByTestId('switch-confirm');
    expect(confirm.textContent).toContain('Turn on "Nachtschaltung"? Extension switches change how calls');
    await fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(companion.sent('availability/set-switch')).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(toggle));

    await fireEvent.click(toggle);
    await fireEvent.click(await screen.findByTestId('switch-confirm-yes'));
    expect(companion.sent('availability/set-switch')).toEqual([
      { extension: '*81', on: true, confirmed: true },
    ]);
    // A picked switch the PBX no longer lists says so and cannot be toggled.
    expect(holiday?.textContent).toContain('No longer on the PBX');
    expect(
      within(holiday as HTMLElement)
        .getByRole('button')
        .hasAttribute('disabled'),
    ).toBe(true);
  });

  test('a refused switch: the previous state stays and the PBX says why, as an alert', async () => {
    const view = readyAvailability();
    installCompanion(
      availabilityState({
        lastOutcome: {
          id: 3,
          action: 'set-switch',
          ok: false,
          subject: 'Nachtschaltung',
          error: { kind: 'forbidden', pbxMessage: 'switch locked by admin' },
          atMs: 0,
        },
        switches: view.switches,
      }),
    );
    render(PanelPage);
    await openStatusTab();
    const outcome = screen.getByTestId('availability-outcome');
    expect(outcome.getAttribute('role')).toBe('alert');
    expect(outcome.textContent).toContain('"Nachtschaltung" not done:');
    expect(outcome.textContent).toContain('The PBX says: “switch locked by admin”');
    expect(screen.getAllByTestId('switch-row')[0]?.textContent).toContain('Off');
  });

  test('a control the PBX refuses to this API user is hidden with the reason', async () => {
    const view = readyAvailability();
    installCompanion(
      availabilityState({
        location: { ...view.location, status: 'hidden', hiddenReason: 'forbidden' },
        switches: { ...view.switches, status: 'hidden', hiddenReason: 'not-offered' },
      }),
    );
    render(PanelPage);
    await openStatusTab();
    expect(screen.getByTestId('location-section').textContent).toContain(
      'Not shown: the PBX does not allow this API user to read it.',
    );
    expect(screen.queryByTestId('location-relocate')).toBeNull();
    expect(screen.getByTestId('switch-section').textContent).toContain(
      'Not shown: this PBX does not offer it.',
    );
    expect(screen.queryByTestId('switch-toggle')).toBeNull();
  });

  test('German: the header and the tab speak German', async () => {
    const view = readyAvailability();
    const state = availabilityState({
      forward: { ...view.forward, target: '0895551234', display: '089 5551234' },
    });
    installCompanion({ ...state, app: { ...state.app, language: 'de' } });
    render(PanelPage);
    expect((await screen.findByTestId('forward-banner')).textContent).toContain(
      'Anrufe umgeleitet auf 089 5551234',
    );
    await fireEvent.click(await screen.findByRole('tab', { name: 'Status' }));
    expect((await screen.findByTestId('forward-state')).textContent).toBe('Umgeleitet auf 089 5551234');
    expect(screen.getAllByRole('button', { name: 'Umleitung beenden' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Am Standort Besprechungsraum Süd anmelden' })).toBeTruthy();
  });
});

describe('what the panel asks of the core', () => {
  test('watch at once, renewed every 15 s while shown; a hidden panel renews nothing until shown again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    try {
      const companion = installCompanion(availabilityState());
      render(PanelPage);
      await screen.findByTestId('active-profile');
      const watched = () => companion.sent('availability/watch').length;
      const first = watched();
      expect(first).toBeGreaterThan(0);
      vi.advanceTimersByTime(15_000);
      expect(watched()).toBe(first + 1);
      visibility.mockReturnValue('hidden');
      vi.advanceTimersByTime(60_000);
      expect(watched()).toBe(first + 1);
      visibility.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(watched()).toBe(first + 2);
    } finally {
      visibility.mockRestore();
      vi.useRealTimers();
    }
  });
});
