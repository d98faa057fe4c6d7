// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CompanionState } from '../../../../electron/shared/contract';
import PopupPage from '../../../../renderer/src/popup/PopupPage.svelte';
import { installCompanion, makeCall, makeState, removeCompanion } from '../fake-companion';

beforeEach(() => {
  window.history.replaceState(null, '', '/popup.html?call=52');
});

afterEach(() => {
  cleanup();
  removeCompanion();
  window.history.replaceState(null, '', '/');
});

const lukas = makeCall({
  id: '52',
  remoteNumber: '0891234567',
  remoteDisplayNumber: '089 1234567',
  remoteName: 'Lukas Müller',
  contacts: [
    {
      key: 'global:7',
      source: 'global',
      displayName: 'Lukas Müller',
      organisation: 'Müller & Söhne GmbH',
      notes: 'Prefers mornings',
      labels: ['VIP'],
      numberKind: 'phone',
    },
    {
      key: 'global:8',
      source: 'global',
      displayName: 'Zentrale Müller',
      organisation: null,
      notes: null,
      labels: [],
      numberKind: 'phone',
    },
  ],
  previousCalls: { count: 3, missed: 1, days: 30, latestAtMs: [Date.UTC(2026, 10, 27, 13, 5)] },
});

function withCrm(state: CompanionState): CompanionState {
  return {
    ...state,
    calls: {
      ...state.calls,
      settings: { ...state.calls.settings, crmUrlTemplate: 'https://crm.example.com/?q={e164}' },
    },
  };
}

describe('the caller popup', () => {
  test('shows the phonebook entry: name, number for reading, organisation, label, notes, other matches, history', async () => {
    installCompanion(makeState({ calls: { live: [lukas] } }));
    render(PopupPage);
    expect((await screen.findByTestId('popup-name')).textContent).toBe('Lukas Müller');
    expect(screen.getByTestId('popup-number').textContent).toBe('089 1234567');
    expect(screen.getByTestId('popup-organisation').textContent).toBe('Müller & Söhne GmbH');
    expect(screen.getByTestId('popup-label').textContent).toBe('VIP');
    expect(screen.getByTestId('popup-notes').textContent).toBe('Prefers mornings');
    expect(screen.getByTestId('popup-more-matches').textContent?.trim()).toBe('Also: Zentrale Müller');
    expect(screen.getByTestId('popup-previous').textContent).toMatch(
      /^Called 3× in 30 days, last .+ \(1 unanswered\)$/,
    );
  });

  test('Answer, Open in CRM and Add contact send their commands for this call; Answer only while it rings', async () => {
    const companion = installCompanion(withCrm(makeState({ calls: { live: [lukas] } })));
    render(PopupPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Answer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Open Lukas Müller in the CRM' }));
    expect(companion.sent('calls/answer')).toEqual([{ callId: '52' }]);
    expect(companion.sent('calls/open-crm')).toEqual([{ callId: '52' }]);

    companion.push(
      withCrm(makeState({ calls: { live: [{ ...lukas, phase: 'connected', answeredAtMs: Date.now() }] } })),
    );
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Answer' })).toBeNull());
    expect(screen.getByTestId('popup-status').textContent).toMatch(/^Connected · 0:0\d$/);
  });

  test('a refused Answer says why in words, in a status region', async () => {
    const companion = installCompanion(makeState({ calls: { live: [lukas] } }));
    companion.respond('calls/answer', () => ({
      ok: false,
      error: { kind: 'unavailable', detail: 'calls-no-default-device' },
    }));
    render(PopupPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Answer' }));
    const message = await screen.findByTestId('popup-message');
    await waitFor(() => expect(message.textContent).toContain('The PBX has no default device for you'));
    expect(message.getAttribute('role')).toBe('status');
  });

  test('Copy number writes the number to the clipboard and says so', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    installCompanion(makeState({ calls: { live: [lukas] } }));
    render(PopupPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Copy the number 089 1234567' }));
    await waitFor(() => expect(screen.getByTestId('popup-message').textContent).toBe('Number copied.'));
    expect(copied).toEqual(['0891234567']);
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  test('Add contact opens a form prefilled from what is known and sends the new private entry', async () => {
    const companion = installCompanion(makeState({ calls: { live: [lukas] } }));
    render(PopupPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Add 089 1234567 to my contacts' }));
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('Lukas Müller');
    expect((screen.getByLabelText('Organisation') as HTMLInputElement).value).toBe('Müller & Söhne GmbH');
    await fireEvent.input(name, { target: { value: 'Lukas Müller (Einkauf)' } });
    await fireEvent.change(screen.getByLabelText('Number'), { target: { value: 'mobile' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(companion.sent('calls/add-contact')).toEqual([
      {
        number: '0891234567',
        displayName: 'Lukas Müller (Einkauf)',
        organisation: 'Müller & Söhne GmbH',
        numberKind: 'mobile',
      },
    ]);
    await waitFor(() => expect(screen.queryByLabelText('Name')).toBeNull());
  });

  test('a missed call shows as a card with Call back, which dials through the dial feature and closes the card', async () => {
    const companion = installCompanion(
      makeState({ calls: { missedCallCards: [{ call: lukas, endedAtMs: Date.UTC(2026, 10, 29, 8, 15) }] } }),
    );
    render(PopupPage);
    expect((await screen.findByTestId('missed-card')).textContent).toContain('Missed call');
    expect(screen.getAllByRole('status').map((region) => region.textContent?.trim())).toContain(
      'Missed call from Lukas Müller',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Call back Lukas Müller' }));
    expect(companion.sent('dial/number')).toEqual([{ target: '0891234567', source: 'popup' }]);
    await waitFor(() => expect(companion.sent('popup/dismiss')).toEqual([{ callId: '52' }]));
  });
});
