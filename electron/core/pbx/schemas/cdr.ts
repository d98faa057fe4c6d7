import { z } from 'zod';
import {
  countOrZero,
  durationOrZero,
  int,
  isPlainObject,
  listOf,
  optionalEpochMs,
  optionalFlag,
  optionalInt,
  optionalText,
  record,
} from '../normalize';

/** One side of a call leg (the `src*` or `dst*` fields). */
export interface CallParty {
  /** false for external numbers, true for internal ones, null when the PBX did not say. */
  internal: boolean | null;
  name: string | null;
  number: string | null;
  prefix: string | null;
  extension: string | null;
  userId: number | null;
  userName: string | null;
  deviceId: number | null;
  deviceName: string | null;
  locationId: number | null;
  locationName: string | null;
  /** History records only. */
  phonebookEntryId: number | null;
}

/** Queue data attached to a leg that went through a queue (`data.queue`). */
export interface CallQueueInfo {
  queueId: number | null;
  queueName: string | null;
  queueExtension: string | null;
  joinPosition: number | null;
  leavePosition: number | null;
  ringedAgents: number | null;
}

/** `ringing`, `busy` (connected), `hold`, `hangup`, lower-cased; other values are kept lower-cased. */
export type LiveCallState = 'ringing' | 'busy' | 'hold' | 'hangup' | (string & {});

export interface LiveCall {
  phonecallId: number;
  parentId: number | null;
  timestampMs: number | null;
  time: string | null;
  via: string | null;
  viaDetails: string | null;
  durationSeconds: number;
  connectedSeconds: number;
  ringingSeconds: number;
  holdCount: number;
  holdDurationSeconds: number;
  state: LiveCallState;
  src: CallParty;
  dst: CallParty;
  queue: CallQueueInfo | null;
}

export interface CdrRecord {
  id: number;
  phonecallId: number | null;
  parentId: number | null;
  chain: string | null;
  timestampMs: number | null;
  time: string | null;
  /** `noanswer`, `hangup`, `transfer`. */
  result: string | null;
  /** `voicemail`, `src`, `dst`, `abondon` (sic), `elsewhere`, `timeout`, `picked`, `caller`, `agent`. */
  resultDetails: string | null;
  via: string | null;
  viaDetails: string | null;
  recordId: string | null;
  durationSeconds: number;
  connectedSeconds: number;
  holdCount: number;
  holdDurationSeconds: number;
  src: CallParty;
  dst: CallParty;
  queue: CallQueueInfo | null;
}

const partyFields = {
  Internal: optionalFlag,
  Name: optionalText,
  Number: optionalText,
  Prefix: optionalText,
  Extension: optionalText,
  UserId: optionalInt,
  UserName: optionalText,
  DeviceId: optionalInt,
  DeviceName: optionalText,
  LocationId: optionalInt,
  LocationName: optionalText,
  PhonebookEntryId: optionalInt,
} as const;

type PartyField = keyof typeof partyFields;
type PartyShape = { [K in PartyField as `src${K}` | `dst${K}`]: (typeof partyFields)[K] };

function partyShape(): PartyShape {
  const shape: Record<string, z.ZodType> = {};
  for (const [field, schema] of Object.entries(partyFields)) {
    shape[`src${field}`] = schema;
    shape[`dst${field}`] = schema;
  }
  return shape as PartyShape;
}

type RawParty = { [K in PartyField as `src${K}` | `dst${K}`]: z.output<(typeof partyFields)[K]> };

function party(raw: RawParty, side: 'src' | 'dst'): CallParty {
  const pick = <K extends PartyField>(field: K) => raw[`${side}${field}` as `src${K}`];
  return {
    internal: pick('Internal'),
    name: pick('Name'),
    number: pick('Number'),
    prefix: pick('Prefix'),
    extension: pick('Extension'),
    userId: pick('UserId'),
    userName: pick('UserName'),
    deviceId: pick('DeviceId'),
    deviceName: pick('DeviceName'),
    locationId: pick('LocationId'),
    locationName: pick('LocationName'),
    phonebookEntryId: pick('PhonebookEntryId'),
  };
}

const queueInfoSchema = z
  .object({
    queueId: optionalInt,
    queueName: optionalText,
    queueExtension: optionalText,
    joinPosition: optionalInt,
    leavePosition: optionalInt,
    ringedAgents: optionalInt,
  })
  .transform((raw): CallQueueInfo => raw);

/** `data` is an object with optional `queue` / `voicemail`; PHP sends an empty one as `[]`. */
const callDataSchema = z.preprocess(
  (value) => (isPlainObject(value) ? value : {}),
  z.object({
    queue: z.preprocess((value) => (isPlainObject(value) ? value : null), queueInfoSchema.nullable()),
  }),
);

const commonFields = {
  parentId: optionalInt,
  timestamp: optionalEpochMs,
  time: optionalText,
  via: optionalText,
  viaDetails: optionalText,
  duration: durationOrZero,
  connected: durationOrZero,
  holdCount: countOrZero,
  holdDuration: durationOrZero,
  data: callDataSchema,
  ...partyShape(),
};

export const liveCallSchema = record(
  'live call',
  z.object({ ...commonFields, phonecallId: int, ringing: durationOrZero, state: optionalText }).transform(
    (raw): LiveCall => ({
      phonecallId: raw.phonecallId,
      parentId: raw.parentId,
      timestampMs: raw.timestamp,
      time: raw.time,
      via: raw.via,
      viaDetails: raw.viaDetails,
      durationSeconds: raw.duration,
      connectedSeconds: raw.connected,
      ringingSeconds: raw.ringing,
      holdCount: raw.holdCount,
      holdDurationSeconds: raw.holdDuration,
      state: (raw.state ?? 'unknown').trim().toLowerCase(),
      src: party(raw, 'src'),
      dst: party(raw, 'dst'),
      queue: raw.data.queue,
    }),
  ),
);

/** `/cdr/live`: a list of legs; the reference's sample shows a single object. */
export const liveCallListSchema = listOf(liveCallSchema, { label: 'live call' });

export const cdrRecordSchema = record(
  'call record',
  z
    .object({
      ...commonFields,
      id: int,
      phonecallId: optionalInt,
      chain: optionalText,
      result: optionalText,
      resultDetails: optionalText,
      recordId: optionalText,
    })
    .transform(
      (raw): CdrRecord => ({
        id: raw.id,
        phonecallId: raw.phonecallId,
        parentId: raw.parentId,
        chain: raw.chain,
        timestampMs: raw.timestamp,
        time: raw.time,
        result: raw.result,
        resultDetails: raw.resultDetails,
        via: raw.via,
        viaDetails: raw.viaDetails,
        recordId: raw.recordId,
        durationSeconds: raw.duration,
        connectedSeconds: raw.connected,
        holdCount: raw.holdCount,
        holdDurationSeconds: raw.holdDuration,
        src: party(raw, 'src'),
        dst: party(raw, 'dst'),
        queue: raw.data.queue,
      }),
    ),
);

export const cdrRecordListSchema = listOf(cdrRecordSchema, { label: 'call record' });
