/**
 * The demo PBX's hostile mode (`startDemoPbx({ hostile: true })`, `--hostile`, or
 * `POST /_sim/setHostile {"on": true}`): the same simulated PBX, but its answers carry the bad
 * records and bad answers a real PBX was seen to send (issue 17), planted among the good ones:
 * objects where text belongs, unaddressable queue names, a phonebook entry with `fax: false`, cut
 * JSON on every 4th `/queue/`, a 429 with `Retry-After: 86400` on every 5th voicemail check, 200 kB
 * names, bidi overrides, lone surrogates, impossible durations, a voicemail id `..`. Calls, queues and
 * voicemail otherwise behave as usual, so a test can check that the app still does its job.
 */
import { failure, ok, type RouteResult } from '../http/respond';
import {
  hostileLocations,
  hostileRoleMembers,
  hostileStates,
  hostileSwitches,
  hostileUser,
  hostileUsers,
} from './directory';
import {
  hostileHistoryRows,
  hostileLiveLegs,
  hostilePhonebookEntries,
  hostileQueues,
  hostileVoicemails,
  LONG_PAUSE_REASON,
} from './records';

export interface HostileRequest {
  method: string;
  /** Decoded segments below the instance, e.g. `['services', 'queue']`. */
  segments: readonly string[];
  query: Readonly<Record<string, string>>;
  nowMs: number;
}

/** Every Nth answer of these goes wrong as a whole (the rest carry planted records). */
export const MALFORMED_QUEUE_LIST_EVERY = 4;
export const RATE_LIMITED_VOICEMAIL_CHECK_EVERY = 5;

export class HostileMode {
  #enabled = false;
  readonly #agent: string;
  readonly #seen = new Map<string, number>();

  constructor(agent: string) {
    this.#agent = agent;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  setEnabled(on: boolean): void {
    this.#enabled = on;
    this.#seen.clear();
  }

  /** The answer a hostile PBX gives where the simulator gave `result`. */
  apply(request: HostileRequest, result: RouteResult): RouteResult {
    if (!this.#enabled || request.segments[0] !== 'services') return result;
    const [, area, first, second] = request.segments;
    // The planted users are users of this PBX: asked for one by one, they answer as in the list.
    const planted =
      area === 'identity' && first !== undefined && second === undefined ? hostileUser(first) : null;
    if (planted && request.method === 'GET') return ok(planted);
    if (result.status >= 300) return result;
    const where = request.segments.slice(1).join('/');
    if (request.method === 'HEAD') {
      if (
        area === 'voicemailbox' &&
        second === 'INBOX' &&
        this.#nth(where, RATE_LIMITED_VOICEMAIL_CHECK_EVERY)
      )
        return { ...failure(429, 'Too Many Requests'), headers: { 'retry-after': '86400' } };
      return result;
    }
    if (request.method !== 'GET') return result;
    switch (area) {
      case 'identity':
        if (first === 'states') return this.#states(result, request.query);
        if (first === undefined) return withItems(result, hostileUsers());
        if (second === 'profile') return withItems(result, [{ '017pro_bez': 'No id' }]);
        return result;
      case 'role':
        if (first === undefined) return withItems(result, ['..']);
        return this.#role(result);
      case 'location':
        return first === undefined ? withItems(result, hostileLocations()) : result;
      case 'condition':
        return first === 'switch' && second === undefined ? withItems(result, hostileSwitches()) : result;
      case 'cdr':
        if (first === 'live' && second === undefined)
          return withItems(result, hostileLiveLegs(request.nowMs));
        if (first === undefined && request.query.dstusername?.toLowerCase() === this.#agent)
          return withItems(result, hostileHistoryRows(request.nowMs, this.#agent));
        return result;
      case 'queue':
        if (first === undefined) {
          if (this.#nth('queue/', MALFORMED_QUEUE_LIST_EVERY)) return malformed(result);
          return withItems(result, hostileQueues());
        }
        return second === undefined ? queueDetail(result) : result;
      case 'phonebook':
        // Only whole listings (the app's phonebook load), not a search for a name.
        if (request.query.search || request.query.letter) return result;
        return first === undefined || first === 'identity' ? lastPage(result) : result;
      case 'voicemailbox':
        if (second === 'INBOX' && request.segments.length === 4)
          return withItems(result, hostileVoicemails(first ?? '', request.nowMs));
        return result;
      default:
        return result;
    }
  }

  /** True for every `every`th request to `where` (the 4th, 8th, ...). */
  #nth(where: string, every: number): boolean {
    const count = (this.#seen.get(where) ?? 0) + 1;
    this.#seen.set(where, count);
    return count % every === 0;
  }

  #states(result: RouteResult, query: Readonly<Record<string, string>>): RouteResult {
    const requested = (query.keys ?? query.key ?? '').split(',').map((key) => key.trim());
    const states = hostileStates((result.json ?? {}) as Record<string, unknown>, requested);
    const own = states[this.#agent];
    if (own && typeof own === 'object') states[this.#agent] = { ...own, '003use_bez': { evil: true } };
    return Object.keys(states).length === 0 ? result : { ...result, status: 200, json: states };
  }

  /** A team role of the agent lists users who are not there (see directory.ts). */
  #role(result: RouteResult): RouteResult {
    const role = result.json as { identities?: unknown; types?: unknown } | undefined;
    const identities = Array.isArray(role?.identities) ? role.identities : [];
    const isTeam = Array.isArray(role?.types) && role.types.includes('xmpp.group');
    if (!role || !isTeam || !identities.includes(this.#agent)) return result;
    return { ...result, json: { ...role, identities: hostileRoleMembers(identities) } };
  }
}

/** A list answer with `items` added (a 204 "no data" becomes a list of just them). */
function withItems(result: RouteResult, items: readonly unknown[]): RouteResult {
  const list = Array.isArray(result.json) ? result.json : [];
  return { ...result, status: 200, json: [...list, ...items] };
}

/** The real JSON cut off mid-way, as a PHP fatal error leaves it. */
function malformed(result: RouteResult): RouteResult {
  const text = JSON.stringify(result.json ?? []);
  return {
    status: 200,
    headers: { ...result.headers, 'content-type': 'application/json; charset=utf-8' },
    bytes: Buffer.from(`${text.slice(0, Math.floor(text.length / 2))}<br />\n<b>Fatal error</b>`),
  };
}

/** A queue's detail with a 300-character pause reason and a member whose agent is an object. */
function queueDetail(result: RouteResult): RouteResult {
  const detail = result.json as Record<string, unknown> | undefined;
  if (!detail || typeof detail !== 'object') return result;
  const reasons = Array.isArray(detail.pausereasons) ? detail.pausereasons : [];
  const members = Array.isArray(detail.members) ? detail.members : [];
  return {
    ...result,
    json: {
      ...detail,
      pausereasons: [...reasons, { name: LONG_PAUSE_REASON, code: '99' }],
      members: [...members, { agent: { name: 'object' }, queue: detail['029tea_bez'], dynamic: 1 }],
    },
  };
}

/**
 * The planted entries go on a phonebook's last page (`scroll` 0), so the pages before keep their
 * offsets and no real entry is skipped.
 */
function lastPage(result: RouteResult): RouteResult {
  const page = result.json as { scroll?: unknown; entries?: unknown } | undefined;
  if (!page || !Array.isArray(page.entries) || page.scroll !== 0) return result;
  return { ...result, json: { ...page, entries: [...page.entries, ...hostilePhonebookEntries()] } };
}
