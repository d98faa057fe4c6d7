/**
 * While the panel is on screen, asks the core to follow the queues faster (`queues/watch`, a lease
 * the core drops after 30 s): renewed every 15 s and at once when the window becomes visible. A
 * hidden panel (Electron hides it on blur) renews nothing, so an idle agent costs the PBX less.
 */
import { invoke } from '../lib/api';

export const WATCH_RENEW_MS = 15_000;

/** Call while a component initialises; the renewal lives as long as the component. */
export function watchQueues(renewMs = WATCH_RENEW_MS): void {
  $effect(() => {
    const renew = (): void => {
      if (document.visibilityState !== 'hidden') void invoke('queues/watch', {});
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
