// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { CertificateView } from '../../../../electron/shared/contract';
import SettingsPage from '../../../../renderer/src/settings/SettingsPage.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

function input(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

const certificate: CertificateView = {
  host: 'pbx.office.lan',
  fingerprint256: Array.from({ length: 32 }, (_, index) =>
    index.toString(16).padStart(2, '0').toUpperCase(),
  ).join(':'),
  subject: 'CN=pbx.office.lan',
  issuer: 'CN=pbx.office.lan',
  validFrom: '2025-01-01T00:00:00Z',
  validTo: '2035-01-01T00:00:00Z',
  changed: false,
};

function untrustedState(changed: boolean) {
  const base = makeState();
  return makeState({
    connection: { ...base.connection, status: 'cert-untrusted', certificate: { ...certificate, changed } },
  });
}

describe('settings: an existing connection', () => {
  test('is prefilled from the settings, with the password empty and its store named', async () => {
    installCompanion(makeState());
    render(SettingsPage);

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Settings');
    expect(input('Server address').value).toBe('https://pbx.example.com/acme');
    expect(input('API username').value).toBe('api');
    expect(input('Your pascom username').value).toBe('anna');
    const password = input('API password');
    expect(password.value).toBe('');
    const hint = document.getElementById(password.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('A password is saved (in your computer’s password safe)');
  });

  test('connecting without typing a password uses the stored one', async () => {
    const companion = installCompanion(makeState());
    render(SettingsPage);

    await fireEvent.click(await screen.findByRole('button', { name: 'Connect' }));

    expect(companion.sent('connection/connect')).toEqual([
      {
        serverAddress: 'https://pbx.example.com/acme',
        auth: { kind: 'password', apiUser: 'api' },
        username: 'anna',
      },
    ]);
  });

  test('later state pushes do not overwrite what the user is typing', async () => {
    const companion = installCompanion(makeState());
    render(SettingsPage);
    await fireEvent.input(await screen.findByLabelText('Server address'), {
      target: { value: 'https://new.example.com' },
    });

    companion.push(makeState({ calls: { presence: 'InUse' } }));

    await waitFor(() => expect(input('Server address').value).toBe('https://new.example.com'));
  });

  test('the stored password can be forgotten', async () => {
    const companion = installCompanion(makeState());
    render(SettingsPage);

    await fireEvent.click(await screen.findByRole('button', { name: 'Forget the saved password' }));

    expect(companion.sent('secret/forget')).toEqual([{}]);
    expect(await screen.findByText('The saved password was removed.')).toBeTruthy();
  });

  test('says why a weaker secret store is in use', async () => {
    installCompanion(
      makeState({ connection: { secret: { stored: true, store: 'memory', storeReason: 'no-encryption' } } }),
    );
    render(SettingsPage);

    expect((await screen.findByTestId('secret-store-reason')).textContent).toContain(
      'This computer has no password safe and no encryption the app can use',
    );
    expect(
      screen.getByText(/A password is saved \(only while the app runs\)/, { selector: 'p' }),
    ).toBeTruthy();
  });

  test('weak basic_text encryption is used only after a plain warning and the consent of the user', async () => {
    const companion = installCompanion(
      makeState({
        connection: { secret: { stored: false, store: 'memory', storeReason: 'basic-text-refused' } },
      }),
    );
    render(SettingsPage);

    expect((await screen.findByTestId('weak-encryption-warning')).textContent).toContain(
      'anyone who can read your files can read the password',
    );
    expect(companion.sent('secret/allow-weak-encryption')).toEqual([]);
    await fireEvent.click(
      screen.getByRole('button', { name: 'Save the password with the simple encryption anyway' }),
    );
    expect(companion.sent('secret/allow-weak-encryption')).toEqual([{ allow: true }]);
  });

  test('an untrusted certificate is shown in full and can be trusted by its fingerprint', async () => {
    const companion = installCompanion(untrustedState(false));
    render(SettingsPage);

    const card = await screen.findByTestId('certificate');
    expect(screen.getByTestId('cert-fingerprint').textContent).toBe(certificate.fingerprint256);
    expect(card.textContent).toContain('CN=pbx.office.lan');
    expect(card.textContent).toContain('2035');
    expect(card.textContent).not.toContain('different certificate');

    await fireEvent.click(screen.getByRole('button', { name: 'Trust this certificate' }));
    expect(companion.sent('connection/trust-certificate')).toEqual([
      { host: 'pbx.office.lan', fingerprint256: certificate.fingerprint256 },
    ]);
    // Trusted, it connects at once with what the form holds (here the stored password).
    await waitFor(() =>
      expect(companion.sent('connection/connect')).toEqual([
        {
          serverAddress: 'https://pbx.example.com/acme',
          auth: { kind: 'password', apiUser: 'api' },
          username: 'anna',
        },
      ]),
    );
  });

  test('a certificate the core refuses to trust does not connect', async () => {
    const companion = installCompanion(untrustedState(false));
    companion.respond('connection/trust-certificate', () => ({
      ok: false,
      error: { kind: 'invalid-input', detail: 'certificate-not-presented' },
    }));
    render(SettingsPage);

    await fireEvent.click(await screen.findByRole('button', { name: 'Trust this certificate' }));
    expect(await screen.findByText(/could not be trusted/)).toBeTruthy();
    expect(companion.sent('connection/connect')).toEqual([]);
  });

  test('a changed certificate carries a warning', async () => {
    installCompanion(untrustedState(true));
    render(SettingsPage);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'presented a different certificate before',
    );
  });

  test('language and theme are changed through the core', async () => {
    const companion = installCompanion(makeState());
    render(SettingsPage);

    await fireEvent.click(await screen.findByRole('tab', { name: 'General' }));
    await fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'de' } });
    await fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });

    expect(companion.sent('settings/update')).toEqual([{ language: 'de' }, { theme: 'dark' }]);
  });

  test('a refused setting is reported and the select shows the stored value again', async () => {
    const companion = installCompanion(makeState());
    companion.respond('settings/update', () => ({ ok: false, error: { kind: 'internal' } }));
    render(SettingsPage);

    await fireEvent.click(await screen.findByRole('tab', { name: 'General' }));
    const theme = (await screen.findByLabelText('Theme')) as HTMLSelectElement;
    await fireEvent.change(theme, { target: { value: 'dark' } });

    await waitFor(() => expect(theme.value).toBe('system'));
    expect(screen.getByText(/The setting could not be saved/).textContent).toContain('Something went wrong');
  });
});
