export type CdrRecord = Record<string, unknown>;

type FilterKind = 'exact' | 'wildcard' | 'number' | 'bool' | 'min';

/** Query parameter (lower case, as documented) -> record field and how it compares. */
const FILTERS: Record<string, { field: string; kind: FilterKind }> = {
  id: { field: 'id', kind: 'number' },
  phonecallid: { field: 'phonecallId', kind: 'number' },
  chain: { field: 'chain', kind: 'exact' },
  parentid: { field: 'parentId', kind: 'number' },
  srcuserid: { field: 'srcUserId', kind: 'number' },
  srcusername: { field: 'srcUserName', kind: 'exact' },
  srcextension: { field: 'srcExtension', kind: 'exact' },
  srcname: { field: 'srcName', kind: 'wildcard' },
  srcnumber: { field: 'srcNumber', kind: 'wildcard' },
  srcdeviceid: { field: 'srcDeviceId', kind: 'number' },
  srcdevicename: { field: 'srcDeviceName', kind: 'exact' },
  srclocationid: { field: 'srcLocationId', kind: 'number' },
  srclocationname: { field: 'srcLocationName', kind: 'exact' },
  srcphonebookentryid: { field: 'srcPhonebookEntryId', kind: 'number' },
  srcprefix: { field: 'srcPrefix', kind: 'exact' },
  srcinternal: { field: 'srcInternal', kind: 'bool' },
  dstuserid: { field: 'dstUserId', kind: 'number' },
  dstusername: { field: 'dstUserName', kind: 'exact' },
  dstextension: { field: 'dstExtension', kind: 'exact' },
  dstname: { field: 'dstName', kind: 'wildcard' },
  dstnumber: { field: 'dstNumber', kind: 'wildcard' },
  dstdeviceid: { field: 'dstDeviceId', kind: 'number' },
  dstdevicename: { field: 'dstDeviceName', kind: 'exact' },
  dstlocationid: { field: 'dstLocationId', kind: 'number' },
  dstlocationname: { field: 'dstLocationName', kind: 'exact' },
  dstphonebookentryid: { field: 'dstPhonebookEntryId', kind: 'number' },
  dstprefix: { field: 'dstPrefix', kind: 'exact' },
  dstinternal: { field: 'dstInternal', kind: 'bool' },
  durationfrom: { field: 'duration', kind: 'min' },
  connectedfrom: { field: 'connected', kind: 'min' },
  holddurationfrom: { field: 'holdDuration', kind: 'min' },
  recordid: { field: 'recordId', kind: 'exact' },
  result: { field: 'result', kind: 'exact' },
  resultdetails: { field: 'resultDetails', kind: 'exact' },
  via: { field: 'via', kind: 'exact' },
  viadetail: { field: 'viaDetails', kind: 'exact' },
  viadetails: { field: 'viaDetails', kind: 'exact' },
};

const MAX_RECORDS = 5000;
const DAY_MS = 86_400_000;

export class HistoryQueryError extends Error {}

function parseBool(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return undefined;
}

function wildcardMatcher(pattern: string): (value: string) => boolean {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*');
  const regex = new RegExp(`^${escaped}$`, 'i');
  return (value) => regex.test(value);
}

/** Unix ms or YYYY-MM-DD (UTC); a date in timeto means the end of that day. */
export function parseTimeBound(value: string, end: boolean): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const start = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return end ? start + DAY_MS - 1 : start;
}

/** The call history behind GET /cdr, newest last in storage; capped so long demo sessions stay small. */
export class HistoryStore {
  private records: CdrRecord[] = [];

  add(record: CdrRecord): void {
    this.records.push(record);
    if (this.records.length > MAX_RECORDS) this.records.splice(0, this.records.length - MAX_RECORDS);
    this.records.sort((a, b) => Number(a.timestamp) - Number(b.timestamp) || Number(a.id) - Number(b.id));
  }

  get size(): number {
    return this.records.length;
  }

  /** Applies the documented filters; throws HistoryQueryError for values that cannot be read. */
  query(params: Record<string, string>): CdrRecord[] {
    const tests: ((record: CdrRecord) => boolean)[] = [];
    for (const [rawName, value] of Object.entries(params)) {
      const name = rawName.toLowerCase();
      const filter = FILTERS[name];
      if (filter) tests.push(buildTest(name, filter.field, filter.kind, value));
    }
    const from = params.timefrom === undefined ? undefined : parseTimeBound(params.timefrom, false);
    const to = params.timeto === undefined ? undefined : parseTimeBound(params.timeto, true);
    if (
      (params.timefrom !== undefined && from === undefined) ||
      (params.timeto !== undefined && to === undefined)
    ) {
      throw new HistoryQueryError('timefrom/timeto must be a Unix timestamp in ms or YYYY-MM-DD');
    }
    if (from !== undefined) tests.push((r) => Number(r.timestamp) >= from);
    if (to !== undefined) tests.push((r) => Number(r.timestamp) <= to);
    const held = params.held === undefined ? undefined : parseBool(params.held);
    if (held !== undefined) tests.push((r) => Number(r.holdCount) > 0 === held);
    const recorded = params.recorded === undefined ? undefined : parseBool(params.recorded);
    if (recorded !== undefined) tests.push((r) => (r.recordId !== '') === recorded);

    let matched = this.records.filter((record) => tests.every((test) => test(record)));
    if (params.chaindata !== undefined && parseBool(params.chaindata)) {
      const chains = new Set(matched.map((r) => r.chain));
      matched = this.records.filter((r) => chains.has(r.chain));
    }
    const ascending = params.order?.toLowerCase() === 'asc';
    const ordered = ascending ? matched : [...matched].reverse();
    const limit = params.limit === undefined ? undefined : Number(params.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
      throw new HistoryQueryError('limit must be a number');
    return limit ? ordered.slice(0, limit) : ordered;
  }
}

function buildTest(
  name: string,
  field: string,
  kind: FilterKind,
  value: string,
): (record: CdrRecord) => boolean {
  switch (kind) {
    case 'exact':
      return (r) => String(r[field] ?? '') === value;
    case 'wildcard': {
      const match = wildcardMatcher(value);
      return (r) => match(String(r[field] ?? ''));
    }
    case 'number':
    case 'min': {
      const wanted = Number(value);
      if (value.trim() === '' || Number.isNaN(wanted))
        throw new HistoryQueryError(`${name} must be a number`);
      return kind === 'number'
        ? (r) => r[field] !== '' && Number(r[field]) === wanted
        : (r) => Number(r[field]) >= wanted;
    }
    case 'bool': {
      const wanted = parseBool(value);
      if (wanted === undefined) throw new HistoryQueryError(`${name} must be true or false`);
      return (r) => r[field] === wanted;
    }
  }
}
