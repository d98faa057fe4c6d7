import { describe, expect, test } from 'vitest';
import type { TrayAction, TrayCommand, TrayMenuEntry } from '../../../../electron/core/tray/tray-entry';
import {
  menuIconOf,
  TRAY_MENU_ICONS,
  type TrayMenuIcon,
} from '../../../../electron/core/tray/tray-menu-icons';
import { trayView } from '../../../../electron/core/tray/tray-view';
import type { CompanionState } from '../../../../electron/shared/contract';
import { readyAvailability } from '../../renderer/availability/availability-fixture';
import { makeCall, makeState } from '../../renderer/fake-companion';
import { agentQueues } from '../queues/queue-rig';

const action = (name: TrayAction): TrayMenuEntry => ({
  type: 'action',
  action: name,
  label: name,
  enabled: true,
});
const command = (of: TrayCommand): TrayMenuEntry => ({
  type: 'command',
  command: of,
  label: of.name,
  enabled: true,
});
const submenu = (...entries: TrayMenuEntry[]): TrayMenuEntry => ({ type: 'submenu', label: 'More', entries });

/**
 * Every kind of entry the tray offers and the glyph it shows: the panel's and popup's glyph for the
 * same meaning. A kind missing from the core's map shows no icon, and its row fails here.
 */
const expected: [string, TrayMenuEntry, TrayMenuIcon][] = [
  ['Show panel', action('show-panel'), 'app-window'],
  ['Settings… (and Connect…, Check connection settings…)', action('open-settings'), 'settings'],
  ['Retry now', action('retry'), 'refresh-cw'],
  ['Quit', action('quit'), 'power'],
  ['Answer', command({ name: 'calls/answer', input: { callId: '7' } }), 'phone'],
  ['Answer on the phone (several ringing)', command({ name: 'calls/answer', input: {} }), 'phone'],
  ['Hang up', command({ name: 'control/hang-up', input: { callId: '7' } }), 'phone-off'],
  ['Hold', command({ name: 'control/hold', input: { callId: '7' } }), 'pause'],
  ['Suspend hotkeys', command({ name: 'hotkeys/suspend', input: { suspended: true } }), 'keyboard-off'],
  ['Resume hotkeys', command({ name: 'hotkeys/suspend', input: { suspended: false } }), 'keyboard'],
  ['Pause (default reason)', command({ name: 'queues/pause', input: {} }), 'circle-pause'],
  ['Resume (queues)', command({ name: 'queues/unpause', input: {} }), 'circle-check'],
  ['Log in to all queues', command({ name: 'queues/login', input: {} }), 'log-in'],
  ['N new voicemails', command({ name: 'voicemail/show', input: {} }), 'voicemail'],
  [
    'Forward to my mobile',
    command({ name: 'availability/forward', input: { target: '0160' } }),
    'smartphone',
  ],
  ['Stop forwarding', command({ name: 'availability/clear-forward', input: {} }), 'undo-2'],
  [
    'Pause with reason ▸',
    submenu(command({ name: 'queues/pause', input: { reason: 'Lunch' } })),
    'circle-pause',
  ],
  [
    'Call a favourite ▸',
    submenu(command({ name: 'team/call', input: { username: 'ameyer', source: 'tray' } })),
    'phone',
  ],
  [
    'Transfer to a favourite ▸',
    submenu(command({ name: 'team/transfer', input: { username: 'ameyer', callId: '7' } })),
    'phone-forwarded',
  ],
  [
    'Profile: … ▸',
    submenu(command({ name: 'availability/activate-profile', input: { profileId: 1 } })),
    'signpost',
  ],
];

describe('tray menu icons', () => {
  test.each(expected)('%s', (_name, entry, glyph) => {
    expect(menuIconOf(entry)).toBe(glyph);
  });

  test('every glyph the map uses is one the generator draws, and each is used', () => {
    const used = new Set(expected.map(([, , glyph]) => glyph));
    used.add('play'); // "Resume" of a held call states its own (dial/tray.ts)
    expect([...used].sort()).toEqual([...TRAY_MENU_ICONS].sort());
  });

  test('none for info lines and separators; an icon the entry states wins', () => {
    expect(menuIconOf({ type: 'info', label: 'Online · Anna' })).toBeNull();
    expect(menuIconOf({ type: 'separator' })).toBeNull();
    expect(
      menuIconOf({
        ...command({ name: 'control/hold', input: { callId: '7' } }),
        icon: 'play',
      } as TrayMenuEntry),
    ).toBe('play');
    expect(menuIconOf(submenu({ type: 'info', label: 'nothing to run' }))).toBeNull();
  });
});

/** Online with everything the menu can show at once: a ringing call, queues, favourites, profiles, voicemail, hotkeys. */
function busyState(): CompanionState {
  const base = makeState();
  return makeState({
    calls: { live: [makeCall({ id: '7', phase: 'ringing' }), makeCall({ id: '8', phase: 'connected' })] },
    voicemail: { ...base.voicemail, unread: 2 },
    queues: {
      ...base.queues,
      status: 'ready',
      queues: agentQueues(),
      reasons: [{ name: 'Mittagspause', code: '40' }],
      defaultReason: 'Mittagspause',
      pause: { state: 'available', reason: null, sinceMs: 0, cause: 'manual', resumesAtMs: null },
    },
    team: {
      ...base.team,
      settings: {
        ...base.team.settings,
        favourites: [{ username: 'ameyer', name: 'Anna Meyer', extension: '230' }],
      },
    },
    availability: readyAvailability(),
    hotkeys: {
      available: true,
      suspended: false,
      wayland: false,
      bindings: [
        {
          action: 'hang-up',
          accelerator: 'Control+Alt+Shift+H',
          defaultAccelerator: 'Control+Alt+Shift+H',
          status: 'active',
          conflictWith: null,
        },
      ],
    },
  });
}

describe('the tray view marks its menu', () => {
  test('every top-level entry that does something has an icon; lines, separators and submenu entries none', () => {
    for (const state of [
      busyState(),
      makeState({ connection: { ...makeState().connection, status: 'offline' } }),
    ]) {
      for (const entry of trayView(state).menu) {
        if (entry.type === 'separator' || entry.type === 'info') {
          expect(entry, JSON.stringify(entry)).not.toHaveProperty('icon');
          continue;
        }
        expect(TRAY_MENU_ICONS, `${entry.label}`).toContain(entry.icon);
        if (entry.type === 'submenu')
          for (const inner of entry.entries) expect(inner, inner.type).not.toHaveProperty('icon');
      }
    }
  });

  test('the main entries, in the order the menu reads', () => {
    const marked = trayView(busyState()).menu.flatMap((entry) =>
      entry.type === 'separator' || entry.type === 'info' ? [] : [`${entry.label} [${entry.icon}]`],
    );
    expect(marked).toEqual([
      '2 new voicemails [voicemail]',
      'Answer Max Mustermann [phone]',
      'Hang up (Max Mustermann) [phone-off]',
      'Hold [pause]',
      'Suspend hotkeys [keyboard-off]',
      'Call a favourite [phone]',
      'Transfer to a favourite [phone-forwarded]',
      'Profile: Im Büro [signpost]',
      'Forward to my mobile (0160 5550221) [smartphone]',
      'Pause (Mittagspause) [circle-pause]',
      'Pause with reason [circle-pause]',
      'Show panel [app-window]',
      'Settings… [settings]',
      'Quit pascom Companion [power]',
    ]);
  });
});
