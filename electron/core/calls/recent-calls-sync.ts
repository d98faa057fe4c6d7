/**
 * Keeps `state.calls.recent` (today's calls of the agent) while connected: asked from `/cdr` at
 * connect, right after each of the agent's calls ends, and every few minutes (which also moves
 * the list to a new day). Two requests each time: the legs that rang the agent and those the
 * agent placed, since today's local midnight. The list is shown in the panel only: while the host
 * says the panel is hidden, the every-few-minutes read is left out (the reads at connect and after
 * the agent's own calls stay), and the panel coming on screen makes up for what was left out.
 */
import type { CallsView } from '../../shared/features/calls';
import type { SessionContext } from '../feature';
import type { CdrRecord } from '../pbx/schemas/cdr';
import type { Clock, Logger } from '../ports';
import type { Slice } from '../state/slice';
import type { PollLoop } from '../sync/poll-loop';
import type { EndReason, TrackedCall } from './call-tracker';
import {
  groupKeyOf,
  maxRecentCalls,
  type NumberResolver,
  notYetRecorded,
  recentCallFromTracker,
  recentCallsFrom,
  startOfDayMs,
} from './recent-calls';
import { SlowCadence } from './slow-cadence';

export interface RecentCallsSyncOptions {
  slice: Slice<CallsView>;
  clock: Clock;
  log: Logger;
  resolve: NumberResolver;
  /** The short delay a failed refresh is retried after (the presence poll's interval). */
  retryMs: () => number;
  refreshIntervalMs?: number;
}

interface Provisional {
  call: TrackedCall;
  reason: EndReason;
  endedAtMs: number;
}

const maxRecordsPerRequest = 500;
const noNames = (number: string) => ({ name: null, displayNumber: number });
/** A call the PBX's history still lacks after this long is shown from the PBX's records only. */
const provisionalForMs = 10 * 60_000;

export class RecentCallsSync {
  readonly #o: RecentCallsSyncOptions;
  #records: CdrRecord[] = [];
  #provisional: Provisional[] = [];
  #me: string | null = null;
  #loop: PollLoop | null = null;
  readonly #cadence: SlowCadence;
  /** What the host said of the panel; null: a host that does not say (read on the cadence). */
  #panelShown: boolean | null = null;
  /** A read asked for by an event (connect, a call ended), made even with the panel hidden. */
  #due = false;
  /** A periodic read was left out while the panel was hidden. */
  #stale = false;

  constructor(options: RecentCallsSyncOptions) {
    this.#o = options;
    this.#cadence = new SlowCadence(() => options.refreshIntervalMs ?? 5 * 60_000, options.retryMs);
  }

  start(session: SessionContext): void {
    this.stop();
    if (this.#me !== session.agent.username) {
      this.#records = [];
      this.#provisional = [];
      this.#me = session.agent.username;
    }
    this.#due = true;
    this.#loop = session.loop({
      name: 'recent-calls',
      intervalMs: this.#cadence.intervalMs,
      run: (signal) => {
        if (this.#panelShown === false && !this.#due) {
          this.#stale = true;
          return Promise.resolve();
        }
        return this.#cadence.run(() => this.#refresh(session, signal));
      },
    });
    this.#loop.start();
  }

  stop(): void {
    this.#loop?.stop();
    this.#loop = null;
  }

  /** The panel came on screen or went away; on screen, a read left out meanwhile is made now. */
  panel(shown: boolean): void {
    this.#panelShown = shown;
    if (shown && this.#stale) {
      this.#due = true;
      this.#loop?.pollNow();
    }
  }

  /** A call of the agent ended: show it now, and ask the PBX's history for it. */
  noteEnded(call: TrackedCall, reason: EndReason): void {
    this.#due = true;
    if (reason === 'stopped-ringing' || reason === 'transferred') {
      this.#loop?.pollNow();
      return;
    }
    this.#provisional = [{ call, reason, endedAtMs: this.#o.clock.now() }, ...this.#provisional];
    this.#publish();
    this.#loop?.pollNow();
  }

  /** Names again (the phonebook changed). */
  refreshNames(): void {
    if (this.#records.length > 0 || this.#provisional.length > 0) this.#publish();
  }

  async #refresh(session: SessionContext, signal: AbortSignal): Promise<void> {
    const me = session.agent.username;
    const timeFrom = startOfDayMs(this.#o.clock.now());
    const query = { timeFrom, limit: maxRecordsPerRequest };
    const inbound = await session.api.cdr.history({ ...query, dstUserName: me }, { signal });
    const outbound = await session.api.cdr.history({ ...query, srcUserName: me }, { signal });
    this.#due = false;
    this.#stale = false;
    const byId = new Map([...inbound, ...outbound].map((record) => [record.id, record]));
    // Only the legs of the calls the list shows are kept: a busy day must not grow the core.
    const shown = new Set(recentCallsFrom([...byId.values()], me, noNames).map((call) => call.id));
    this.#records = [...byId.values()].filter((record) => shown.has(groupKeyOf(record, me) ?? ''));
    const nowMs = this.#o.clock.now();
    // A call the PBX's history now has is shown from its records, once (not also as it was seen).
    this.#provisional = notYetRecorded(this.#provisional, [...byId.values()]).filter(
      (entry) => nowMs - entry.endedAtMs < provisionalForMs,
    );
    this.#publish();
  }

  #publish(): void {
    const me = this.#me ?? '';
    const recent = [
      ...this.#provisional.map(({ call, reason, endedAtMs }) =>
        recentCallFromTracker(call, reason, endedAtMs, this.#o.resolve),
      ),
      ...recentCallsFrom(this.#records, me, this.#o.resolve),
    ]
      .sort((a, b) => b.startedAtMs - a.startedAtMs)
      .slice(0, maxRecentCalls);
    this.#o.slice.update({ recent });
  }
}
