// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CompanionState } from '../../../../electron/shared/contract';
import type { VoicemailList, VoicemailMessageView } from '../../../../electron/shared/features/voicemail';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

const at = Date.UTC(2026, 10, 29, 8, 15);
const sabine: VoicemailMessageView = {
  key: '1764404100-00000003',
  folder: 'INBOX',
  unheard: true,
  callerName: 'Sabine Weiß',
  nameSource: 'phonebook',
  callerNumber: '01721234567',
  receivedAtMs: at,
  durationSeconds: 12,
};
const unknown: VoicemailMessageView = {
  ...sabine,
  key: '1764400000-00000004',
  callerName: null,
  nameSource: null,
  callerNumber: '+493099998888',
  receivedAtMs: at - 3_600_000,
  durationSeconds: 7,
};
const franz: VoicemailMessageView = {
  ...sabine,
  key: '1763000000-00000000',
  folder: 'Old',
  unheard: false,
  callerName: 'Wiener Versicherung AG - Franz Hofer',
  callerNumber: '+4315875123',
  receivedAtMs: at - 5 * 86_400_000,
  durationSeconds: 14,
};
const list: VoicemailList = {
  revision: 1,
  folders: [
    { name: 'INBOX', kind: 'new', count: 2 },
    { name: 'Old', kind: 'heard', count: 1 },
  ],
  messages: [sabine, unknown, franz],
};

function stateWith(voicemail: Partial<CompanionState['voicemail']> = {}): CompanionState {
  const base = makeState();
  return { ...base, voicemail: { ...base.voicemail, unread: 2, total: 3, revision: 1, ...voicemail } };
}

function setup(voicemail: Partial<CompanionState['voicemail']> = {}) {
  const companion = installCompanion(stateWith(voicemail));
  companion.respond('voicemail/list', () => ({ ok: true, value: list }));
  return companion;
}

/** Every recording asked for comes back as a tiny WAV header (jsdom cannot play audio anyway). */
function answerAudio(companion: ReturnType<typeof setup>): void {
  companion.respond('voicemail/audio', (input) => ({
    ok: true,
    value: {
      key: input.key,
      contentType: 'audio/wav',
      base64: 'UklGRg==',
      byteLength: 4,
      durationSeconds: 12,
    },
  }));
}

async function openTab() {
  render(PanelPage);
  await fireEvent.click(await screen.findByRole('tab', { name: /^Voicemail\W+2 new$/ }));
  return screen.findAllByTestId('voicemail-message');
}

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:recording');
  URL.revokeObjectURL = vi.fn();
  HTMLMediaElement.prototype.play = vi.fn(() => Promise.resolve());
  HTMLMediaElement.prototype.pause = vi.fn();
});

afterEach(() => {
  cleanup();
  removeCompanion();
});

describe('the voicemail tab', () => {
  test('shows the unread count on its tab and lists new, then heard messages with who, when and how long', async () => {
    const companion = setup();
    const rows = await openTab();
    expect(companion.sent('voicemail/refresh')).toEqual([{}]);
    expect(rows.map((row) => row.dataset.key)).toEqual([sabine.key, unknown.key, franz.key]);
    const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByTestId('voicemail-name').textContent).toBe('Sabine Weiß');
    expect(within(first).getByTestId('voicemail-number').textContent).toBe('01721234567');
    expect(within(first).getByTestId('voicemail-unheard').textContent).toBe('New');
    expect(within(first).getByTestId('voicemail-received').textContent?.trim()).toBe('29 Nov 2026, 08:15');
    expect(within(first).getByTestId('voicemail-duration').textContent?.trim()).toBe('Length 0:12');
    // Without a name the number stands in; heard messages carry no "New".
    expect(within(second).getByTestId('voicemail-name').textContent).toBe('+493099998888');
    expect(within(third).queryByTestId('voicemail-unheard')).toBeNull();
    expect(screen.getByRole('region', { name: 'New (2)' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Heard (1)' })).toBeTruthy();
  });

  test('a recording that cannot be fetched shows its error on that message only', async () => {
    const companion = setup();
    companion.respond('voicemail/audio', (input) =>
      input.key === unknown.key
        ? { ok: false, error: { kind: 'bad-response', detail: 'audio-truncated' } }
        : {
            ok: true,
            value: {
              key: input.key,
              contentType: 'audio/wav',
              base64: 'UklGRg==',
              byteLength: 4,
              durationSeconds: 12,
            },
          },
    );
    const rows = await openTab();
    await fireEvent.click(within(rows[1] as HTMLElement).getByTestId('voicemail-play'));
    expect(await within(rows[1] as HTMLElement).findByTestId('voicemail-error')).toBeTruthy();
    expect(screen.getAllByTestId('voicemail-error')).toHaveLength(1);
    expect(screen.getByTestId('voicemail-error').textContent).toContain('incomplete');

    await fireEvent.click(within(rows[0] as HTMLElement).getByTestId('voicemail-play'));
    const player = await screen.findByTestId('voicemail-player');
    expect(player.dataset.key).toBe(sabine.key);
    expect(screen.getByTestId('voicemail-audio').getAttribute('src')).toBe('blob:recording');
    expect(screen.getAllByTestId('voicemail-error')).toHaveLength(1);
    // Playback started: the focus is in the player, so its keys work at once.
    await waitFor(() => expect(player.contains(document.activeElement)).toBe(true));
  });

  test('played to the end a new message is marked heard, and the next one is offered', async () => {
    const companion = setup();
    answerAudio(companion);
    const rows = await openTab();
    await fireEvent.click(within(rows[0] as HTMLElement).getByTestId('voicemail-play'));
    const audio = await screen.findByTestId('voicemail-audio');
    await fireEvent(audio, new Event('ended'));
    expect(companion.sent('voicemail/mark-heard')).toEqual([{ key: sabine.key }]);
    const next = await screen.findByTestId('voicemail-next');
    await waitFor(() => expect(document.activeElement).toBe(next));
    await fireEvent.keyDown(next, { key: 'n' });
    await waitFor(() => expect(screen.getByTestId('voicemail-player').dataset.key).toBe(unknown.key));
    expect(companion.sent('voicemail/audio')).toEqual([{ key: sabine.key }, { key: unknown.key }]);
  });

  test('the speed is chosen from 1x, 1.5x and 2x, by radio or with the > key; Escape closes the player', async () => {
    const companion = setup();
    answerAudio(companion);
    const rows = await openTab();
    await fireEvent.click(within(rows[0] as HTMLElement).getByTestId('voicemail-play'));
    const audio = (await screen.findByTestId('voicemail-audio')) as HTMLAudioElement;
    const speeds = screen.getByRole('group', { name: 'Playback speed' });
    expect(
      within(speeds)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent?.trim()),
    ).toEqual(['1×', '1.5×', '2×']);
    await fireEvent.keyDown(screen.getByTestId('voicemail-toggle'), { key: '>' });
    await waitFor(() => expect(audio.playbackRate).toBe(1.5));
    await fireEvent.click(within(speeds).getAllByRole('radio')[2] as HTMLElement);
    await waitFor(() => expect(audio.playbackRate).toBe(2));

    // Escape closes the player and puts the keyboard back on the message.
    await fireEvent.keyDown(screen.getByTestId('voicemail-toggle'), { key: 'Escape' });
    expect(screen.queryByTestId('voicemail-player')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rows[0] as HTMLElement).getByTestId('voicemail-play')),
    );
  });

  test('each row keeps Play and Call back in view; the rest sits in a menu named after the caller', async () => {
    setup();
    const rows = await openTab();
    const first = rows[0] as HTMLElement;
    const actions = within(first).getByRole('group', { name: 'Actions for the voicemail from Sabine Weiß' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Call back Sabine Weiß', 'More actions for the voicemail from Sabine Weiß']);
    expect(within(first).getByTestId('voicemail-play').getAttribute('aria-label')).toBe(
      'Play voicemail from Sabine Weiß',
    );
    await fireEvent.click(within(first).getByTestId('voicemail-more'));
    const menu = within(first).getByRole('menu', { name: 'More actions for the voicemail from Sabine Weiß' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual(['Mark as heard', 'Forward', 'Delete']);
    await fireEvent.keyDown(within(menu).getAllByRole('menuitem')[0] as HTMLElement, { key: 'Escape' });
    expect(within(first).queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(within(first).getByTestId('voicemail-more'));
  });

  test('a heard message offers "Mark as new"; without forwarding on the PBX the menu has no Forward', async () => {
    const companion = setup({ forwardSupported: false });
    const rows = await openTab();
    const heard = rows[2] as HTMLElement;
    await fireEvent.keyDown(within(heard).getByTestId('voicemail-more'), { key: 'Enter' });
    const items = within(heard).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent?.trim())).toEqual(['Mark as new', 'Delete']);
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    await fireEvent.click(items[0] as HTMLElement);
    expect(companion.sent('voicemail/mark-unheard')).toEqual([{ key: franz.key }]);
    expect(companion.sent('voicemail/mark-heard')).toEqual([]);
  });

  function rowOf(key: string): HTMLElement | undefined {
    return screen.getAllByTestId('voicemail-message').find((row) => row.dataset.key === key);
  }

  /** Sabine's message as the PBX lists it once it is heard: in Old, below Franz's. */
  function afterMarkedHeard(companion: ReturnType<typeof setup>): void {
    companion.respond('voicemail/list', () => ({
      ok: true,
      value: {
        revision: 2,
        folders: [
          { name: 'INBOX', kind: 'new', count: 1 },
          { name: 'Old', kind: 'heard', count: 2 },
        ],
        messages: [unknown, { ...sabine, folder: 'Old', unheard: false }, franz],
      },
    }));
    companion.push(stateWith({ unread: 1, revision: 2 }));
  }

  test('Mark as heard by keyboard moves the message to Old and the focus goes with it to its menu button', async () => {
    const companion = setup();
    const rows = await openTab();
    await fireEvent.keyDown(within(rows[0] as HTMLElement).getByTestId('voicemail-more'), { key: 'Enter' });
    const markHeard = within(rows[0] as HTMLElement).getByRole('menuitem', { name: 'Mark as heard' });
    await waitFor(() => expect(document.activeElement).toBe(markHeard));
    await fireEvent.click(markHeard); // Enter on a button, as the browser delivers it
    expect(companion.sent('voicemail/mark-heard')).toEqual([{ key: sabine.key }]);

    afterMarkedHeard(companion);
    await waitFor(() => {
      const moved = rowOf(sabine.key);
      expect(moved?.dataset.folder).toBe('Old');
      expect(document.activeElement).toBe(within(moved as HTMLElement).getByTestId('voicemail-more'));
    });
  });

  test('a message that moves folders does not take the focus from where the agent has put it since', async () => {
    const companion = setup();
    const rows = await openTab();
    await fireEvent.click(within(rows[0] as HTMLElement).getByTestId('voicemail-more'));
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('menuitem', { name: 'Mark as heard' }));
    const otherPlay = within(rows[2] as HTMLElement).getByTestId('voicemail-play');
    otherPlay.focus();

    afterMarkedHeard(companion);
    await waitFor(() => expect(rowOf(sabine.key)?.dataset.folder).toBe('Old'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(otherPlay);
  });

  test('Forward from the menu opens the address form with the focus in it; Escape gives it back to the menu button', async () => {
    setup({ forwardSupported: true });
    const rows = await openTab();
    const first = rows[0] as HTMLElement;
    const more = within(first).getByTestId('voicemail-more');
    await fireEvent.click(more);
    await fireEvent.click(within(first).getByRole('menuitem', { name: 'Forward' }));
    const address = await within(first).findByLabelText('Email address');
    await waitFor(() => expect(document.activeElement).toBe(address));
    await fireEvent.keyDown(address, { key: 'Escape' });
    expect(within(first).queryByTestId('voicemail-forward-form')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(more));
  });

  test('delete (from the menu) offers undo with the focus on it; undo asks the core to keep the message', async () => {
    const companion = setup();
    companion.respond('voicemail/delete', () => ({ ok: true, value: { sendAtMs: Date.now() + 5000 } }));
    companion.respond('voicemail/undo-delete', () => ({ ok: true, value: { restored: true } }));
    const rows = await openTab();
    await fireEvent.click(
      within(rows[0] as HTMLElement).getByRole('button', {
        name: 'More actions for the voicemail from Sabine Weiß',
      }),
    );
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('menuitem', { name: 'Delete' }));
    expect(companion.sent('voicemail/delete')).toEqual([{ key: sabine.key }]);

    companion.push(
      stateWith({ unread: 1, pendingDeletes: [{ key: sabine.key, sendAtMs: Date.now() + 5000 }] }),
    );
    const undo = await screen.findByTestId('voicemail-undo');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByRole('tab', { name: /^Voicemail\W+1 new$/ })).toBeTruthy();
    await fireEvent.click(undo);
    expect(companion.sent('voicemail/undo-delete')).toEqual([{ key: sabine.key }]);
  });

  test('a clicked notification (reveal) switches to the tab and focuses the message', async () => {
    const companion = setup();
    render(PanelPage);
    await screen.findByRole('tab', { name: /^Voicemail\W+2 new$/ });
    expect(screen.queryByTestId('voicemail-message')).toBeNull();

    companion.push(stateWith({ reveal: { key: unknown.key, seq: 1, atMs: Date.now() } }));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /^Voicemail\W+2 new$/ }).getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    const row = (await screen.findAllByTestId('voicemail-message'))[1] as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByTestId('voicemail-play')));
  });

  test.each([
    [null, 'once the app is connected'],
    [{ kind: 'unavailable', detail: 'no-mailbox' } as const, 'no voicemail box'],
  ])('offline, or without a mailbox, it says so in words (%o)', async (failure, words) => {
    setup({ status: 'off', mailbox: null, unread: 0, failure });
    render(PanelPage);
    await fireEvent.click(await screen.findByRole('tab', { name: 'Voicemail' }));
    expect((await screen.findByTestId('voicemail-off')).textContent).toContain(words);
    expect(screen.queryByTestId('voicemail-message')).toBeNull();
  });
});
