// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { CommandError, CommandResult } from '../../../../electron/shared/contract';
import SettingsPage from '../../../../renderer/src/settings/SettingsPage.svelte';
import { installCompanion, makeSetupState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

async function type(label: string, value: string): Promise<void> {
  await fireEvent.input(field(label), { target: { value } });
}

/** The text of the error the input points to with aria-describedby, or null. */
function errorOf(label: string): string | null {
  const input = field(label);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((element) => element?.id.endsWith('-error'));
  return error?.textContent ?? null;
}

async function fillNewConnection(): Promise<void> {
  await type('Server address', ' https://pbx.example.com/acme ');
  await type('API username', 'api');
  await type('API password', ' secret with spaces ');
  await type('Your pascom username', 'anna');
}

describe('settings: onboarding', () => {
  test('connect sends exactly what was typed, and confirms the agent', async () => {
    const companion = installCompanion(makeSetupState());
    companion.respond('connection/connect', () => ({
      ok: true,
      value: { username: 'anna', displayName: 'Anna Schmidt', extension: '201', mailbox: null },
    }));
    render(SettingsPage);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Welcome to pascom Companion',
    );

    await fillNewConnection();
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));

    expect(companion.sent('connection/connect')).toEqual([
      {
        serverAddress: 'https://pbx.example.com/acme',
        auth: { kind: 'password', apiUser: 'api', apiPassword: ' secret with spaces ' },
        username: 'anna',
      },
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('connected-agent').textContent).toContain(
        'Connected as Anna Schmidt, extension 201',
      ),
    );
  });

  test('a Basic auth string can be used instead of a username and password', async () => {
    const companion = installCompanion(makeSetupState());
    render(SettingsPage);
    await screen.findByLabelText('Server address');

    await type('Server address', 'https://pbx.example.com/acme');
    await fireEvent.click(screen.getByLabelText('Basic auth'));
    expect(screen.queryByLabelText('API username')).toBeNull();
    await type('Basic auth string', 'YXBpOnNlY3JldA==');
    await type('Your pascom username', 'anna');
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));

    expect(companion.sent('connection/connect')).toEqual([
      {
        serverAddress: 'https://pbx.example.com/acme',
        auth: { kind: 'basic', basicAuth: 'YXBpOnNlY3JldA==' },
        username: 'anna',
      },
    ]);
  });

  test('a failed connect keeps everything typed and shows the reason by its field', async () => {
    const companion = installCompanion(makeSetupState());
    const hostNotFound: CommandError = { kind: 'offline', detail: 'host-not-found', field: 'serverAddress' };
    companion.respond('connection/connect', () => ({ ok: false, error: hostNotFound }));
    render(SettingsPage);
    await screen.findByLabelText('Server address');

    await fillNewConnection();
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));

    // One error, beside its field, with the next step to take.
    await waitFor(() =>
      expect(errorOf('Server address')).toBe(
        'No server has this name. Check the address for typos; a PBX in your office network may need the VPN.',
      ),
    );
    expect(
      screen.getAllByText(/No server has this name/, { selector: ':not(.visually-hidden)' }),
    ).toHaveLength(1);
    expect(field('Server address').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('Your pascom username')).toBeNull();
    expect(field('Server address').value).toBe(' https://pbx.example.com/acme ');
    expect(field('API username').value).toBe('api');
    expect(field('API password').value).toBe(' secret with spaces ');
    expect(field('Your pascom username').value).toBe('anna');
  });

  test('an unknown user is shown by the username field, wrong credentials by the password', async () => {
    const companion = installCompanion(makeSetupState());
    const answers: CommandError[] = [{ kind: 'not-found', detail: 'unknown-user' }, { kind: 'auth' }];
    companion.respond('connection/connect', () => ({
      ok: false,
      error: answers.shift() ?? { kind: 'internal' },
    }));
    render(SettingsPage);
    await screen.findByLabelText('Server address');
    await fillNewConnection();

    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(errorOf('Your pascom username')).toBe(
        'The PBX has no user with this name. Use the name you log in to the pascom client with (not the API username).',
      ),
    );

    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() =>
      expect(errorOf('API password')).toBe(
        'The PBX refused the API username or password. Copy both from the pascom web UI: Information → Developer → Show Rest Credentials.',
      ),
    );
    expect(errorOf('Your pascom username')).toBeNull();
  });

  test('the password is cleared after a failure only when the user asked for it', async () => {
    const companion = installCompanion(makeSetupState());
    companion.respond('connection/connect', () => ({ ok: false, error: { kind: 'auth' } }));
    render(SettingsPage);
    await screen.findByLabelText('Server address');
    await fillNewConnection();

    const clearOption = screen.getByLabelText(
      'Clear the password after a failed attempt',
    ) as HTMLInputElement;
    expect(clearOption.checked).toBe(false);
    await fireEvent.click(clearOption);
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));

    await waitFor(() => expect(field('API password').value).toBe(''));
    expect(field('API username').value).toBe('api');
  });

  test('nothing is sent while required fields are empty, and each says so', async () => {
    const companion = installCompanion(makeSetupState());
    render(SettingsPage);
    await screen.findByLabelText('Server address');

    await type('Your pascom username', 'anna maria');
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));

    expect(companion.sent('connection/connect')).toEqual([]);
    expect(errorOf('Server address')).toBe('Please fill in this field.');
    expect(errorOf('API username')).toBe('Please fill in this field.');
    expect(errorOf('API password')).toBe('Please fill in this field.');
    expect(errorOf('Your pascom username')).toContain('cannot contain spaces');
    expect(document.activeElement).toBe(field('Server address'));
  });

  test('the demo button starts the demo PBX and shows progress until it answers', async () => {
    const companion = installCompanion(makeSetupState());
    let answer: (result: CommandResult<'connection/start-demo'>) => void = () => {};
    companion.respond('connection/start-demo', () => new Promise((resolve) => (answer = resolve)));
    render(SettingsPage);

    await fireEvent.click(await screen.findByRole('button', { name: 'Try the demo PBX' }));
    expect(companion.sent('connection/start-demo')).toEqual([{}]);
    expect(screen.getByTestId('connect-outcome').textContent).toContain('Starting the demo PBX');
    expect((screen.getByRole('button', { name: 'Connect' }) as HTMLButtonElement).disabled).toBe(true);

    answer({
      ok: true,
      value: { username: 'demo', displayName: 'Demo Agent', extension: '100', mailbox: null },
    });
    await waitFor(() => expect(screen.getByTestId('connected-agent').textContent).toContain('Demo Agent'));
  });
});
