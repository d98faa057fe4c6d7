// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import PopupPage from '../../../renderer/src/popup/PopupPage.svelte';
import { installCompanion, makeCall, makeState, removeCompanion } from './fake-companion';

beforeEach(() => {
  // The window manager opens one popup per call as `popup.html?call=<id>`.
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
        calls: [
          makeCall({ id: '1000', remoteName: 'Someone Else', remoteNumber: '+4930111' }),
          makeCall({
            id: '4711/2',
            remoteName: 'Max Mustermann',
            remoteNumber: '+49891234567',
            queueName: 'Support',
          }),
        ],
      }),
    );
    render(PopupPage);

    expect((await screen.findByTestId('popup-name')).textContent).toBe('Max Mustermann');
    expect(screen.getByTestId('popup-number').textContent).toBe('+49891234567');
    expect(screen.getByTestId('popup-queue').textContent).toBe('via queue Support');
    const announcement = screen.getByRole('alert');
    expect(announcement.getAttribute('aria-live')).toBe('assertive');
    expect(announcement.textContent).toBe('Incoming call from Max Mustermann via queue Support');
  });

  test('without a phonebook name the number stands in for the caller', async () => {
    installCompanion(
      makeState({ calls: [makeCall({ id: '4711/2', remoteName: null, remoteNumber: '08912345' })] }),
    );
    render(PopupPage);

    expect((await screen.findByTestId('popup-name')).textContent).toBe('08912345');
    expect(screen.getByTestId('popup-number').textContent).toBe('08912345');
    expect(screen.getByRole('alert').textContent).toBe('Incoming call from 08912345');
    expect(screen.queryByTestId('popup-queue')).toBeNull();
  });

  test('Dismiss sends popup/dismiss with its call id', async () => {
    const companion = installCompanion(makeState({ calls: [makeCall({ id: '4711/2' })] }));
    render(PopupPage);

    await fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));

    expect(companion.sent('popup/dismiss')).toEqual([{ callId: '4711/2' }]);
  });

  test('never takes the keyboard focus by itself', async () => {
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    installCompanion(makeState({ calls: [makeCall({ id: '4711/2' })] }));
    render(PopupPage);

    await screen.findByTestId('popup-name');
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  test('speaks German when the app does', async () => {
    const base = makeState({ calls: [makeCall({ id: '4711/2', queueName: 'Vertrieb' })] });
    installCompanion({ ...base, app: { ...base.app, language: 'de' } });
    render(PopupPage);

    expect((await screen.findByRole('button', { name: 'Ausblenden' })).textContent).toBe('Ausblenden');
    expect(screen.getByTestId('popup-queue').textContent).toBe('über Warteschlange Vertrieb');
    expect(screen.getByRole('alert').textContent).toBe(
      'Eingehender Anruf von Max Mustermann über Warteschlange Vertrieb',
    );
  });

  test('says the call has ended when it is no longer in the state', async () => {
    installCompanion(makeState({ calls: [] }));
    render(PopupPage);

    expect(await screen.findByText('This call has ended.')).toBeTruthy();
    expect(screen.queryByTestId('popup-name')).toBeNull();
  });
});
