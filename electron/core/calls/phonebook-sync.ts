/**
 * Keeps the one shared `PhonebookIndex` loaded while connected: the agent's private phonebook and
 * the global one, page by page at connect (lookups work from the first page on, so the first
 * caller popup never waits for a large phonebook), then fresh cheaply: every few minutes one HEAD
 * (`x-total`) per phonebook, and a reload only of the phonebook whose count changed, or after
 * `maxAgeMs` (entries edited in place do not change the count). A reload is built aside in time
 * slices (the main process stays free for popups) and swapped in whole, so callers are never looked
 * up in a half-loaded phonebook.
 *
 * The index survives a reconnect to the same PBX and agent; the progress is in `state.calls.phonebook`.
 */
import type { CallsView, PhonebookStatusView } from '../../shared/features/calls';
import type { SessionContext, SessionPart } from '../feature';
import { isPbxError } from '../pbx/errors';
import type { PbxApi, PhonebookEntry, PhonebookPage } from '../pbx/index';
import type { ContactSource, PhonebookIndex } from '../phonebook/phonebook-index';
import type { Clock, Logger } from '../ports';
import type { Slice } from '../state/slice';
import type { PollLoop } from '../sync/poll-loop';
import { SlowCadence } from './slow-cadence';

export interface PhonebookSyncOptions {
  index: PhonebookIndex;
  slice: Slice<CallsView>;
  clock: Clock;
  log: Logger;
  /** The index changed: names of calls on screen may resolve now. */
  onChange: () => void;
  /** The short delay a failed check is retried after (the presence poll's interval). */
  retryMs: () => number;
  /**
   * A call is ringing for the agent: a reload (the old entries answer meanwhile) fetches no page
   * until it stops, so the live list and the popup do not share the PBX, the network and the
   * process with 500-entry pages. The first load does not wait: popups need it.
   */
  holdReload?: () => boolean;
  pageSize?: number;
  checkIntervalMs?: number;
  maxAgeMs?: number;
}

interface SourceState {
  /** The count the PBX gave when this phonebook was last loaded; null: never loaded. */
  total: number | null;
  loadedAtMs: number | null;
}

type PageFetcher = (offset: number, limit: number, signal: AbortSignal) => Promise<PhonebookPage>;

export const DEFAULT_PHONEBOOK_PAGE_SIZE = 500;
export const DEFAULT_PHONEBOOK_CHECK_INTERVAL_MS = 5 * 60_000;
export const DEFAULT_PHONEBOOK_MAX_AGE_MS = 6 * 60 * 60_000;
/** A PBX that ignores `offset` must not keep the load going forever. */
const maxPagesPerLoad = 2000;
/**
 * A reload (the old entries still answer) starts its pages at least this far apart: paged at
 * full speed it took most of the session's request ceiling, and a call ringing meanwhile waited
 * for tokens behind it (a popup 1.27 s after the ring at a 100 ms round trip). The first load,
 * which the popups need, is not paced.
 */
export const RELOAD_PAGE_SPACING_MS = 400;
/** How often a held reload looks whether the call has stopped ringing (no request: a state read). */
export const RELOAD_HOLD_CHECK_MS = 250;

export class PhonebookSync implements SessionPart {
  readonly name = 'phonebook';
  readonly #o: PhonebookSyncOptions;
  readonly #sources: Record<ContactSource, SourceState> = {
    private: { total: null, loadedAtMs: null },
    global: { total: null, loadedAtMs: null },
  };
  #loadedFor: string | null = null;
  #loop: PollLoop | null = null;
  #forceReload = false;
  readonly #cadence: SlowCadence;

  constructor(options: PhonebookSyncOptions) {
    this.#o = options;
    this.#cadence = new SlowCadence(
      () => options.checkIntervalMs ?? DEFAULT_PHONEBOOK_CHECK_INTERVAL_MS,
      options.retryMs,
    );
  }

  start(session: SessionContext): void {
    this.stop();
    const owner = `${session.api.client.serverAddress.baseUrl}|${session.agent.username.toLowerCase()}`;
    if (this.#loadedFor !== owner) {
      this.#o.index.clear();
      for (const source of Object.values(this.#sources))
        Object.assign(source, { total: null, loadedAtMs: null });
      this.#loadedFor = owner;
      this.#o.onChange();
    }
    this.#loop = session.loop({
      name: 'phonebook',
      intervalMs: this.#cadence.intervalMs,
      run: (signal) => this.#cadence.run(() => this.#run(session, signal)),
    });
    this.#loop.start();
  }

  stop(): void {
    this.#loop?.stop();
    this.#loop = null;
    const status = this.#o.slice.current.phonebook.status;
    if (status === 'loading') this.#setStatus({ status: this.#o.index.size > 0 ? 'ready' : 'idle' });
  }

  /** Ask the PBX's counts now and reload what changed (after the agent added a contact). */
  checkNow(): void {
    this.#loop?.pollNow();
  }

  /** Load both phonebooks again now (the agent asked for it). */
  reloadNow(): void {
    this.#forceReload = true;
    this.#loop?.pollNow();
  }

  async #run(session: SessionContext, signal: AbortSignal): Promise<void> {
    try {
      await this.#check(session, signal);
    } catch (error) {
      // The loop retries with backoff; the panel says the phonebook is not up to date meanwhile.
      if (!signal.aborted) this.#setStatus({ status: 'failed' });
      throw error;
    }
  }

  async #check(session: SessionContext, signal: AbortSignal): Promise<void> {
    const { api, agent } = session;
    const fetchers: Record<ContactSource, PageFetcher> = {
      private: (offset, limit, s) =>
        api.phonebook.listPrivate(agent.username, { offset, limit }, { signal: s }),
      global: (offset, limit, s) => api.phonebook.search({ offset, limit }, { signal: s }),
    };
    const force = this.#forceReload;
    this.#forceReload = false;
    if (force || this.#sources.global.loadedAtMs === null || this.#sources.private.loadedAtMs === null)
      this.#setStatus({ status: 'loading', loaded: 0, expected: null });
    // Two HEAD requests: whether anything changed, and how much a load will bring (the progress).
    const counts: Record<ContactSource, number | null> = {
      private: await privateCount(api, agent.username, signal),
      global: await globalCount(api, signal),
    };
    const due = (['private', 'global'] as const).filter((source) => force || this.#changed(source, counts));
    if (due.length === 0) {
      this.#setStatus({ status: 'ready', syncedAtMs: this.#o.clock.now() });
      return;
    }
    await this.#load(due, fetchers, counts, signal);
  }

  #changed(source: ContactSource, counts: Record<ContactSource, number | null>): boolean {
    const { loadedAtMs, total } = this.#sources[source];
    const maxAgeMs = this.#o.maxAgeMs ?? DEFAULT_PHONEBOOK_MAX_AGE_MS;
    if (loadedAtMs === null || this.#o.clock.now() - loadedAtMs >= maxAgeMs) return true;
    const count = counts[source];
    if (count === null || count === total) return false;
    this.#o.log.log('info', 'phonebook changed on the PBX; reloading it', { source, was: total, now: count });
    return true;
  }

  async #load(
    sources: readonly ContactSource[],
    fetchers: Record<ContactSource, PageFetcher>,
    counts: Record<ContactSource, number | null>,
    signal: AbortSignal,
  ): Promise<void> {
    let loaded = 0;
    let expected = sources.reduce((sum, source) => sum + (counts[source] ?? 0), 0);
    this.#setStatus({ status: 'loading', loaded, expected });
    for (const source of sources) {
      // The first load fills the index page by page; a reload is swapped in whole at the end.
      const progressive = this.#sources[source].loadedAtMs === null;
      const collected: PhonebookEntry[] = [];
      const pageSize = this.#o.pageSize ?? DEFAULT_PHONEBOOK_PAGE_SIZE;
      let offset = 0;
      let total = 0;
      let firstIdOfLastPage: number | null = null;
      let pageStartedAtMs: number | null = null;
      for (let pages = 0; pages < maxPagesPerLoad; pages++) {
        if (!progressive && pageStartedAtMs !== null) {
          const waitMs = pageStartedAtMs + RELOAD_PAGE_SPACING_MS - this.#o.clock.monotonicMs();
          if (waitMs > 0) await this.#pause(waitMs, signal);
        }
        while (!progressive && this.#o.holdReload?.()) await this.#pause(RELOAD_HOLD_CHECK_MS, signal);
        pageStartedAtMs = this.#o.clock.monotonicMs();
        const page = await fetchers[source](offset, pageSize, signal);
        const firstId = page.entries[0]?.id ?? null;
        if (page.entries.length === 0 || (pages > 0 && firstId === firstIdOfLastPage)) break;
        firstIdOfLastPage = firstId;
        if (page.total > total) {
          // The listing's own count beats the HEAD's (the phonebook may have changed in between).
          expected += page.total - Math.max(total, counts[source] ?? 0);
          total = page.total;
        }
        if (progressive) {
          this.#o.index.add(source, page.entries);
          this.#o.onChange();
        } else collected.push(...page.entries);
        offset += page.entries.length;
        loaded += page.entries.length;
        this.#setStatus({ status: 'loading', loaded, expected: Math.max(expected, loaded) });
        if (offset >= page.total) break;
      }
      // Built aside in time slices while the old entries answer; swapped in whole when ready.
      if (!progressive && !(await this.#o.index.replace(source, collected))) return;
      if (!progressive) this.#o.onChange();
      this.#sources[source] = { total: counts[source] ?? total, loadedAtMs: this.#o.clock.now() };
      this.#o.log.log('info', 'phonebook loaded', { source, entries: offset, total });
    }
    this.#setStatus({ status: 'ready', loaded, expected: loaded, syncedAtMs: this.#o.clock.now() });
  }

  #pause(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = this.#o.clock.setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        this.#o.clock.clearTimeout(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  #setStatus(change: Partial<PhonebookStatusView>): void {
    this.#o.slice.update((calls) => ({
      phonebook: { ...calls.phonebook, ...change, contacts: this.#o.index.size },
    }));
  }
}

async function globalCount(api: PbxApi, signal: AbortSignal): Promise<number | null> {
  const totals = await api.phonebook.totals({}, { signal });
  return totals.total ?? totals.totalFiltered;
}

/** HEAD on a private phonebook is not in the reference: a PBX that refuses it gets a one-entry GET. */
async function privateCount(api: PbxApi, me: string, signal: AbortSignal): Promise<number | null> {
  try {
    const totals = await api.phonebook.privateTotals(me, {}, { signal });
    return totals.total ?? totals.totalFiltered;
  } catch (error) {
    if (!isPbxError(error) || (error.kind !== 'not-found' && error.kind !== 'bad-request')) throw error;
    return (await api.phonebook.listPrivate(me, { limit: 1 }, { signal })).total;
  }
}
