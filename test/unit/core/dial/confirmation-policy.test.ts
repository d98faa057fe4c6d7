import { describe, expect, it } from 'vitest';
import { armDelayMs, confirmationNeeded } from '../../../../electron/core/dial/confirmation-policy';
import { confirmArmDelayMs, type DialSource, dialSources } from '../../../../electron/shared/features/dial';

const asking = { confirmLinks: true, confirmHotkeyDials: true };
const trusting = { confirmLinks: false, confirmHotkeyDials: false };

describe('which dials wait for the agent', () => {
  it('a link and the dial hotkey wait while the settings say so; a dial started in the app never', () => {
    const waiting = (settings: typeof asking) =>
      dialSources.filter((source) => confirmationNeeded(source, true, settings));
    expect(waiting(asking)).toEqual(['hotkey', 'link']);
    expect(waiting(trusting)).toEqual([]);
    expect(waiting({ confirmLinks: false, confirmHotkeyDials: true })).toEqual(['hotkey']);
  });

  it('before the app is online, requests from outside wait whatever the setting; the hotkey fails at once instead', () => {
    const offline = (source: DialSource) => confirmationNeeded(source, false, trusting);
    expect(dialSources.filter(offline)).toEqual(['link', 'command-line']);
    expect(confirmationNeeded('hotkey', false, asking)).toBe(false);
  });

  it('the confirmation of a request from outside or from the hotkey is deaf for a second', () => {
    expect(dialSources.filter((source) => armDelayMs(source) === confirmArmDelayMs)).toEqual([
      'hotkey',
      'link',
      'command-line',
    ]);
    expect(armDelayMs('panel')).toBe(0);
  });
});
