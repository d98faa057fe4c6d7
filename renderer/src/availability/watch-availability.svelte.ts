/**
 * While a window shows availability, the core reads it (everything stale at once) and follows it
 * closer (`availability/watch`). A hidden panel renews nothing, so an idle agent costs the PBX one
 * small request a minute.
 */
import { invoke } from '../lib/api';
import { holdWhileShown } from '../lib/lease.svelte';

/** Call while a component initialises; the lease lives as long as the component. */
export function watchAvailability(): void {
  holdWhileShown({ renew: () => void invoke('availability/watch', {}) });
}
