/**
 * Tells which listed messages just arrived. The first listing of a mailbox in this app run is
 * what was already there (no burst of notifications at every start); after that, an unheard
 * message with a key never seen before is new. It outlives the connection, so a message left
 * while the app was offline is announced once it is back.
 */
import { isUnheardFolder, type StoredMessage } from './mailbox-model';

/** Keys of deleted messages never come back; this bounds the memory a mailbox of years costs. */
const MAX_REMEMBERED_KEYS = 5000;

export class ArrivalTracker {
  #mailbox: string | null = null;
  #seen = new Set<string>();
  #primed = false;

  arrivals(mailbox: string, messages: readonly StoredMessage[]): StoredMessage[] {
    if (mailbox !== this.#mailbox) {
      this.#mailbox = mailbox;
      this.#seen = new Set();
      this.#primed = false;
    }
    const fresh = messages.filter((stored) => !this.#seen.has(stored.key));
    for (const stored of fresh) this.#seen.add(stored.key);
    for (const oldest of this.#seen) {
      if (this.#seen.size <= MAX_REMEMBERED_KEYS) break;
      this.#seen.delete(oldest);
    }
    if (!this.#primed) {
      this.#primed = true;
      return [];
    }
    return fresh.filter((stored) => isUnheardFolder(stored.folder));
  }
}
