import { describe, expect, test } from 'vitest';
import { trayView } from '../../../../electron/core/tray/tray-view';
import type { CompanionState } from '../../../../electron/shared/contract';
import type { Language } from '../../../../electron/shared/vocabulary';
import { makeState } from '../../renderer/fake-companion';

function state(
  unread: number,
  status: CompanionState['connection']['status'] = 'online',
  language: Language = 'en',
): CompanionState {
  const base = makeState();
  return makeState({
    app: { ...base.app, language },
    connection: {
      status,
      agent: { username: 'tsander', displayName: 'Tina Sander', extension: '221', mailbox: '221' },
    },
    voicemail: { status: 'ready', mailbox: '221', unread },
  });
}

describe('the tray shows unheard voicemail', () => {
  test('as a badge count, in the tooltip and as a line in the menu', () => {
    const view = trayView(state(2));
    expect(view.badge).toBe(2);
    expect(view.tooltip).toBe('pascom Companion: Online · Tina Sander (221) · 2 new voicemails');
    // On Linux the menu is all there is: the line opens the panel on the voicemail tab.
    expect(view.menu).toContainEqual({
      type: 'command',
      command: { name: 'voicemail/show', input: {} },
      label: '2 new voicemails',
      enabled: true,
      id: 'voicemail/show',
      icon: 'voicemail',
    });
  });

  test('in German, and singular for one', () => {
    const view = trayView(state(1, 'online', 'de'));
    expect(view.tooltip).toContain('1 neue Sprachnachricht');
  });

  test('no badge without unheard messages, and none while offline (the count would be stale)', () => {
    expect(trayView(state(0)).badge).toBe(0);
    expect(trayView(state(0)).tooltip).not.toContain('voicemail');
    expect(trayView(state(3, 'offline')).badge).toBe(0);
  });
});
