import type { PbxClient, QueryValue, RequestOptions } from './client';
import { nullWhenNotFound } from './errors';
import { type DroppedDataSink, trackDrops } from './normalize';
import { type CdrRecord, cdrRecordListSchema, type LiveCall, liveCallListSchema } from './schemas/cdr';

/** Epoch milliseconds, or a day as `YYYY-MM-DD` (the PBX takes both). */
export type CdrTime = number | `${number}-${number}-${number}`;

/** The documented filters of `GET /cdr`. Text filters on names and numbers take `%` as wildcard. */
export interface CdrHistoryFilter {
  id?: number;
  phonecallId?: number;
  chain?: string;
  /** Include the full chain of records. */
  chainData?: boolean;
  parentId?: number;
  limit?: number;
  /** Records at or after this time. */
  timeFrom?: CdrTime;
  /** Records at or before this time. */
  timeTo?: CdrTime;
  srcUserId?: number;
  srcUserName?: string;
  srcExtension?: string;
  srcName?: string;
  srcNumber?: string;
  srcDeviceId?: number;
  srcDeviceName?: string;
  srcLocationId?: number;
  srcLocationName?: string;
  srcPhonebookEntryId?: number;
  srcPrefix?: string;
  srcInternal?: boolean;
  dstUserId?: number;
  dstUserName?: string;
  dstExtension?: string;
  dstName?: string;
  dstNumber?: string;
  dstDeviceId?: number;
  dstDeviceName?: string;
  dstLocationId?: number;
  dstLocationName?: string;
  dstPhonebookEntryId?: number;
  dstPrefix?: string;
  dstInternal?: boolean;
  durationFromSeconds?: number;
  connectedFromSeconds?: number;
  holdDurationFromSeconds?: number;
  held?: boolean;
  recorded?: boolean;
  recordId?: string;
  result?: 'noanswer' | 'hangup' | 'transfer' | (string & {});
  resultDetails?: string;
  via?: 'noanswer' | 'queue' | 'transfer' | 'fax' | (string & {});
  viaDetail?: string;
  order?: 'asc' | 'desc';
}

/** Parameter names as documented; most are the lower-cased filter name, these are not. */
const PARAMETER_NAMES: Partial<Record<keyof CdrHistoryFilter, string>> = {
  durationFromSeconds: 'durationfrom',
  connectedFromSeconds: 'connectedfrom',
  holdDurationFromSeconds: 'holddurationfrom',
  // The one camel-cased parameter of the reference.
  resultDetails: 'resultDetails',
};

export function cdrHistoryQuery(filter: CdrHistoryFilter): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(filter) as [keyof CdrHistoryFilter, QueryValue][]) {
    if (value === undefined || value === null) continue;
    query[PARAMETER_NAMES[key] ?? key.toLowerCase()] = value;
  }
  return query;
}

export interface CdrApi {
  /** All active call legs of the PBX; empty when it answers 204 (no calls). */
  listLive(options?: RequestOptions): Promise<LiveCall[]>;
  /** One active call; null when it has ended (204 or 404). */
  getLive(phonecallId: number, options?: RequestOptions): Promise<LiveCall | null>;
  /** Call history, newest first unless `order: 'asc'`. */
  history(filter?: CdrHistoryFilter, options?: RequestOptions): Promise<CdrRecord[]>;
}

export function createCdrApi(client: PbxClient, sink?: DroppedDataSink): CdrApi {
  const parsed = {
    liveCallListSchema: trackDrops(liveCallListSchema, sink),
    cdrRecordListSchema: trackDrops(cdrRecordListSchema, sink),
  };
  return {
    async listLive(options) {
      return (await client.getJson(['cdr', 'live'], parsed.liveCallListSchema, options)) ?? [];
    },

    async getLive(phonecallId, options) {
      const legs = await nullWhenNotFound(() =>
        client.getJson(['cdr', 'live', phonecallId], parsed.liveCallListSchema, options),
      );
      if (legs === null) return null;
      return legs.find((leg) => leg.phonecallId === phonecallId) ?? legs[0] ?? null;
    },

    async history(filter = {}, options) {
      const query = cdrHistoryQuery(filter);
      return (
        (await client.getJson(['cdr'], parsed.cdrRecordListSchema, {
          ...options,
          query,
          trailingSlash: true,
        })) ?? []
      );
    },
  };
}
