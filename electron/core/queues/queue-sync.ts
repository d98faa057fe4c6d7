/**
 * Follows the agent's queues cheaply. Every tick asks for the queue list (`GET /queue/`: one small
 * answer with each queue's member counters); a queue's detail (`GET /queue/<name>`, which holds the
 * agent's own login and pause state) is fetched only when
 * - its membership counters or waiting callers changed since the last detail,
 * - the last detail is older than `detailMaxAgeMs` (a safety net for changes that cancel out),
 * - an action just ran or a window started watching (`refreshNow`);
 * queues the agent is not a member of are looked at again only every `discoveryIntervalMs`.
 *
 * Reads that started before an action finished are dropped (`hold`/`release`), so a slow poll
 * never paints the state from before the action over the action's outcome.
 */
import type { AgentView } from '../../shared/contract';
import type { QueueView } from '../../shared/features/queues';
import type { SessionContext } from '../feature';
import { isPbxError, type PbxErrorKind } from '../pbx/errors';
import type { QueueApi } from '../pbx/queue';
import type { QueueDetail, QueueMember, QueueSummary } from '../pbx/schemas/queue';
import type { Clock, Logger } from '../ports';
import type { PollLoop } from '../sync/poll-loop';
import { findMembership, toQueueView } from './queue-view';

export const DETAIL_MAX_AGE_MS = 30_000;
export const DISCOVERY_INTERVAL_MS = 300_000;
const DETAIL_CONCURRENCY = 4;
/** Failures of one queue's detail: that queue is not shown, the others are (the PBX is fine). */
const oneQueueFailures = new Set<PbxErrorKind>(['bad-response', 'bad-request', 'not-found', 'conflict']);

export interface QueueSyncOptions {
  api: QueueApi;
  agent: AgentView;
  clock: Clock;
  log?: Logger;
  loop: SessionContext['loop'];
  intervalMs: () => number;
  onSnapshot: (queues: QueueView[]) => void;
  /**
   * Resolves once the connection is not offline. While another loop found the PBX down or
   * rate-limiting, the queue loop asks nothing and leaves the probing to that loop's backoff
   * (a Retry-After is the PBX's, not one loop's).
   */
  whenOnline?: (signal: AbortSignal) => Promise<void>;
  /** Read before every tick (the panel's visibility changes it). */
  detailMaxAgeMs?: number | (() => number);
  discoveryIntervalMs?: number;
}

interface KnownQueue {
  signature: string;
  detail: QueueDetail | null;
  member: QueueMember | null;
  fetchedAtMs: number;
  fetchedWallMs: number;
}

/** The counters that move when someone logs in or out, pauses, or a caller joins or leaves. */
function signatureOf(summary: QueueSummary): string {
  const { active, inactive, paused, perPauseReason } = summary.counts;
  const reasons = perPauseReason
    .map((entry) => `${entry.reason}=${entry.count}`)
    .sort()
    .join(',');
  return `${active}|${inactive}|${paused}|${reasons}|${summary.waitingCount}`;
}

async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export class QueueSync {
  readonly #options: QueueSyncOptions;
  readonly #loop: PollLoop;
  readonly #known = new Map<string, KnownQueue>();
  #lastDiscoveryMs: number | null = null;
  #forceMembers = true;
  #epoch = 0;
  #holds = 0;

  constructor(options: QueueSyncOptions) {
    this.#options = options;
    this.#loop = options.loop({
      name: 'queues',
      intervalMs: options.intervalMs,
      run: (signal) => this.#tick(signal),
    });
  }

  start(): void {
    this.#loop.start();
  }

  stop(): void {
    this.#loop.stop();
    this.#known.clear();
  }

  /** Re-read every membership at once (after an action, when a window starts watching). */
  refreshNow(): void {
    this.#forceMembers = true;
    this.#epoch += 1;
    this.#loop.pollNow();
  }

  /** An action starts: what is being read now may predate it. */
  hold(): void {
    this.#holds += 1;
    this.#epoch += 1;
  }

  /** The action is over: read again at once. */
  release(): void {
    this.#holds = Math.max(0, this.#holds - 1);
    this.refreshNow();
  }

  async #tick(signal: AbortSignal): Promise<void> {
    const { api, agent, clock } = this.#options;
    await this.#options.whenOnline?.(signal);
    const epoch = this.#epoch;
    const summaries = await api.list({ signal });
    const nowMs = clock.monotonicMs();
    const discover =
      this.#lastDiscoveryMs === null ||
      nowMs - this.#lastDiscoveryMs >= (this.#options.discoveryIntervalMs ?? DISCOVERY_INTERVAL_MS);
    const force = this.#forceMembers;
    this.#forceMembers = false;
    const due = summaries.filter((summary) => this.#isDue(summary, nowMs, discover, force));
    const details = await mapLimit(due, DETAIL_CONCURRENCY, (summary) => this.#detail(summary.name, signal));
    const wallMs = clock.now();
    due.forEach((summary, index) => {
      const detail = details[index] ?? null;
      this.#known.set(summary.name, {
        signature: signatureOf(summary),
        detail,
        member: detail ? findMembership(detail, agent) : null,
        fetchedAtMs: nowMs,
        fetchedWallMs: wallMs,
      });
    });
    for (const name of [...this.#known.keys()]) {
      if (!summaries.some((summary) => summary.name === name)) this.#known.delete(name);
    }
    if (discover) this.#lastDiscoveryMs = nowMs;
    if (epoch !== this.#epoch || this.#holds > 0) {
      this.#forceMembers = true;
      return;
    }
    this.#options.onSnapshot(
      summaries.flatMap((summary) => {
        const known = this.#known.get(summary.name);
        return known?.detail && known.member
          ? [toQueueView(summary, known.detail, known.member, known.fetchedWallMs)]
          : [];
      }),
    );
  }

  /** One queue's detail; null when that queue alone cannot be read (logged), so the rest still shows. */
  async #detail(name: string, signal: AbortSignal): Promise<QueueDetail | null> {
    try {
      return await this.#options.api.get(name, { signal });
    } catch (error) {
      if (!isPbxError(error) || !oneQueueFailures.has(error.kind)) throw error;
      this.#options.log?.log('info', 'queue detail not readable; the queue is left out', {
        kind: error.kind,
        status: error.status ?? null,
      });
      return null;
    }
  }

  #detailMaxAgeMs(): number {
    const option = this.#options.detailMaxAgeMs;
    return typeof option === 'function' ? option() : (option ?? DETAIL_MAX_AGE_MS);
  }

  #isDue(summary: QueueSummary, nowMs: number, discover: boolean, force: boolean): boolean {
    const known = this.#known.get(summary.name);
    if (!known) return true;
    if (!known.member) return discover;
    return (
      force || known.signature !== signatureOf(summary) || nowMs - known.fetchedAtMs >= this.#detailMaxAgeMs()
    );
  }
}
