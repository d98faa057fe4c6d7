import type { CallLeg, LegEnding, LegState, Party, QueueJoinState } from './call-types';
import { formatPbxTime } from './pbx-time';

interface PartyValues {
  Internal: boolean;
  Name: string;
  Number: string;
  Prefix: string;
  UserId: number | '';
  UserName: string;
  DeviceId: number | '';
  DeviceName: string;
  LocationId: number | '';
  LocationName: string;
  Extension: string;
}

export type PartyFields<P extends string> = { [K in keyof PartyValues as `${P}${K}`]: PartyValues[K] };

export interface QueueData {
  queueId: number;
  queueName: string;
  joinPosition: number;
  ringedAgents: number;
  leavePosition: number;
  joinQueueState: QueueJoinState | Record<string, never>;
  queueExtension: string;
}

export interface LegData {
  voicemail: never[];
  queue?: QueueData;
}

/** One /cdr/live record, typed as the simulator's tests read it. */
export type LiveCallRecord = {
  phonecallId: number;
  timestamp: number;
  time: string;
  parentId: number | '';
  via: string;
  viaDetails: string;
  duration: number;
  connected: number;
  ringing: number;
  holdCount: number;
  holdDuration: number;
  state: LegState;
} & PartyFields<'src'> &
  PartyFields<'dst'> & { data: LegData };

/** src/dst fields shared by /cdr/live and /cdr; ids are "" when empty, as in the reference. */
function partyFields<P extends 'src' | 'dst'>(prefix: P, party: Party): PartyFields<P> {
  const user = party.user;
  const device = party.device;
  const values: PartyValues = {
    Internal: party.internal,
    Name: party.name,
    Number: party.number,
    Prefix: '',
    UserId: user?.id ?? '',
    UserName: user?.name ?? '',
    DeviceId: device?.id ?? '',
    DeviceName: device?.name ?? '',
    LocationId: user?.locationId ?? '',
    LocationName: user?.displayName ?? '',
    Extension: party.extension,
  };
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`${prefix}${key}`, value]),
  ) as PartyFields<P>;
}

function seconds(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

function holdMsAt(leg: CallLeg, nowMs: number): number {
  return leg.holdMs + (leg.holdStartedAtMs === null ? 0 : nowMs - leg.holdStartedAtMs);
}

function legData(leg: CallLeg): LegData {
  if (!leg.queue) return { voicemail: [] };
  return {
    voicemail: [],
    queue: {
      queueId: leg.queue.id,
      queueName: leg.queue.name,
      joinPosition: leg.joinPosition,
      ringedAgents: leg.ringedAgents,
      leavePosition: leg.joinPosition,
      joinQueueState: leg.joinQueueState ?? {},
      queueExtension: leg.queue.extension,
    },
  };
}

/** One /cdr/live record. */
export function renderLiveRecord(leg: CallLeg, nowMs: number): LiveCallRecord {
  const ringingUntil = leg.answeredAtMs ?? nowMs;
  return {
    phonecallId: leg.phonecallId,
    timestamp: leg.startedAtMs,
    time: formatPbxTime(leg.startedAtMs),
    parentId: leg.parentId ?? '',
    via: leg.via,
    viaDetails: leg.viaDetails,
    duration: seconds(nowMs - leg.startedAtMs),
    connected: leg.answeredAtMs === null ? 0 : seconds(nowMs - leg.answeredAtMs),
    ringing: seconds(ringingUntil - leg.startedAtMs),
    holdCount: leg.holdCount,
    holdDuration: seconds(holdMsAt(leg, nowMs)),
    state: leg.state,
    ...partyFields('src', leg.src),
    ...partyFields('dst', leg.dst),
    data: legData(leg),
  };
}

/**
 * One /cdr history record, written when a leg ends, in the reference's shape: `id` is the record's
 * own, `parentId` the parent leg's record, `phonecallId` the live call's, and `chain` is shared by
 * every leg of the call.
 */
export function renderHistoryRecord(leg: CallLeg, ending: LegEnding): Record<string, unknown> {
  return {
    id: leg.cdrId,
    timestamp: leg.startedAtMs,
    time: formatPbxTime(leg.startedAtMs),
    parentId: leg.parentCdrId ?? '',
    chain: leg.chain,
    phonecallId: leg.phonecallId,
    result: ending.result,
    resultDetails: ending.resultDetails,
    via: leg.via,
    viaDetails: leg.viaDetails,
    recordId: leg.recordId,
    duration: seconds(ending.endedAtMs - leg.startedAtMs),
    connected: leg.answeredAtMs === null ? 0 : seconds(ending.endedAtMs - leg.answeredAtMs),
    holdCount: leg.holdCount,
    holdDuration: seconds(holdMsAt(leg, ending.endedAtMs)),
    ...partyFields('src', leg.src),
    srcPhonebookEntryId: leg.src.phonebookEntryId ?? '',
    ...partyFields('dst', leg.dst),
    dstPhonebookEntryId: leg.dst.phonebookEntryId ?? '',
    data: legData(leg),
  };
}
