/**
 * Watches the agent's mailbox cheaply: one `HEAD /voicemailbox/<box>/INBOX` per interval, whose
 * `x-voicemail-*` headers (counts, newest message) cost no body. The folders are listed only when
 * those headers changed, or when asked to (`refresh()`: the voicemail tab opened, a command
 * changed the box). Runs in the session's poll loop, so it shares the connection's manners.
 *
 * Failures that concern the whole connection (offline, timeout, 5xx, 429, 401/403) are thrown to
 * the loop, which backs off and drives the connection status. Failures of this mailbox only (404
 * for a box the PBX does not know, an answer that cannot be parsed) stay here: the loop carries
 * on and the rest of the app is unaffected.
 */

import type { SessionContext } from '../feature';
import { isPbxError, type PbxError, type PbxErrorKind } from '../pbx/errors';
import type { VoicemailCounts } from '../pbx/schemas/voicemail';
import type { VoicemailApi } from '../pbx/voicemail';
import type { Logger } from '../ports';
import type { PollLoop } from '../sync/poll-loop';
import type { FolderListing } from './mailbox-model';

/** Per folder; the PBX's own default is 20. */
export const LISTING_LIMIT = 50;
const defaultFolders = ['INBOX', 'Old'];
/** Asterisk's folder for recordings in progress: nothing an agent should see. */
const hiddenFolders = new Set(['tmp']);
const mailboxOnlyFailures = new Set<PbxErrorKind>(['not-found', 'bad-response', 'bad-request', 'conflict']);

export interface MailboxWatcherOptions {
  api: VoicemailApi;
  mailbox: string;
  loop: SessionContext['loop'];
  intervalMs: () => number;
  log: Logger;
  onCounts(counts: VoicemailCounts): void;
  onListings(listings: FolderListing[]): void;
  onMailboxFailure(error: PbxError): void;
}

export function countsSignature(counts: VoicemailCounts): string {
  const last = counts.lastMessage;
  return [
    counts.count,
    counts.inboxCount,
    counts.oldCount,
    last?.folder ?? '',
    last?.id ?? '',
    last?.timestampMs ?? '',
  ].join('|');
}

export class MailboxWatcher {
  readonly loop: PollLoop;
  readonly #o: MailboxWatcherOptions;
  #signature: string | null = null;
  #listingWanted = true;
  #folders: string[] | null = null;

  constructor(options: MailboxWatcherOptions) {
    this.#o = options;
    this.loop = options.loop({
      name: 'voicemail',
      intervalMs: options.intervalMs,
      run: (signal) => this.#tick(signal),
    });
  }

  start(): void {
    this.loop.start();
  }

  stop(): void {
    this.loop.stop();
  }

  /** Ask at once (after the running request, never beside it); list only if the counts moved. */
  check(): void {
    this.loop.pollNow();
  }

  /** Ask and list at once (after the running request, never beside it). */
  refresh(): void {
    this.#listingWanted = true;
    this.loop.pollNow();
  }

  async #tick(signal: AbortSignal): Promise<void> {
    const { api, mailbox } = this.#o;
    try {
      const counts = await api.counts(mailbox, 'INBOX', { signal });
      this.#o.onCounts(counts);
      const signature = countsSignature(counts);
      if (signature === this.#signature && !this.#listingWanted) return;
      // Cleared before listing: a refresh asked for meanwhile lists once more after this run.
      this.#listingWanted = false;
      const listings = await this.#list(signal);
      this.#signature = signature;
      this.#o.onListings(listings);
    } catch (error) {
      this.#listingWanted = true;
      if (isPbxError(error) && mailboxOnlyFailures.has(error.kind)) {
        this.#o.log.log('info', 'mailbox could not be read', { kind: error.kind, status: error.status });
        this.#o.onMailboxFailure(error);
        return;
      }
      throw error;
    }
  }

  async #list(signal: AbortSignal): Promise<FolderListing[]> {
    const { api, mailbox } = this.#o;
    this.#folders ??= await this.#loadFolders(signal);
    const listings: FolderListing[] = [];
    // One folder after the other: a watcher should never hold several requests at once.
    for (const folder of this.#folders) {
      const messages = await api.listFolder(mailbox, folder, LISTING_LIMIT, { signal }).catch((error) => {
        // A folder the box lacks (a PBX listing more than it has) is empty, not a failure.
        if (isPbxError(error) && error.kind === 'not-found') return [];
        throw error;
      });
      listings.push({ folder, messages, truncated: messages.length >= LISTING_LIMIT });
    }
    return listings;
  }

  async #loadFolders(signal: AbortSignal): Promise<string[]> {
    const detail = await this.#o.api.get(this.#o.mailbox, { signal });
    const named = (detail?.folders ?? []).filter((folder) => !hiddenFolders.has(folder.toLowerCase()));
    const missing = defaultFolders.filter(
      (folder) => !named.some((n) => n.toLowerCase() === folder.toLowerCase()),
    );
    return [...missing, ...named];
  }
}
