// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompanionState } from '../../../../electron/shared/contract';
import type { DesktopView } from '../../../../electron/shared/features/desktop';
import SettingsPage from '../../../../renderer/src/settings/SettingsPage.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

/** The desktop slice as Electron's main has it (every port there). */
function electronDesktop(patch: Partial<DesktopView> = {}): Partial<CompanionState> {
  const base = makeState().desktop;
  return {
    desktop: {
      ...base,
      autostart: { available: true, active: false, problem: null },
      updates: { ...base.updates, available: true, status: 'idle' },
      supportLog: { available: true, last: null },
      settings: { ...base.settings, updateFeedUrl: 'https://updates.example.com/companion/' },
      ...patch,
    },
  };
}

describe('settings: start, updates and support', () => {
  test('start at login, updates and the feed are sent to the core as the user sets them', async () => {
    const companion = installCompanion(makeState(electronDesktop()));
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: /^(General|Allgemein)$/ }));
    await fireEvent.click(
      await screen.findByRole('checkbox', { name: 'Start when I log in, hidden in the tray' }),
    );
    expect(companion.sent('desktop/update-settings')).toEqual([{ startAtLogin: true }]);
    const feed = screen.getByLabelText('Update feed address') as HTMLInputElement;
    expect(feed.value).toBe('https://updates.example.com/companion/');
    await fireEvent.input(feed, { target: { value: ' https://updates.acme.de/pc/ ' } });
    await fireEvent.change(feed);
    expect(companion.sent('desktop/update-settings')).toEqual([
      { startAtLogin: true },
      { updateFeedUrl: 'https://updates.acme.de/pc/' },
    ]);
    expect(screen.getByTestId('desktop-update-status').textContent).toBe('Not checked yet.');
    await fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    expect(companion.sent('desktop/check-updates')).toEqual([{}]);
  });

  test('a feed the core refuses is marked, with why; a ready update says when it installs', async () => {
    const companion = installCompanion(
      makeState(
        electronDesktop({
          updates: { available: true, status: 'ready', version: '0.2.0', checkedAtMs: 1, problem: null },
        }),
      ),
    );
    companion.respond('desktop/update-settings', () => ({
      ok: false,
      error: { kind: 'invalid-input', field: 'updateFeedUrl', detail: 'an https address without user info' },
    }));
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: /^(General|Allgemein)$/ }));
    expect((await screen.findByTestId('desktop-update-status')).textContent).toBe(
      'Version 0.2.0 will be installed when you quit the app.',
    );
    const feed = screen.getByLabelText('Update feed address');
    await fireEvent.input(feed, { target: { value: 'http://updates.acme.de/' } });
    await fireEvent.change(feed);
    expect(feed.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/must start with https:\/\//)).toBeTruthy();
  });

  test('exporting tells what was saved and removed; the preview says it cannot', async () => {
    const companion = installCompanion(makeState(electronDesktop()));
    companion.respond('desktop/export-log', () => ({
      ok: true,
      value: { outcome: 'saved', lines: 812, redactions: 9 },
    }));
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: /^(General|Allgemein)$/ }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Export support log…' }));
    expect(companion.sent('desktop/export-log')).toEqual([{}]);
    expect((await screen.findByTestId('desktop-export-result')).textContent).toBe(
      'Saved: 812 lines, 9 items removed.',
    );
    cleanup();
    removeCompanion();

    const base = makeState();
    installCompanion(makeState({ app: { ...base.app, language: 'de', preview: true } }));
    render(SettingsPage);
    await fireEvent.click(await screen.findByRole('tab', { name: /^(General|Allgemein)$/ }));
    expect(
      ((await screen.findByRole('button', { name: 'Support-Protokoll exportieren…' })) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Beim Anmelden starten, nur im Infobereich',
        }) as HTMLInputElement
      ).disabled,
    ).toBe(true);
    expect(screen.getByTestId('desktop-update-status').textContent).toBe(
      'Updates gibt es nur in der installierten App, nicht in der Vorschau oder einer Entwicklerversion.',
    );
  });
});
