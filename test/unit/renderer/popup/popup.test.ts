// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import PopupPage from '../../../../renderer/src/popup/PopupPage.svelte';
import { installCompanion, makeCall, makeState, removeCompanion } from '../fake-companion';

beforeEach(() => {
  // A popup window opened for its call is `popup.html?call=<id>`; a spare that took a call is
  // `popup.html#call=<id>` (see the tests at the end).
  window.history.replaceState(null, '', '/popup.html?call=4711%2F2');
});

afterEach(() => {
  cleanup();
  removeCompanion();
  window.history.replaceState(null, '', '/');
});

describe('caller popup', () => {
  test('shows the caller of its own call, the number and the queue, and announces them', async () => {
    installCompanion(
      makeState({
        calls: {
          live: [
            makeCall({ id: '1000', remoteName: 'Someone Else', remoteNumber: '+4930111' }),
            makeCall({
              id: '4711/2',
              remoteName: 'Max Mustermann',
              remoteNumber: '+49891234567',
              queueName: 'Support',
            }),
          ],
        },
      }),
    );
    render(PopupPage);

    expect((await screen.findByTestId('popup-name')).textContent).toBe('Max Mustermann');
    expect(screen.getByTestId('popup-number').textContent).toBe('+49891234567');
    // The queue once, as a chip (the words "via queue" only in its tooltip).
    expect(screen.getByTestId('popup-queue').textContent?.trim()).toBe('Queue: Support');
    expect(screen.getByTestId('popup-queue').title).toBe('via queue Support');
    const announcement = screen.getByRole('alert');
    expect(announcement.getAttribute('aria-live')).toBe('assertive');
    expect(announcement.textContent).toBe('Incoming call from Max Mustermann via queue Support');
  });

  test('without a phonebook name the number stands in for the caller', async () => {
    installCompanion(
      makeState({
        calls: { live: [makeCall({ id: '4711/2', remoteName: null, remoteNumber: '08912345' })] },
      }),
    );
    render(PopupPage);

    expect((await screen.findByTestId('popup-name')).textContent).toBe('08912345');
    // The number is the name line: not said twice.
    expect(screen.queryByTestId('popup-number')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('Incoming call from 08912345');
    expect(screen.queryByTestId('popup-queue')).toBeNull();
  });

  test('Dismiss sends popup/dismiss with its call id', async () => {
    const companion = installCompanion(makeState({ calls: { live: [makeCall({ id: '4711/2' })] } }));
    render(PopupPage);

    await fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));

    expect(companion.sent('popup/dismiss')).toEqual([{ callId: '4711/2' }]);
  });

  test('never takes the keyboard focus by itself', async () => {
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    installCompanion(makeState({ calls: { live: [makeCall({ id: '4711/2' })] } }));
    render(PopupPage);

    await screen.findByTestId('popup-name');
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  test('speaks German when the app does', async () => {
    const base = makeState({ calls: { live: [makeCall({ id: '4711/2', queueName: 'Vertrieb' })] } });
    installCompanion({ ...base, app: { ...base.app, language: 'de' } });
    render(PopupPage);

    expect(await screen.findByRole('button', { name: 'Ausblenden' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annehmen' })).toBeTruthy();
    expect(screen.getByTestId('popup-queue').title).toBe('über Warteschlange Vertrieb');
    expect(screen.getByRole('alert').textContent).toBe(
      'Eingehender Anruf von Max Mustermann über Warteschlange Vertrieb',
    );
  });

  test('says the call has ended when it is no longer in the state', async () => {
    installCompanion(makeState({ calls: { live: [] } }));
    render(PopupPage);

    expect(await screen.findByText('This call has ended.')).toBeTruthy();
    expect(screen.queryByTestId('popup-name')).toBeNull();
  });

  test('the spare popup page (no call yet) shows and announces nothing, then switches to the call in its hash without reloading', async () => {
    window.history.replaceState(null, '', '/popup.html');
    const companion = installCompanion(
      makeState({ calls: { live: [makeCall({ id: '4711/2', remoteName: 'Max Mustermann' })] } }),
    );
    const { container } = render(PopupPage);
    // It loads the state while it waits, so it is current when it gets its call.
    await waitFor(() => expect(companion.sent('app/get-state')).toHaveLength(1));
    await tick();
    expect(container.textContent?.trim()).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();

    // What a fragment navigation does: the URL changes, the page stays, `hashchange` fires.
    window.history.replaceState(null, '', '/popup.html#call=4711%2F2');
    window.dispatchEvent(new HashChangeEvent('hashchange'));

    expect((await screen.findByTestId('popup-name')).textContent).toBe('Max Mustermann');
    expect(screen.getByRole('alert').textContent).toBe('Incoming call from Max Mustermann');
    // The same app, not a new one: it asked for the state only once.
    expect(companion.sent('app/get-state')).toHaveLength(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(companion.sent('popup/dismiss')).toEqual([{ callId: '4711/2' }]);
  });
});
