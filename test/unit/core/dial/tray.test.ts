import { describe, expect, test } from 'vitest';
import { dialTextsEn } from '../../../../electron/core/dial/texts.en';
import { dialMenuEntries } from '../../../../electron/core/dial/tray';
import { trayView } from '../../../../electron/core/tray/tray-view';
import type { CompanionState } from '../../../../electron/shared/contract';
import { makeCall, makeState } from '../../renderer/fake-companion';

/** The tray menu's block for the call in progress: answering, controlling it, suspending hotkeys. */
function callBlock(state: CompanionState) {
  const menu = trayView(state).menu;
  const start = menu.findIndex((entry) => entry.type === 'separator') + 1;
  const end = menu.findIndex((entry, index) => index >= start && entry.type === 'separator');
  return menu.slice(start, end + 1);
}

describe('the tray offers call control and suspending the hotkeys', () => {
  const hotkeys = {
    available: true,
    suspended: false,
    wayland: false,
    bindings: [
      {
        action: 'hang-up' as const,
        accelerator: 'Control+Alt+Shift+H',
        defaultAccelerator: 'Control+Alt+Shift+H',
        status: 'active' as const,
        conflictWith: null,
      },
    ],
  };

  test('hang up and hold on the call in progress, resume when it is held', () => {
    const call = makeCall({ id: '5', phase: 'connected', remoteName: 'Lukas Müller' });
    const state = makeState({ hotkeys, calls: { live: [call] } });
    expect(callBlock(state)).toEqual([
      {
        type: 'command',
        command: { name: 'control/hang-up', input: { callId: '5' } },
        label: 'Hang up (Lukas Müller)',
        enabled: true,
        id: 'control/hang-up?callId=5',
        icon: 'phone-off',
      },
      {
        type: 'command',
        command: { name: 'control/hold', input: { callId: '5' } },
        label: 'Hold',
        enabled: true,
        id: 'control/hold?callId=5',
        icon: 'pause',
      },
      {
        type: 'command',
        command: { name: 'hotkeys/suspend', input: { suspended: true } },
        label: 'Suspend hotkeys',
        enabled: true,
        id: 'hotkeys/suspend?suspended=true',
        icon: 'keyboard-off',
      },
      { type: 'separator' },
    ]);
    const held = makeState({
      app: { version: '1', platform: 'linux', preview: false, language: 'de' },
      hotkeys: { ...hotkeys, suspended: true },
      calls: { live: [{ ...call, phase: 'held' }] },
    });
    expect(
      callBlock(held).map((entry) => (entry.type === 'command' ? `${entry.label} [${entry.icon}]` : '-')),
    ).toEqual([
      'Auflegen (Lukas Müller) [phone-off]',
      'Gespräch fortsetzen [play]',
      'Tastenkürzel wieder aktivieren [keyboard]',
      '-',
    ]);
  });

  test('nothing the device cannot do, nothing for a call that only rings in, nothing without hotkeys', () => {
    const mobile = { name: 'm', label: 'Mobile', typeName: null, capabilities: ['dial', 'hangup'] };
    const connected = makeState({
      dial: { controlDevice: mobile },
      calls: { live: [makeCall({ phase: 'connected' })] },
    });
    expect(callBlock(connected).map((entry) => entry.type === 'command' && entry.command.name)).toEqual([
      'control/hang-up',
      false,
    ]);
    expect(
      dialMenuEntries(
        makeState({ calls: { live: [makeCall({ phase: 'ringing', direction: 'inbound' })] } }),
        dialTextsEn,
      ),
    ).toEqual([]);
  });
});
