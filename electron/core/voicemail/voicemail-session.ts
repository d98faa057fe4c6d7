/**
 * The agent's mailbox during one connection: the watcher's findings go into the model, the model
 * into the state slice (counts, revision) and the list command; new messages raise an event and a
 * notification. Ends with the connection: audio cache, waiting deletes and timers go with it.
 */
import type { VoicemailList, VoicemailMessageView } from '../../shared/features/voicemail';
import { CommandFailure, toCommandError } from '../commands/dispatch';
import type { SessionContext } from '../feature';
import type { PbxError } from '../pbx/errors';
import type { VoicemailCounts } from '../pbx/schemas/voicemail';
import type { ArrivalTracker } from './arrivals';
import { AudioDownloads } from './audio-downloads';
import { DeleteQueue } from './delete-queue';
import type { VoicemailDeps } from './deps';
import { type FolderListing, MailboxModel, type StoredMessage } from './mailbox-model';
import { MailboxWatcher } from './mailbox-watcher';
import { arrivalNotification } from './message-texts';
import { type CallerNameResolver, toMessageView } from './message-view';

export interface VoicemailSessionOptions {
  context: SessionContext;
  mailbox: string;
  deps: VoicemailDeps;
  arrivals: ArrivalTracker;
  resolveCallerName: CallerNameResolver;
  formatNumber: (number: string) => string;
  /** Moves when caller names may read differently (see VoicemailFeatureOptions). */
  namesRevision: () => number;
  /** Shows the panel on this message (a notification was clicked). */
  reveal(key: string): void;
  /** Sends a delete whose undo time is over. */
  deleteOnPbx(session: VoicemailSession, key: string): Promise<void>;
}

export class VoicemailSession {
  readonly mailbox: string;
  readonly model = new MailboxModel();
  readonly watcher: MailboxWatcher;
  readonly audio: AudioDownloads;
  readonly deletes: DeleteQueue;
  readonly #o: VoicemailSessionOptions;
  #headInboxCount: number | null = null;
  #namedWithRevision: number | null = null;
  #stopped = false;

  constructor(options: VoicemailSessionOptions) {
    this.#o = options;
    this.mailbox = options.mailbox;
    const { deps, context } = options;
    this.audio = new AudioDownloads(context.api.voicemail, options.mailbox);
    this.deletes = new DeleteQueue({
      clock: deps.clock,
      send: (key) => void options.deleteOnPbx(this, key),
      onChange: () => this.publish(),
    });
    this.watcher = new MailboxWatcher({
      api: context.api.voicemail,
      mailbox: options.mailbox,
      loop: context.loop,
      intervalMs: () => deps.settings.current.watchIntervalMs,
      log: deps.log,
      onCounts: (counts) => this.#onCounts(counts),
      onListings: (listings) => this.#onListings(listings),
      onMailboxFailure: (error) => this.#onMailboxFailure(error),
    });
  }

  get context(): SessionContext {
    return this.#o.context;
  }

  start(): void {
    this.#o.deps.slice.update({ status: 'loading', mailbox: this.mailbox, failure: null });
    this.watcher.start();
  }

  stop(): void {
    this.#stopped = true;
    this.watcher.stop();
    const dropped = this.deletes.cancelAll();
    if (dropped.length > 0)
      this.#o.deps.log.log('info', 'waiting deletes dropped with the session', { count: dropped.length });
    this.audio.clear();
    this.model.clear();
  }

  /** The message a command names; `not-found` when the list no longer has it. */
  require(key: string): StoredMessage {
    const stored = this.model.find(key);
    if (!stored) throw new CommandFailure({ kind: 'not-found', detail: 'voicemail-gone' });
    return stored;
  }

  view(stored: StoredMessage): VoicemailMessageView {
    return toMessageView(stored, this.#o.resolveCallerName, this.#o.formatNumber);
  }

  list(): VoicemailList {
    const hidden = this.deletes.keys;
    return {
      revision: this.#o.deps.slice.current.revision,
      folders: this.model.folders(hidden),
      messages: this.model.messages.map((stored) => this.view(stored)),
    };
  }

  /** Counts, pending deletes and (when `listChanged`) a new revision into the state tree. */
  publish(listChanged = false): void {
    if (this.#stopped) return;
    const hidden = this.deletes.keys;
    this.#o.deps.slice.update((view) => ({
      unread: this.model.unread(hidden, this.#headInboxCount),
      total: this.model.messages.filter((stored) => !hidden.has(stored.key)).length,
      pendingDeletes: this.deletes.pending,
      ...(listChanged ? { revision: view.revision + 1 } : {}),
    }));
  }

  #onCounts(counts: VoicemailCounts): void {
    // Asked for INBOX, `x-voicemail-count` is INBOX's; `-count-inbox` where a PBX sends only that.
    this.#headInboxCount = counts.count ?? counts.inboxCount;
    this.#o.deps.slice.update({ checkedAtMs: this.#o.deps.clock.now() });
    // The phonebook loads beside the mailbox: once it has changed, the panel asks for the names again.
    const names = this.#o.namesRevision();
    if (
      this.#namedWithRevision !== null &&
      names !== this.#namedWithRevision &&
      this.model.messages.length > 0
    )
      this.publish(true);
    this.#namedWithRevision = names;
  }

  #onListings(listings: FolderListing[]): void {
    if (this.#stopped) return;
    const changed = this.model.apply(listings);
    this.#o.deps.slice.update({ status: 'ready', failure: null });
    this.publish(changed);
    for (const stored of this.#o.arrivals.arrivals(this.mailbox, this.model.messages)) this.#announce(stored);
  }

  #onMailboxFailure(error: PbxError): void {
    if (this.#stopped) return;
    this.#o.deps.slice.update((view) => ({
      // A box that was readable stays on screen; only a first failure replaces the list.
      status: this.model.listed ? view.status : 'failed',
      failure: toCommandError(error) ?? { kind: 'internal' },
    }));
  }

  #announce(stored: StoredMessage): void {
    const { deps } = this.#o;
    const view = this.view(stored);
    deps.emit('voicemail/received', view);
    const { title, body } = arrivalNotification(view, deps.texts());
    try {
      deps.notifier?.notify({
        title,
        body,
        tag: `voicemail:${view.key}`,
        onClick: () => this.#o.reveal(view.key),
      });
    } catch (error) {
      deps.log.log('warn', 'voicemail notification failed', { error: String(error) });
    }
  }
}
