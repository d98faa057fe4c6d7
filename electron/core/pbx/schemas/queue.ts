import { z } from 'zod';
import {
  countOrZero,
  flagOrFalse,
  isPlainObject,
  listOf,
  optionalInt,
  optionalText,
  pathName,
  pickField,
  record,
  text,
} from '../normalize';
import { cleanPbxText } from '../normalize-text';
import { type PhonebookEntry, phonebookEntrySchema } from './phonebook';

export interface QueuePauseCount {
  reason: string;
  count: number;
}

export interface QueueCounts {
  active: number;
  notInUse: number;
  unavailable: number;
  busy: number;
  ringing: number;
  inactive: number;
  paused: number;
  perPauseReason: QueuePauseCount[];
}

export interface QueueSummary {
  /** `qid`, e.g. `q_1`. */
  qid: string | null;
  /** `029tea_bez`: the name queue paths and agent actions use. */
  name: string;
  extension: string | null;
  /** `036que_prefix`: the login code. */
  loginCode: string | null;
  callerIdName: string | null;
  counts: QueueCounts;
  /** `countEntries`: callers waiting. */
  waitingCount: number;
}

export interface QueueMember {
  /** The agent's username (the reference's table says display name; its sample shows `jgeissler`). */
  agent: string;
  queue: string | null;
  dynamic: boolean;
  loggedIn: boolean;
  paused: boolean;
  pauseReason: string | null;
  phonebookEntry: PhonebookEntry | null;
}

/** A caller waiting in a queue. The reference gives no shape; Asterisk's QueueEntry names are read. */
export interface QueueWaitingCaller {
  position: number | null;
  callerNumber: string | null;
  callerName: string | null;
  waitSeconds: number | null;
  channel: string | null;
}

/** A pause reason an agent can pick; the reference gives no shape beyond "name" and "code". */
export interface QueuePauseReason {
  name: string;
  code: string | null;
}

export interface QueueDetail {
  id: number | null;
  qid: string | null;
  name: string;
  extension: string | null;
  callerIdName: string | null;
  members: QueueMember[];
  entries: QueueWaitingCaller[];
  pauseReasons: QueuePauseReason[];
}

const PAUSE_REASON_NAME_FIELDS = [
  'name',
  'reason',
  'pausereason',
  'bez',
  'label',
  'text',
  'title',
  'description',
];
const PAUSE_REASON_CODE_FIELDS = ['code', 'pausecode', 'id', 'value'];

function scalarText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const clean = typeof value === 'string' ? cleanPbxText(value) : '';
  return clean === '' ? null : clean;
}

function scalarCount(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : null;
}

/** Strings, `{ name, code }`-like objects, or a map `code -> name` / `key -> object`. */
export const pauseReasonListSchema = z.preprocess(
  (value) => {
    const reasons: QueuePauseReason[] = [];
    const entries: [string | null, unknown][] = Array.isArray(value)
      ? value.map((item) => [null, item])
      : isPlainObject(value)
        ? Object.entries(value)
        : [];
    for (const [key, item] of entries) {
      if (isPlainObject(item)) {
        const code = scalarText(pickField(item, PAUSE_REASON_CODE_FIELDS)) ?? key;
        const name = scalarText(pickField(item, PAUSE_REASON_NAME_FIELDS)) ?? code;
        if (name !== null) reasons.push({ name, code });
      } else {
        const name = scalarText(item);
        if (name !== null) reasons.push({ name, code: key ?? (typeof item === 'number' ? name : null) });
      }
    }
    return reasons;
  },
  z.array(z.object({ name: z.string(), code: z.string().nullable() })),
);

/** `countMembersPerPauseReason`: `[]` in every sample; lists of objects and maps are read. */
const pauseCountsSchema = z.preprocess(
  (value) => {
    const counts: QueuePauseCount[] = [];
    if (isPlainObject(value)) {
      for (const [reason, count] of Object.entries(value)) {
        const parsed = isPlainObject(count)
          ? scalarCount(pickField(count, ['count', 'value']))
          : scalarCount(count);
        if (parsed !== null) counts.push({ reason, count: parsed });
      }
    } else if (Array.isArray(value)) {
      for (const item of value) {
        if (!isPlainObject(item)) continue;
        const reason = scalarText(pickField(item, PAUSE_REASON_NAME_FIELDS));
        const count = scalarCount(pickField(item, ['count', 'value', 'members']));
        if (reason !== null && count !== null) counts.push({ reason, count });
      }
    }
    return counts;
  },
  z.array(z.object({ reason: z.string(), count: z.number() })),
);

const countsSchema = z.preprocess(
  (value) => (isPlainObject(value) ? value : {}),
  z
    .object({
      countActiveMembers: countOrZero,
      countMembersNotInUse: countOrZero,
      countMembersUnavailable: countOrZero,
      countMembersBusy: countOrZero,
      countMembersRinging: countOrZero,
      countInactiveMembers: countOrZero,
      countPausedMembers: countOrZero,
      countMembersPerPauseReason: pauseCountsSchema,
    })
    .transform(
      (raw): QueueCounts => ({
        active: raw.countActiveMembers,
        notInUse: raw.countMembersNotInUse,
        unavailable: raw.countMembersUnavailable,
        busy: raw.countMembersBusy,
        ringing: raw.countMembersRinging,
        inactive: raw.countInactiveMembers,
        paused: raw.countPausedMembers,
        perPauseReason: raw.countMembersPerPauseReason,
      }),
    ),
);

export const queueSummarySchema = record(
  'queue',
  z
    .object({
      qid: optionalText,
      '029tea_bez': pathName,
      '009ext_extension': optionalText,
      '036que_prefix': optionalText,
      '036que_calleridname': optionalText,
      members: countsSchema,
      countEntries: countOrZero,
    })
    .transform(
      (raw): QueueSummary => ({
        qid: raw.qid,
        name: raw['029tea_bez'],
        extension: raw['009ext_extension'],
        loginCode: raw['036que_prefix'],
        callerIdName: raw['036que_calleridname'],
        counts: raw.members,
        waitingCount: raw.countEntries,
      }),
    ),
);

export const queueSummaryListSchema = listOf(queueSummarySchema, {
  label: 'queue',
  isSingleItem: (value) => '029tea_bez' in value,
});

const memberSchema = record(
  'queue member',
  z
    .object({
      agent: text,
      queue: optionalText,
      dynamic: flagOrFalse,
      loggedin: flagOrFalse,
      paused: flagOrFalse,
      pausereason: optionalText,
      // Only decoration for the member list: an entry that does not parse must not hide the queue.
      phonebookentry: z.preprocess(
        (value) => (isPlainObject(value) && Object.keys(value).length > 0 ? value : null),
        phonebookEntrySchema.nullable().catch(null),
      ),
    })
    .transform(
      (raw): QueueMember => ({
        agent: raw.agent,
        queue: raw.queue,
        dynamic: raw.dynamic,
        loggedIn: raw.loggedin,
        paused: raw.paused,
        pauseReason: raw.pausereason,
        phonebookEntry: raw.phonebookentry,
      }),
    ),
);

const waitingCallerSchema = z.unknown().transform((value): QueueWaitingCaller => {
  const item = isPlainObject(value) ? value : {};
  return {
    position: scalarCount(pickField(item, ['position', 'pos'])),
    callerNumber: scalarText(pickField(item, ['calleridnum', 'callerNumber', 'number', 'callerid'])),
    callerName: scalarText(pickField(item, ['calleridname', 'callerName', 'name'])),
    waitSeconds: scalarCount(pickField(item, ['wait', 'waitSeconds', 'waittime', 'holdtime'])),
    channel: scalarText(pickField(item, ['channel'])),
  };
});

export const queueDetailSchema = record(
  'queue detail',
  z
    .object({
      '029tea_id': optionalInt,
      qid: optionalText,
      '029tea_bez': pathName,
      '009ext_extension': optionalText,
      '029tea_calleridname': optionalText,
      members: listOf(memberSchema, { label: 'queue member', isSingleItem: (value) => 'agent' in value }),
      entries: listOf(waitingCallerSchema, {
        isSingleItem: (value) => !Object.values(value).every(isPlainObject),
      }),
      pausereasons: pauseReasonListSchema,
    })
    .transform(
      (raw): QueueDetail => ({
        id: raw['029tea_id'],
        qid: raw.qid,
        name: raw['029tea_bez'],
        extension: raw['009ext_extension'],
        callerIdName: raw['029tea_calleridname'],
        members: raw.members,
        entries: raw.entries,
        pauseReasons: raw.pausereasons,
      }),
    ),
);

export interface QueueActionResult {
  /** `Success` or `Error` (Asterisk manager wording). */
  response: string | null;
  message: string | null;
  actionId: string | null;
  succeeded: boolean;
}

export const queueActionResultSchema = z
  .object({
    Response: optionalText,
    response: optionalText,
    Message: optionalText,
    message: optionalText,
    ActionID: optionalText,
    actionId: optionalText,
  })
  .transform((raw): QueueActionResult => {
    const response = raw.Response ?? raw.response;
    return {
      response,
      message: raw.Message ?? raw.message,
      actionId: raw.ActionID ?? raw.actionId,
      succeeded: response === null || response.toLowerCase() === 'success',
    };
  });
