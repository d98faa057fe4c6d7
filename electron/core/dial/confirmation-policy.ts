/**
 * When a dial waits for the agent's confirmation, and how long its Call button stays deaf: the
 * decisions of dialer.ts, kept apart so each is one readable rule.
 */
import {
  armedConfirmSources,
  confirmArmDelayMs,
  type DialSource,
  outsideDialSources,
} from '../../shared/features/dial';
import type { DialSettings } from './settings';

/**
 * A link or launch from another app waits for the agent (unless links are trusted in settings),
 * and always while the app is not online yet (a link that started the app). What the dial hotkey
 * read from the selection or clipboard waits too (a setting): another app may have put it there.
 */
export function confirmationNeeded(
  source: DialSource,
  online: boolean,
  settings: Pick<DialSettings, 'confirmLinks' | 'confirmHotkeyDials'>,
): boolean {
  if (outsideDialSources.includes(source)) return !online || (source === 'link' && settings.confirmLinks);
  return source === 'hotkey' && online && settings.confirmHotkeyDials;
}

/** How long a confirmation is ignored after the request: a key press then was meant for another app. */
export function armDelayMs(source: DialSource): number {
  return armedConfirmSources.includes(source) ? confirmArmDelayMs : 0;
}
