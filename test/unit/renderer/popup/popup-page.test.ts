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
      /^Called 3× in 30 days · last .+ · 1 unanswered$/,
    );
  });

  test('Answer, Open in CRM and Add contact send their commands for this call; Answer only while it rings', async () => {
    const companion = installCompanion(withCrm(makeState({ calls: { live: [lukas] } })));
    render(PopupPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Answer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Open in CRM' }));
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
    await fireEvent.click(await screen.findByRole('button', { name: 'More actions' }));
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Copy number' }));
    await waitFor(() => expect(screen.getByTestId('popup-message').textContent).toBe('Number copied.'));
    expect(copied).toEqual(['0891234567']);
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  test('Add contact opens a form prefilled from what is known and sends the new private entry', async () => {
    const companion = installCompanion(makeState({ calls: { live: [lukas] } }));
    render(PopupPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'More actions' }));
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Add to contacts' }));
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

  test('every missed call is a row of one summary: latest first, repeats as "2×", Call back per row, Dismiss all', async () => {
    window.history.replaceState(null, '', '/popup.html?call=missed');
    const sabine = makeCall({
      id: '60',
      remoteNumber: '01721234567',
      remoteDisplayNumber: '0172 1234567',
      remoteName: 'Sabine Weiß',
    });
    const companion = installCompanion(
      makeState({
        calls: {
          missedCallCards: [
            { call: { ...sabine, id: '58' }, endedAtMs: Date.UTC(2026, 10, 29, 8, 1) },
            { call: lukas, endedAtMs: Date.UTC(2026, 10, 29, 8, 5) },
            { call: sabine, endedAtMs: Date.UTC(2026, 10, 29, 8, 15) },
          ],
        },
      }),
    );
    render(PopupPage);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('3 missed calls');
    const rows = screen.getAllByTestId('missed-row');
    expect(rows.map((row) => row.querySelector('[data-testid="popup-name"]')?.textContent)).toEqual([
      'Sabine Weiß',
      'Lukas Müller',
    ]);
    expect(rows[0]?.textContent).toContain('2×');
    await fireEvent.click(screen.getByRole('button', { name: 'Call back Sabine Weiß' }));
    expect(companion.sent('dial/number')).toEqual([{ target: '01721234567', source: 'popup' }]);
    // Called back: both of her calls leave the card.
    await waitFor(() =>
      expect(companion.sent('popup/dismiss')).toEqual([{ callId: '60' }, { callId: '58' }]),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(companion.sent('popup/dismiss').at(-1)).toEqual({ callId: 'missed' });
  });

  test('with two calls ringing, Answer claims no caller: the phone picks which call it answers', async () => {
    const other = makeCall({ id: '53', remoteName: 'Sabine Weiß' });
    const companion = installCompanion(makeState({ calls: { live: [lukas, other] } }));
    render(PopupPage);
    const answer = await screen.findByRole('button', { name: 'Answer on phone' });
    expect(screen.getByTestId('popup-several').textContent).toBe(
      '2 calls are ringing: your phone picks which one it answers.',
    );
    expect(answer.getAttribute('aria-describedby')).toBe(screen.getByTestId('popup-several').id);
    // Decline names no call either: not offered while another call is live.
    expect(screen.queryByRole('button', { name: 'Decline' })).toBeNull();
    await fireEvent.click(answer);
    expect(companion.sent('calls/answer')).toEqual([{ callId: '52' }]);
  });

  test('when the phone took the other caller, the clicked popup says so loudly and never shows itself answered', async () => {
    const other = makeCall({ id: '53', remoteName: 'Sabine Weiß' });
    const state = makeState({
      calls: {
        live: [lukas, { ...other, phase: 'connected', answeredAtMs: Date.now() }],
        answer: {
          requestedCallId: '52',
          ringingCallIds: ['52', '53'],
          atMs: Date.now(),
          status: 'other',
          connectedCallId: '53',
        },
      },
    });
    installCompanion(state);
    render(PopupPage);
    const problem = await screen.findByTestId('popup-answer-problem');
    expect(problem.textContent).toBe(
      'Your phone answered Sabine Weiß instead. This caller is still ringing.',
    );
    expect(screen.getByTestId('popup-answer-alert').getAttribute('aria-live')).toBe('assertive');
    expect(screen.getByTestId('popup-answer-alert').textContent).toBe(problem.textContent);
    expect(screen.queryByTestId('popup-status')).toBeNull();
  });

  test('Decline is offered for the one call ringing on a device that can hang up; for a queue call it says the queue goes on', async () => {
    const queued = { ...lukas, queueName: 'Support' };
    const base = makeState({ calls: { live: [queued] } });
    const companion = installCompanion({
      ...base,
      dial: {
        ...base.dial,
        defaultDevice: {
          name: 'Softphone',
          label: 'Softphone',
          typeName: null,
          capabilities: ['dial', 'hangup'],
        },
      },
    });
    render(PopupPage);
    const decline = await screen.findByRole('button', { name: 'Decline' });
    const note = document.getElementById(decline.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe('Declining passes the call to the next agent in the queue.');
    await fireEvent.click(decline);
    expect(companion.sent('calls/decline')).toEqual([{ callId: '52' }]);
  });
});
