/**
 * The panel's leases on the core: while a window is on screen it asks the core to follow something
 * closer (queues, availability, the team board), and the core lets go by itself 30 s after the
 * last renewal. Renewed at once, every `renewMs` while the window is visible and at once when it
 * becomes visible again. A hidden window (Electron hides the panel on blur) renews nothing, so an
 * idle agent costs the PBX less. A lease with `release` is also given back when the window is
 * hidden, closed or the component goes, instead of running out.
 */

/** Half the core's 30 s lease: one late renewal never lets it run out. */
export const LEASE_RENEW_MS = 15_000;

export interface Lease {
  renew(): void;
  release?(): void;
}

/** Call while a component initialises; the lease lives as long as the component. */
export function holdWhileShown(lease: Lease, renewMs = LEASE_RENEW_MS): void {
  $effect(() => {
    const shown = (): boolean => document.visibilityState !== 'hidden';
    const renewIfShown = (): void => {
      if (shown()) lease.renew();
    };
    const visibilityChanged = (): void => {
      if (shown()) lease.renew();
      else lease.release?.();
    };
    const release = (): void => lease.release?.();
    renewIfShown();
    const timer = setInterval(renewIfShown, renewMs);
    document.addEventListener('visibilitychange', visibilityChanged);
    window.addEventListener('pagehide', release);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', visibilityChanged);
      window.removeEventListener('pagehide', release);
      release();
    };
  });
}
