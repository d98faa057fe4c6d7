import type { DeviceSeed, QueueSeed, UserSeed } from '../data/model';

/** One end of a call leg. */
export interface Party {
  internal: boolean;
  name: string;
  number: string;
  /** Internal extension ('' for external parties). */
  extension: string;
  user?: UserSeed;
  device?: DeviceSeed;
  queue?: QueueSeed;
  phonebookEntryId: number | null;
}

/** Live state in the case the reference's sample shows ("BUSY"). */
export type LegState = 'RINGING' | 'BUSY' | 'HOLD';

/**
 * direct: caller to a user or external party. queue: caller to a queue (the leg that waits).
 * agent: the queue ringing one member (parentId = the queue leg).
 */
export type LegKind = 'direct' | 'queue' | 'agent';

export type CallOrigin = 'sim' | 'action' | 'lively' | 'background' | 'history';

export interface QueueJoinState {
  countEntries: number;
  countMembersBusy: number;
  countActiveMembers: number;
  countPausedMembers: number;
  countMembersRinging: number;
  countInactiveMembers: number;
  countMembersNotInUse: number;
  countMembersUnavailable: number;
  countMembersPerPauseReason: Record<string, number> | [];
}

export interface CallLeg {
  phonecallId: number;
  /** The live parent leg's phonecallId. */
  parentId: number | null;
  /** The id of the history record this leg leaves, and its parent leg's record id. */
  cdrId: number;
  parentCdrId: number | null;
  chain: string;
  kind: LegKind;
  state: LegState;
  src: Party;
  dst: Party;
  via: '' | 'queue' | 'transfer' | 'noanswer';
  viaDetails: string;
  startedAtMs: number;
  answeredAtMs: number | null;
  holdCount: number;
  holdMs: number;
  holdStartedAtMs: number | null;
  recordId: string;
  queue: QueueSeed | null;
  joinPosition: number;
  ringedAgents: number;
  joinQueueState: QueueJoinState | null;
  origin: CallOrigin;
  /** Members who declined this queue call: the queue does not ring them again. */
  declinedBy: string[];
}

export type CallResult = 'hangup' | 'noanswer' | 'transfer';

export interface LegEnding {
  result: CallResult;
  resultDetails: string;
  endedAtMs: number;
}
