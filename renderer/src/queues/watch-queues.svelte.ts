/** While the panel is on screen, the core follows the queues faster (`queues/watch`). */
import { invoke } from '../lib/api';
import { holdWhileShown } from '../lib/lease.svelte';

/** Call while a component initialises; the lease lives as long as the component. */
export function watchQueues(): void {
  holdWhileShown({ renew: () => void invoke('queues/watch', {}) });
}
