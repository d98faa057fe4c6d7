// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { RecentCallView } from '../../../../electron/shared/features/calls';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

const recent = (overrides: Partial<RecentCallView>): RecentCallView => ({
  id: 'in:1',
  direction: 'inbound',
  outcome: 'answered',
  remoteNumber: '+49891234567',
  remoteDisplayNumber: '089 1234567',
  remoteName: 'Lukas Müller',
  remoteInternal: false,
  queueName: null,
  startedAtMs: Date.UTC(2026, 10, 29, 8, 0),
  connectedSeconds: 95,
  ...overrides,
});

describe('the calls tab', () => {
  test("lists today's calls with the missed ones marked and counted, each with Call back", async () => {
    const companion = installCompanion(
      makeState({
        calls: {
          recent: [
            recent({
              id: 'in:2',
              outcome: 'missed',
              remoteName: null,
              remoteNumber: '+4930111',
              remoteDisplayNumber: '030 111',
              connectedSeconds: 0,
            }),
            recent({ id: 'in:1', queueName: 'Support' }),
          ],
        },
      }),
    );
    render(PanelPage);
    const rows = await screen.findAllByTestId('recent-call');
    expect(rows.map((row) => row.dataset.outcome)).toEqual(['missed', 'answered']);
    expect(screen.getByTestId('recent-missed-count').textContent).toBe('1 missed');
    const [missed, answered] = rows as [HTMLElement, HTMLElement];
    expect(within(missed).getByTestId('recent-name').textContent).toBe('030 111');
    expect(within(missed).getByTestId('recent-outcome').textContent).toBe('Missed');
    expect(within(answered).getByTestId('recent-name').textContent).toBe('Lukas Müller');
    expect(answered.textContent).toContain('via Support');
    expect(answered.textContent).toContain('talked 1:35');

    await fireEvent.click(within(missed).getByRole('button', { name: 'Call back 030 111' }));
    expect(companion.sent('dial/number')).toEqual([{ target: '+4930111', source: 'calls' }]);
  });

  test('shows how far the phonebook has loaded, and offers a reload once it is ready', async () => {
    const companion = installCompanion(
      makeState({
        calls: {
          phonebook: { status: 'loading', loaded: 1500, expected: 100_012, contacts: 1500, syncedAtMs: null },
        },
      }),
    );
    render(PanelPage);
    const status = await screen.findByTestId('phonebook-status');
    expect(status.textContent).toContain('Loading phonebook: 1,500 of 100,012');
    // Screen readers hear that it loads, not every page of it.
    expect(within(status).getByRole('status').textContent).toBe('Loading the phonebook…');
    expect(within(status).getByRole('progressbar')).toBeTruthy();

    companion.push(
      makeState({
        calls: {
          phonebook: {
            status: 'ready',
            loaded: 100_012,
            expected: 100_012,
            contacts: 100_012,
            syncedAtMs: 1,
          },
        },
      }),
    );
    await waitFor(() =>
      expect(within(screen.getByTestId('phonebook-status')).getByRole('status').textContent).toBe(
        'Phonebook: 100,012 contacts',
      ),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Reload the phonebook' }));
    expect(companion.sent('phonebook/reload')).toEqual([{}]);
  });
});
