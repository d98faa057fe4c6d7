/**
 * The team board's place in the panel. While the panel is on screen it holds the core's lease
 * (`team/watch`): only then do the colleagues' keys ride in the agent's states request. It is let
 * go at once when the window is hidden (Electron hides the panel on blur) or closed, so a closed
 * panel costs the PBX nothing. It runs for the whole panel, whichever tab is shown: the tab's
 * label and the tray stay current.
 */
import { invoke } from '../lib/api';
import { holdWhileShown } from '../lib/lease.svelte';

/** Call while the panel initialises (the tab's `follow`); the lease lives as long as the panel. */
export function watchTeam(): void {
  holdWhileShown({
    renew: () => void invoke('team/watch', { open: true }),
    release: () => void invoke('team/watch', { open: false }),
  });
}
