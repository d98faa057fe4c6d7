// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { CompanionState } from '../../../../electron/shared/contract';
import type { QueuesView } from '../../../../electron/shared/features/queues';
import PanelPage from '../../../../renderer/src/panel/PanelPage.svelte';
import { agentQueues } from '../../core/queues/queue-rig';
import { installCompanion, makeState, removeCompanion } from '../fake-companion';

afterEach(() => {
  cleanup();
  removeCompanion();
});

function queuesState(overrides: Partial<QueuesView> = {}): CompanionState {
  return makeState({
    queues: {
      status: 'ready',
      queues: agentQueues().map((queue) => ({ ...queue, extension: queue.dynamic ? '200' : '310' })),
      reasons: [
        { name: 'Mittagspause', code: '40' },
        { name: 'Nacharbeit', code: '12' },
      ],
      defaultReason: 'Mittagspause',
      pause: { state: 'available', reason: null, sinceMs: null, cause: null, resumesAtMs: null },
      ...overrides,
    },
  });
}

function pausedState(): CompanionState {
  const state = queuesState();
  return queuesState({
    queues: state.queues.queues.map((queue) => ({ ...queue, paused: true, pauseReason: 'Nacharbeit' })),
    pause: {
      state: 'paused',
      reason: 'Nacharbeit',
      sinceMs: Date.now() - 125_000,
      cause: 'manual',
      resumesAtMs: null,
    },
  });
}

describe('the pause in the panel header', () => {
  test('shows the state, pauses with the default reason, and asks the core to watch the queues', async () => {
    const companion = installCompanion(queuesState());
    render(PanelPage);
    expect((await screen.findByTestId('pause-state')).textContent).toContain('Available');
    expect(screen.getByTestId('pause-bar').dataset.agentState).toBe('available');
    await fireEvent.click(screen.getByRole('button', { name: 'Pause (Mittagspause)' }));
    expect(companion.sent('queues/pause')).toEqual([{}]);
    expect(companion.sent('queues/watch').length).toBeGreaterThan(0);
  });

  test('paused: the reason, a running timer, and Resume', async () => {
    const companion = installCompanion(pausedState());
    render(PanelPage);
    expect((await screen.findByTestId('pause-state')).textContent).toContain('Paused: Nacharbeit');
    expect(screen.getByTestId('pause-timer').textContent?.trim()).toMatch(/^2:0[56]$/);
    await fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(companion.sent('queues/unpause')).toEqual([{}]);
  });

  test('the reason menu works by keyboard: open, move, choose; Escape closes and returns focus', async () => {
    const companion = installCompanion(queuesState());
    render(PanelPage);
    const menuButton = await screen.findByRole('button', { name: /Pause with a reason/ });
    await fireEvent.keyDown(menuButton, { key: 'ArrowDown' });
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent?.trim())).toEqual(['Mittagspause (default)', 'Nacharbeit']);
    expect(document.activeElement).toBe(items[0]);
    await fireEvent.keyDown(items[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    await fireEvent.keyDown(items[1] as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton);

    await fireEvent.click(menuButton);
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Nacharbeit' }));
    expect(companion.sent('queues/pause')).toEqual([{ reason: 'Nacharbeit' }]);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  test('a refused action is announced with the reason and the PBX’s own words', async () => {
    installCompanion(
      queuesState({
        lastOutcome: {
          id: 3,
          action: 'pause',
          queue: null,
          reason: 'Mittagspause',
          pbxMessage: null,
          ok: false,
          error: { kind: 'server', pbxMessage: 'Internal Server Error' },
          cause: 'manual',
          atMs: Date.now(),
        },
      }),
    );
    render(PanelPage);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Pausing in all queues failed: The PBX reported an internal error.');
    // The PBX's own words only in the details.
    const details = alert.querySelector('details');
    expect(details?.textContent).toContain('Internal Server Error');
    expect(alert.textContent?.replace(details?.textContent ?? '', '')).not.toContain('Internal Server Error');
  });
});

describe('the queues tab', () => {
  async function openTab(state: CompanionState) {
    const companion = installCompanion(state);
    render(PanelPage);
    await fireEvent.click(await screen.findByRole('tab', { name: /^Queues/ }));
    return { companion, rows: await screen.findAllByTestId('queue-row') };
  }

  test('each queue with its figures; a static membership offers no login or logout', async () => {
    const { rows } = await openTab(queuesState());
    expect(rows).toHaveLength(3);
    const [zentrale, , vertrieb] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(zentrale).getByRole('heading', { name: 'Zentrale' })).toBeTruthy();
    expect(within(zentrale).getByTestId('queue-status').textContent).toBe('Logged in · Available');
    expect(within(zentrale).getByTestId('queue-agents').textContent).toBe(
      'Agents: 1 available, 0 busy, 0 paused',
    );
    expect(within(zentrale).getByRole('button', { name: 'Log out of Zentrale' })).toBeTruthy();
    expect(within(vertrieb).queryByTestId('queue-login-toggle')).toBeNull();
    expect(within(vertrieb).getByTestId('queue-membership').textContent).toContain('Static member');
    expect(within(vertrieb).getByText(/No pause reasons in this queue/)).toBeTruthy();
  });

  test('log out of one queue, pause one with a reason picked from its list', async () => {
    const { companion, rows } = await openTab(queuesState());
    const [zentrale, support, vertrieb] = rows as [HTMLElement, HTMLElement, HTMLElement];
    await fireEvent.click(within(zentrale).getByRole('button', { name: 'Log out of Zentrale' }));
    expect(companion.sent('queues/logout')).toEqual([{ queue: 'Zentrale' }]);
    await fireEvent.change(within(support).getByLabelText('Pause reason for Support'), {
      target: { value: 'Nacharbeit' },
    });
    await fireEvent.click(within(support).getByRole('button', { name: 'Pause Support' }));
    await fireEvent.click(within(vertrieb).getByRole('button', { name: 'Pause Vertrieb Inland' }));
    expect(companion.sent('queues/pause')).toEqual([
      { queue: 'Support', reason: 'Nacharbeit' },
      { queue: 'Vertrieb Inland' },
    ]);
  });

  test('waiting callers with the longest wait; a pending action is shown as such', async () => {
    const state = queuesState();
    const [first, ...rest] = state.queues.queues;
    if (!first) throw new Error('no queue');
    const { rows } = await openTab(
      queuesState({
        queues: [
          { ...first, waitingCount: 2, longestWaitSinceMs: Date.now() - 83_000, pending: 'pause' },
          ...rest,
        ],
      }),
    );
    const row = rows[0] as HTMLElement;
    expect(within(row).getByTestId('queue-waiting').textContent).toMatch(/2 waiting, longest 1:2[34]/);
    expect(within(row).getByTestId('queue-status').textContent).toBe('Pausing…');
    expect(row.getAttribute('aria-busy')).toBe('true');
  });
});
