/**
 * The team board's place in the panel. While the panel is on screen it holds the core's lease
 * (`team/watch`, renewed every 15 s, dropped by the core after 30 s without): only then do the
 * colleagues' keys ride in the agent's states request. It is let go at once when the window is
 * hidden (Electron hides the panel on blur) or closed, so a closed panel costs the PBX nothing.
 * It runs for the whole panel, whichever tab is shown: the tab's label and the tray stay current.
 */
import { invoke } from '../lib/api';

export const TEAM_WATCH_RENEW_MS = 15_000;

/** Call while the panel initialises (the tab's `follow`); the lease lives as long as the panel. */
export function watchTeam(renewMs = TEAM_WATCH_RENEW_MS): void {
  $effect(() => {
    const renew = (): void => {
      void invoke('team/watch', { open: document.visibilityState !== 'hidden' });
    };
    const leave = (): void => {
      void invoke('team/watch', { open: false });
    };
    renew();
    const timer = setInterval(() => document.visibilityState !== 'hidden' && renew(), renewMs);
    document.addEventListener('visibilitychange', renew);
    window.addEventListener('pagehide', leave);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', renew);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  });
}
