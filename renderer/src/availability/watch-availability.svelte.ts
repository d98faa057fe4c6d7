/**
 * While a window shows availability, asks the core to read it (everything stale at once) and to
 * follow it closer (`availability/watch`, a lease the core drops after 30 s): renewed every 15 s
 * and at once when the window becomes visible again. A hidden panel renews nothing, so an idle
 * agent costs the PBX one small request a minute.
 */
import { invoke } from '../lib/api';

export const WATCH_RENEW_MS = 15_000;

/** Call while a component initialises; the renewal lives as long as the component. */
export function watchAvailability(renewMs = WATCH_RENEW_MS): void {
  $effect(() => {
    const renew = (): void => {
      if (document.visibilityState !== 'hidden') void invoke('availability/watch', {});
    };
    renew();
    const timer = setInterval(renew, renewMs);
    document.addEventListener('visibilitychange', renew);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', renew);
    };
  });
}
