// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import SettingsPage from '../../../../renderer/src/settings/SettingsPage.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

async function typeAddress(address: string): Promise<void> {
  await fireEvent.input(await screen.findByLabelText('Server address'), { target: { value: address } });
}

describe('settings: an http:// address', () => {
  test('warns and asks, unticked, before the password may go out unencrypted; ticking tells the core', async () => {
    const companion = installCompanion(makeState());
    render(SettingsPage);
    expect(screen.queryByTestId('plain-http-consent')).toBeNull();

    await typeAddress('http://pbx.office.lan/acme');
    expect(screen.getByText('This address is not encrypted')).toBeTruthy();
    const consent = screen.getByRole('checkbox', {
      name: 'Send my password unencrypted to http://pbx.office.lan',
    }) as HTMLInputElement;
    expect(consent.checked).toBe(false);
    // The warning is the checkbox's description, so a screen reader reads it with the choice.
    expect(document.getElementById(consent.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'readable to anyone',
    );

    await fireEvent.click(consent);
    expect(companion.sent('connection/allow-plain-http')).toEqual([
      { serverAddress: 'http://pbx.office.lan/acme', allow: true },
    ]);
  });

  test('shows the consent already given as ticked, and nothing for https or this computer', async () => {
    const base = makeState();
    installCompanion(
      makeState({
        connection: {
          ...base.connection,
          settings: { ...base.connection.settings, plainHttpAllowed: ['http://pbx.office.lan'] },
        },
      }),
    );
    render(SettingsPage);
    await typeAddress('http://pbx.office.lan/acme');
    expect((screen.getByTestId('plain-http-consent-check') as HTMLInputElement).checked).toBe(true);

    for (const address of ['https://pbx.office.lan/acme', 'http://127.0.0.1:8080/demo', 'pbx.office.lan']) {
      await typeAddress(address);
      expect(screen.queryByTestId('plain-http-consent'), address).toBeNull();
    }
  });

  test('in German', async () => {
    const base = makeState();
    installCompanion(makeState({ app: { ...base.app, language: 'de' } }));
    render(SettingsPage);
    await fireEvent.input(await screen.findByLabelText('Serveradresse'), {
      target: { value: 'http://pbx.office.lan/acme' },
    });
    expect(screen.getByText('Diese Adresse ist nicht verschlüsselt')).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: 'Mein Passwort unverschlüsselt an http://pbx.office.lan senden' }),
    ).toBeTruthy();
  });
});
