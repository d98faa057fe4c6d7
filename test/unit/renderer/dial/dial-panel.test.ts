// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { CommandResults, CompanionState } from '../../../../electron/shared/contract';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import {
  installCompanion,
  makeCall,
  makeState,
  removeCompanion,
  type StateOverrides,
} from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

const lukas: CommandResults['dial/search'][number] = {
  key: 'global:7',
  name: 'Lukas Müller',
  organisation: 'Müller & Söhne GmbH',
  source: 'global',
  numbers: [
    { kind: 'phone', display: '089 1234567', target: '+49 89 1234567' },
    { kind: 'mobile', display: '0172 7654321', target: '0172-7654321' },
  ],
};

function stateWith(dial: Partial<CompanionState['dial']> = {}, overrides: StateOverrides = {}) {
  return makeState({ dial, ...overrides });
}

describe('the dial box', () => {
  test('search as you type: arrow keys pick a number of a contact, Enter dials exactly that number', async () => {
    const companion = installCompanion(stateWith());
    companion.respond('dial/search', ({ query }) => ({
      ok: true,
      value: query.trim() === '' ? [] : [lukas],
    }));
    companion.respond('dial/number', () => ({ ok: false, error: { kind: 'not-connected' } }));
    render(PanelPage);
    const input = await screen.findByTestId('dial-input');
    await fireEvent.input(input, { target: { value: 'müll' } });
    const options = await screen.findAllByTestId('dial-option');
    // One row per contact: its numbers are the options, each named with the contact.
    expect(options.map((option) => option.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Phone 089 1234567',
      'Mobile 0172 7654321',
    ]);
    expect(options.map((option) => option.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Lukas Müller'),
      expect.stringContaining('Lukas Müller'),
    ]);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    // The first is highlighted already; one step down is the mobile number.
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    await fireEvent.submit(input.closest('form') as HTMLFormElement);
    await waitFor(() =>
      expect(companion.sent('dial/number')).toEqual([{ target: '0172-7654321', source: 'panel' }]),
    );
  });

  test('a typed number shows how the PBX reads it, and Enter dials the text as typed', async () => {
    const companion = installCompanion(stateWith());
    companion.respond('dial/search', () => ({ ok: true, value: [] }));
    companion.respond('dial/check', () => ({
      ok: true,
      value: {
        input: { ok: true, digits: '200', display: '200', kind: 'internal' },
        reading: { internal: true, kind: 'queue', name: 'Zentrale', extension: '200' },
        contact: null,
      },
    }));
    companion.respond('dial/number', () => ({
      ok: true,
      value: {
        status: 'dialing',
        attempt: {
          id: 'a1',
          atMs: Date.now(),
          status: 'dialing',
          source: 'panel',
          destination: '200',
          display: '200',
          name: null,
          device: 'pascom Softphone',
          error: null,
        },
      },
    }));
    render(PanelPage);
    const input = (await screen.findByTestId('dial-input')) as HTMLInputElement;
    await fireEvent.input(input, { target: { value: '200' } });
    await waitFor(() => expect(screen.getByTestId('dial-reading').textContent).toBe('200: queue Zentrale'));
    await fireEvent.submit(input.closest('form') as HTMLFormElement);
    await waitFor(() => expect(companion.sent('dial/number')).toEqual([{ target: '200', source: 'panel' }]));
    await waitFor(() => expect(input.value).toBe(''));
  });

  test('typed digits and Enter before the number check answers: the digits are called, not a contact that contains them', async () => {
    const companion = installCompanion(stateWith());
    companion.respond('dial/search', () => ({ ok: true, value: [lukas] }));
    // The check never answers in time: only the contact's row is in the list when Enter comes.
    companion.respond('dial/check', () => new Promise(() => {}));
    companion.respond('dial/number', () => ({ ok: false, error: { kind: 'not-connected' } }));
    render(PanelPage);
    const input = (await screen.findByTestId('dial-input')) as HTMLInputElement;
    await fireEvent.input(input, { target: { value: '089 123' } });
    await screen.findAllByTestId('dial-option');
    await fireEvent.submit(input.closest('form') as HTMLFormElement);
    await waitFor(() =>
      expect(companion.sent('dial/number')).toEqual([{ target: '089 123', source: 'panel' }]),
    );
    // Picked with the arrows, the contact's number is what the agent asked for.
    await fireEvent.input(input, { target: { value: '089 123' } });
    await screen.findAllByTestId('dial-option');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.submit(input.closest('form') as HTMLFormElement);
    await waitFor(() => expect(companion.sent('dial/number')).toHaveLength(2));
    expect((companion.sent('dial/number')[1] as { target?: string } | undefined)?.target).not.toBe('089 123');
  });

  test('the empty box offers the recent numbers; Escape closes the list', async () => {
    const companion = installCompanion(stateWith());
    companion.respond('dial/search', ({ query }) => ({
      ok: true,
      value:
        query === ''
          ? [
              {
                key: 'recent:221',
                name: 'Tina Sander',
                organisation: null,
                source: 'recent',
                numbers: [{ kind: 'recent', display: '221', target: '221' }],
              },
            ]
          : [],
    }));
    render(PanelPage);
    const input = await screen.findByTestId('dial-input');
    await fireEvent.focus(input);
    const list = await screen.findByRole('listbox', { name: 'Recently called' });
    expect(within(list).getByRole('option').getAttribute('aria-label')).toContain('Tina Sander');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  test('says why the last attempt failed, from a hotkey as well as from the box', async () => {
    installCompanion(
      stateWith({
        lastAttempt: {
          id: 'a2',
          atMs: Date.now(),
          status: 'failed',
          source: 'hotkey',
          destination: null,
          display: 'see you tomorrow',
          name: null,
          device: null,
          error: { kind: 'invalid-input', detail: 'dial-not-a-number' },
        },
      }),
    );
    render(PanelPage);
    const line = await screen.findByTestId('dial-attempt');
    expect(line.textContent?.trim()).toBe('Could not call see you tomorrow: This is not a phone number.');
    // A failure is an error toast: it stays, and is announced as an alert.
    expect(line.dataset.kind).toBe('error');
    expect(line.closest('[role="alert"]')).not.toBeNull();
  });
});

describe('a dial waiting for the agent', () => {
  test('no default device: says so, offers the devices, and sends the choice with "remember"', async () => {
    const companion = installCompanion(
      stateWith({
        pending: {
          id: 'p1',
          reason: 'no-default-device',
          destination: '0891234567',
          display: '089 1234567',
          name: 'Lukas Müller',
          source: 'panel',
          devices: [
            {
              name: 'pascom Softphone [Anna]',
              label: 'pascom Softphone [Anna]',
              typeName: 'Integrated Softphone',
              capabilities: ['dial'],
            },
            {
              name: 'Yealink T54W [Anna]',
              label: 'Desk phone',
              typeName: 'Yealink T54W',
              capabilities: ['dial'],
            },
          ],
          expiresAtMs: Date.now() + 60_000,
        },
      }),
    );
    render(PanelPage);
    const dialog = await screen.findByRole('alertdialog', { name: 'No default device' });
    expect(dialog.textContent).toContain('not logged in to a pascom client');
    expect(dialog.textContent).toContain('Lukas Müller (089 1234567)');
    await fireEvent.click(within(dialog).getByRole('radio', { name: /Desk phone/ }));
    await fireEvent.click(within(dialog).getByRole('checkbox'));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Call' }));
    await waitFor(() =>
      expect(companion.sent('dial/confirm')).toEqual([
        { id: 'p1', device: 'Yealink T54W [Anna]', remember: true },
      ]),
    );
  });

  test('a link from another app is confirmed or cancelled', async () => {
    const companion = installCompanion(
      stateWith({
        pending: {
          id: 'p2',
          reason: 'confirm-link',
          destination: '+4989123456712',
          display: '089 123456712',
          name: null,
          source: 'link',
          devices: [],
          expiresAtMs: Date.now() + 60_000,
        },
      }),
    );
    render(PanelPage);
    const dialog = await screen.findByRole('alertdialog', { name: 'Call this number?' });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(companion.sent('dial/cancel')).toEqual([{ id: 'p2' }]);
  });
});

describe('call controls in the call rows', () => {
  test('offer what the device can do, and send the call id with each action', async () => {
    const call = makeCall({ id: '9/10', phase: 'connected', answeredAtMs: Date.now() });
    const companion = installCompanion(
      stateWith(
        {
          controlDevice: {
            name: 'm',
            label: 'pascom Mobile',
            typeName: null,
            capabilities: ['dial', 'hangup', 'hold'],
          },
          recordingCallIds: ['9/10'],
        },
        { calls: { live: [call] } },
      ),
    );
    render(PanelPage);
    const controls = await screen.findByTestId('call-controls');
    expect(within(controls).getByTestId('control-transfer').hasAttribute('disabled')).toBe(true);
    expect(within(controls).getByTestId('control-keypad').hasAttribute('disabled')).toBe(true);
    expect(within(controls).getByTestId('control-record').getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(within(controls).getByRole('button', { name: 'Hold' }));
    await fireEvent.click(within(controls).getByRole('button', { name: 'Recording' }));
    await fireEvent.click(within(controls).getByRole('button', { name: 'Hang up' }));
    await waitFor(() => expect(companion.sent('control/hang-up')).toEqual([{ callId: '9/10' }]));
    expect(companion.sent('control/hold')).toEqual([{ callId: '9/10' }]);
    expect(companion.sent('control/record')).toEqual([{ callId: '9/10', on: false }]);
  });

  test('transfer and keypad send the number and each tone; a refusal is said in words', async () => {
    const call = makeCall({ id: '11', phase: 'held', answeredAtMs: Date.now() });
    const companion = installCompanion(stateWith({}, { calls: { live: [call] } }));
    companion.respond('control/dtmf', () => ({ ok: false, error: { kind: 'conflict' } }));
    companion.respond('control/transfer', () => ({ ok: true, value: { destination: '222' } }));
    render(PanelPage);
    const controls = await screen.findByTestId('call-controls');
    expect(within(controls).getByRole('button', { name: 'Resume' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await fireEvent.click(within(controls).getByTestId('control-keypad'));
    await fireEvent.click(within(controls).getByRole('button', { name: '#' }));
    await waitFor(() => expect(companion.sent('control/dtmf')).toEqual([{ callId: '11', digits: '#' }]));
    expect((await within(controls).findByRole('alert')).textContent).toContain('Keypad failed');
    await fireEvent.click(within(controls).getByTestId('control-transfer'));
    await fireEvent.input(within(controls).getByLabelText('Transfer to'), { target: { value: '222' } });
    await fireEvent.click(within(controls).getByTestId('control-transfer-submit'));
    await waitFor(() =>
      expect(companion.sent('control/transfer')).toEqual([{ callId: '11', target: '222' }]),
    );
  });

  test("a ringing incoming call gets no controls here (answering is the popup's)", async () => {
    installCompanion(
      stateWith({}, { calls: { live: [makeCall({ phase: 'ringing', direction: 'inbound' })] } }),
    );
    render(PanelPage);
    await screen.findAllByTestId('call');
    expect(screen.queryByTestId('call-controls')).toBeNull();
  });
});
