// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TeamMemberView, TeamView } from '../../../../electron/shared/features/team';
import { createTranslator } from '../../../../renderer/src/lib/i18n';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import TeamTab from '../../../../renderer/src/team/TeamTab.svelte';
import { installCompanion, makeCall, makeState, removeCompanion } from '../fake-companion';

const now = Date.UTC(2026, 2, 2, 9, 30);
// The wall clock stands still at `now` (only Date; timers run), so durations read the same however
// long a loaded machine takes to render.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  cleanup();
  removeCompanion();
  vi.useRealTimers();
});

function member(username: string, overrides: Partial<TeamMemberView> = {}): TeamMemberView {
  return {
    username,
    name: username,
    extension: '200',
    favourite: false,
    found: true,
    line: { conditions: ['idle'], sinceMs: now - 65_000, sawChange: true },
    presence: 'available',
    statusText: null,
    ...overrides,
  };
}

const members = [
  member('kschaefer', {
    name: 'Katrin Schäfer',
    extension: '220',
    favourite: true,
    presence: 'away',
    statusText: 'Mittagspause bis 13 Uhr',
  }),
  member('ameyer', {
    name: 'Anna Meyer',
    extension: '230',
    line: { conditions: ['inUse', 'ringing'], sinceMs: now - 5000, sawChange: false },
  }),
  member('hostile.html', {
    name: '<img src=x onerror=alert(1)><b>Hacker</b>',
    extension: '291',
    line: { conditions: [], sinceMs: now, sawChange: false },
  }),
  member('hostile.long', {
    name: 'Maximiliane-Theresa von Hohenzollern-Sigmaringen '.repeat(4).trim(),
    extension: '294',
  }),
  member('gone', { name: 'Gone Person', found: false, favourite: true, line: null }),
];

function view(overrides: Partial<TeamView> = {}): TeamView {
  return {
    status: 'ready',
    scope: { roles: ['Team Zentrale'], reason: null },
    members,
    lines: 'live',
    presenceReadAtMs: now,
    settings: { favourites: [], hidden: [], announceFavourites: false },
    ...overrides,
  };
}

function renderTab(teamView = view(), calls = [] as ReturnType<typeof makeCall>[]) {
  const companion = installCompanion(makeState());
  const result = render(TeamTab, {
    props: { view: teamView, calls, platform: 'linux', i18n: createTranslator('en') },
  });
  return { companion, ...result };
}

const rows = () => screen.getAllByTestId('team-row');
const rowOf = (username: string) => rows().find((row) => row.dataset.username === username) as HTMLElement;

describe('the Team tab', () => {
  test('each row: name, extension, line with shape and words (both of a combination), presence and status text', () => {
    renderTab();
    const katrin = rowOf('kschaefer');
    expect(katrin.textContent).toContain('Katrin Schäfer');
    expect(katrin.textContent).toContain('220');
    expect(within(katrin).getByTestId('team-line').textContent).toContain('Idle');
    expect(within(katrin).getByTestId('team-since').textContent).toBe('for 1:05');
    expect(within(katrin).getByTestId('team-presence').textContent).toContain('Away');
    expect(within(katrin).getByTestId('team-status-text').textContent).toBe('Mittagspause bis 13 Uhr');
    const anna = within(rowOf('ameyer')).getByTestId('team-line');
    expect(anna.textContent).toContain('In a call · Ringing');
    expect(anna.querySelectorAll('svg.shape')).toHaveLength(2);
    expect(within(rowOf('ameyer')).getByTestId('team-since').textContent).toBe('for at least 0:05');
    expect(within(rowOf('hostile.html')).getByTestId('team-line').textContent).toContain(
      'Line state unknown',
    );
  });

  test('hostile names are text: no element made from them, each on one clipped line with its own direction', () => {
    const { container } = renderTab();
    expect(container.querySelector('img')).toBeNull();
    const html = within(rowOf('hostile.html')).getByText('<img src=x onerror=alert(1)><b>Hacker</b>');
    expect(html.classList.contains('clip')).toBe(true);
    expect(html.getAttribute('dir')).toBe('auto');
    const long = rowOf('hostile.long').querySelector('.name') as HTMLElement;
    expect(long.classList.contains('clip')).toBe(true);
    expect(long.title).toContain('Hohenzollern');
  });

  test('a favourite the PBX no longer knows stays, greyed, saying so, and cannot be called', async () => {
    const { companion } = renderTab();
    expect(within(rowOf('gone')).getByTestId('team-not-found').textContent).toBe('Not found on the PBX');
    await fireEvent.click(within(rowOf('gone')).getByRole('button', { name: /^Call Gone Person/ }));
    expect(companion.sent('team/call')).toEqual([]);
  });

  test('the filter narrows by name, username or extension; Enter calls the first match', async () => {
    const { companion } = renderTab();
    const filter = screen.getByRole('searchbox', { name: 'Filter colleagues' });
    await fireEvent.input(filter, { target: { value: 'mey' } });
    expect(rows().map((row) => row.dataset.username)).toEqual(['ameyer']);
    await fireEvent.input(filter, { target: { value: '22' } });
    expect(rows().map((row) => row.dataset.username)).toEqual(['kschaefer']);
    await fireEvent.keyDown(filter, { key: 'Enter' });
    expect(companion.sent('team/call')).toEqual([{ username: 'kschaefer' }]);
    await fireEvent.input(filter, { target: { value: 'nobody' } });
    expect(screen.getByTestId('team-no-match').textContent).toBe('No colleague on your board matches.');
  });

  test('arrows move between rows (one tab stop), Enter calls, Ctrl+Enter transfers the current call', async () => {
    const { companion } = renderTab(view(), [makeCall({ id: 'call-1', phase: 'connected' })]);
    const filter = screen.getByRole('searchbox', { name: 'Filter colleagues' });
    await fireEvent.keyDown(filter, { key: 'ArrowDown' });
    const first = rowOf('kschaefer').querySelector('[data-team-row]') as HTMLButtonElement;
    expect(document.activeElement).toBe(first);
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = rowOf('ameyer').querySelector('[data-team-row]') as HTMLButtonElement;
    expect(document.activeElement).toBe(second);
    expect(
      screen
        .getAllByRole('button')
        .filter((button) => button.dataset.teamRow !== undefined && button.tabIndex === 0),
    ).toEqual([second]);
    await fireEvent.click(second);
    expect(companion.sent('team/call')).toEqual([{ username: 'ameyer' }]);
    await fireEvent.keyDown(second, { key: 'Enter', ctrlKey: true });
    expect(companion.sent('team/transfer')).toEqual([{ username: 'ameyer', callId: 'call-1' }]);
    await fireEvent.keyDown(second, { key: 'ArrowUp' });
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(filter);
  });

  test('Transfer shows only while the agent is in a call; Copy and the favourite star are named for the row', async () => {
    renderTab();
    expect(screen.queryAllByTestId('team-transfer')).toEqual([]);
    cleanup();
    const { companion } = renderTab(view(), [makeCall({ id: 'c', phase: 'held' })]);
    await fireEvent.click(screen.getByRole('button', { name: 'Transfer the call to Anna Meyer' }));
    expect(companion.sent('team/transfer')).toEqual([{ username: 'ameyer', callId: 'c' }]);
    await fireEvent.click(screen.getByRole('button', { name: 'Add Anna Meyer to favourites' }));
    expect(companion.sent('team/favourite')).toEqual([{ username: 'ameyer', favourite: true }]);
    expect(screen.getByRole('button', { name: 'Remove Katrin Schäfer from favourites' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the extension of Anna Meyer' })).toBeTruthy();
  });

  test('Ctrl+K in the tab goes to its filter; pressed there, it is left to the dial box', async () => {
    renderTab();
    const filter = screen.getByRole('searchbox', { name: 'Filter colleagues' });
    const passed: boolean[] = [];
    window.addEventListener('keydown', () => passed.push(true));
    await fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(filter);
    expect(passed).toEqual([]);
    await fireEvent.keyDown(filter, { key: 'k', ctrlKey: true });
    expect(passed).toEqual([true]);
  });

  test("favourites' line changes are announced only when the agent opted in", async () => {
    const ringing = (announce: boolean) =>
      view({
        members: members.map((entry) =>
          entry.username === 'kschaefer'
            ? { ...entry, line: { conditions: ['ringing' as const], sinceMs: now, sawChange: true } }
            : entry,
        ),
        settings: { favourites: [], hidden: [], announceFavourites: announce },
      });
    const quiet = renderTab(view());
    await quiet.rerender({ view: ringing(false) });
    expect(screen.getByTestId('team-announcement').textContent).toBe('');
    cleanup();
    const opted = renderTab(view({ settings: { favourites: [], hidden: [], announceFavourites: true } }));
    await opted.rerender({ view: ringing(true) });
    expect(screen.getByTestId('team-announcement').textContent).toBe('Katrin Schäfer: Ringing');
  });

  test('favourites only: the reason in one line', () => {
    renderTab(view({ scope: { roles: [], reason: 'roles-forbidden' } }));
    expect(screen.getByTestId('team-reason').textContent).toBe(
      'Your team roles could not be read (no permission): showing favourites only.',
    );
  });
});

describe('the Team tab in the panel', () => {
  test('the panel holds the board’s lease while it is shown and lets it go when it closes', async () => {
    const companion = installCompanion(makeState({ team: view() }));
    const page = render(PanelPage);
    await screen.findByRole('tab', { name: 'Team' });
    expect(companion.sent('team/watch')).toEqual([{ open: true }]);
    page.unmount();
    expect(companion.sent('team/watch').at(-1)).toEqual({ open: false });
  });
});
