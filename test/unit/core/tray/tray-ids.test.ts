import { describe, expect, it } from 'vitest';
import type { TrayMenuEntry } from '../../../../electron/core/tray/tray-entry';
import { commandId, withIds } from '../../../../electron/core/tray/tray-ids';
import { trayView } from '../../../../electron/core/tray/tray-view';
import type { CallView, CompanionState } from '../../../../electron/shared/contract';
import { makeState } from '../../renderer/fake-companion';

const ringing = {
  id: '4711',
  phonecallId: 4711,
  direction: 'inbound',
  phase: 'ringing',
  remoteNumber: '+49891234567',
  remoteName: 'Anna Huber',
  remoteInternal: false,
  queueName: null,
  startedAtMs: 0,
  answeredAtMs: null,
  route: 'direct',
  remoteDisplayNumber: '089 1234567',
  remoteE164: '+49891234567',
  contacts: [],
  previousCalls: null,
} satisfies CallView;

function busyState(language: 'en' | 'de'): CompanionState {
  const base = makeState();
  return makeState({
    app: { ...base.app, language },
    calls: { presence: 'Ringing', live: [ringing] },
    voicemail: { status: 'ready', mailbox: '221', unread: 2 },
    queues: {
      ...base.queues,
      status: 'ready',
      queues: [{ name: 'Support' } as CompanionState['queues']['queues'][number]],
      reasons: [
        { name: 'Lunch' } as CompanionState['queues']['reasons'][number],
        { name: 'Backoffice' } as CompanionState['queues']['reasons'][number],
      ],
      defaultReason: 'Lunch',
      pause: { state: 'available', reason: null, sinceMs: null, cause: null, resumesAtMs: null },
    },
  });
}

/** Every entry with its id, submenus flattened, separators left out. */
function ids(entries: readonly TrayMenuEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.type === 'separator'
      ? []
      : [entry.id ?? '(none)', ...(entry.type === 'submenu' ? ids(entry.entries) : [])],
  );
}

describe('tray menu ids', () => {
  it('name what an entry does: its action, or its command and input', () => {
    expect(commandId({ name: 'voicemail/show', input: {} })).toBe('voicemail/show');
    expect(commandId({ name: 'queues/pause', input: { reason: 'Kaffee & Kuchen' } })).toBe(
      'queues/pause?reason=Kaffee+%26+Kuchen',
    );
    expect(commandId({ name: 'hotkeys/suspend', input: { suspended: true } })).toBe(
      'hotkeys/suspend?suspended=true',
    );
  });

  it('every entry of a busy menu has one, each once, the same in English and German', () => {
    const english = ids(trayView(busyState('en')).menu);
    expect(english).not.toContain('(none)');
    expect(new Set(english).size).toBe(english.length);
    expect(english).toEqual(
      expect.arrayContaining([
        'calls/answer?callId=4711',
        'voicemail/show',
        'queues/pause',
        'queues/pause?reason=Lunch',
        'queues/pause?reason=Backoffice',
        'show-panel',
        'open-settings',
        'quit',
      ]),
    );
    expect(ids(trayView(busyState('de')).menu)).toEqual(english);
  });

  it('a submenu and an info line are named by their feature and place; a repeated id is numbered', () => {
    const taken = new Set<string>();
    const entries = withIds(
      [
        { type: 'info', label: 'Paused' },
        { type: 'command', label: 'Resume', enabled: true, command: { name: 'queues/unpause', input: {} } },
        {
          type: 'submenu',
          label: 'Change reason',
          entries: [
            {
              type: 'command',
              label: 'Lunch',
              enabled: true,
              command: { name: 'queues/unpause', input: {} },
            },
          ],
        },
        { type: 'separator' },
        { type: 'action', action: 'retry', label: 'Retry', enabled: true, id: 'retry-now' },
      ],
      'queues',
      taken,
    );
    expect(ids(entries)).toEqual([
      'queues/info-0',
      'queues/unpause',
      'queues/menu-2',
      'queues/unpause#2',
      'retry-now',
    ]);
  });
});
