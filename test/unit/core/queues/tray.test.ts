import { describe, expect, test } from 'vitest';
import type { TrayMenuEntry } from '../../../../electron/core/tray/tray-entry';
import { trayIconState, trayView } from '../../../../electron/core/tray/tray-view';
import type { QueuePauseState } from '../../../../electron/shared/features/queues';
import type { Language } from '../../../../electron/shared/vocabulary';
import { makeCall, makeState, withState } from '../../renderer/fake-companion';
import { agentQueues } from './queue-rig';

function stateWith(pause: QueuePauseState, language: Language = 'en') {
  const base = makeState();
  const rows = agentQueues().map((queue, index) => ({
    ...queue,
    paused: pause === 'paused' || (pause === 'partly-paused' && index === 0),
    pauseReason: pause === 'paused' || (pause === 'partly-paused' && index === 0) ? 'Mittagspause' : null,
    loggedIn: pause !== 'logged-out',
  }));
  return makeState({
    app: { ...base.app, language },
    queues: {
      status: 'ready',
      queues: rows,
      reasons: [
        { name: 'Mittagspause', code: '40' },
        { name: 'Nacharbeit', code: '12' },
      ],
      defaultReason: 'Nacharbeit',
      pause: {
        state: pause,
        reason: pause === 'available' ? null : 'Mittagspause',
        sinceMs: 0,
        cause: 'manual',
        resumesAtMs: null,
      },
    },
  });
}

/** Menu entries as words: `label -> command(input)`, submenus indented. */
function words(entries: TrayMenuEntry[], indent = ''): string[] {
  return entries.flatMap((entry): string[] => {
    if (entry.type === 'command')
      return [`${indent}${entry.label} -> ${entry.command.name}${JSON.stringify(entry.command.input)}`];
    if (entry.type === 'submenu') return [`${indent}${entry.label}:`, ...words(entry.entries, `${indent}  `)];
    if (entry.type === 'info') return [`${indent}[${entry.label}]`];
    return [];
  });
}

describe('the tray and the queue pause', () => {
  test('available: Pause with the default reason and the reason list', () => {
    const view = trayView(stateWith('available'));
    expect(words(view.menu).slice(1, 5)).toEqual([
      'Pause (Nacharbeit) -> queues/pause{}',
      'Pause with reason:',
      '  Mittagspause -> queues/pause{"reason":"Mittagspause"}',
      '  Nacharbeit -> queues/pause{"reason":"Nacharbeit"}',
    ]);
    expect(view.icon).toBe('idle');
  });

  test('paused everywhere: the paused icon, the reason in the tooltip, Resume and Change reason', () => {
    const view = trayView(stateWith('paused'));
    expect(view.icon).toBe('paused');
    expect(view.tooltip).toBe('pascom Companion: Online · Anna Schmidt (201) · Paused: Mittagspause');
    expect(words(view.menu)).toContain('Resume -> queues/unpause{}');
    expect(words(view.menu)).toContain('Change pause reason:');
    expect(trayView(stateWith('paused', 'de')).tooltip).toContain('In Pause: Mittagspause');
  });

  test('ringing and in a call win over paused; offline wins over all', () => {
    const paused = stateWith('paused');
    expect(trayIconState(withState(paused, { calls: { live: [makeCall({ phase: 'ringing' })] } }))).toBe(
      'ringing',
    );
    expect(trayIconState(withState(paused, { calls: { live: [makeCall({ phase: 'connected' })] } }))).toBe(
      'in-call',
    );
    expect(trayIconState({ ...paused, connection: { ...paused.connection, status: 'offline' } })).toBe(
      'offline',
    );
  });

  test('partly paused: says so, offers to pause all and to resume all; the icon stays available', () => {
    const view = trayView(stateWith('partly-paused'));
    expect(view.icon).toBe('idle');
    expect(view.tooltip).toContain('Paused in 1 of 3 queues');
    expect(words(view.menu)).toEqual(
      expect.arrayContaining([
        'Pause all queues (Nacharbeit) -> queues/pause{}',
        'Resume all queues -> queues/unpause{}',
      ]),
    );
  });

  test('no queue entries while offline or before the queues are read', () => {
    const offline = stateWith('paused');
    const view = trayView({ ...offline, connection: { ...offline.connection, status: 'offline' } });
    expect(view.menu.some((entry) => entry.type === 'command')).toBe(false);
    expect(trayView(makeState()).menu.some((entry) => entry.type === 'command')).toBe(false);
  });
});
