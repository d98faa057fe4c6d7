import type { CallLeg, CallOrigin, LegKind, Party } from './call-types';

export interface NewLeg {
  phonecallId: number;
  cdrId: number;
  parentCdrId?: number | null;
  startedAtMs: number;
  kind: LegKind;
  src: Party;
  dst: Party;
  origin: CallOrigin;
  parentId?: number | null;
  chain?: string;
  via?: CallLeg['via'];
  viaDetails?: string;
}

/**
 * A ringing leg with nothing counted yet; the chain id is "<start ms>_<phonecallId of the first
 * leg>" like the reference's (`1600937255312_3` on a record of phonecall 5).
 */
export function newLeg(init: NewLeg): CallLeg {
  return {
    phonecallId: init.phonecallId,
    parentId: init.parentId ?? null,
    cdrId: init.cdrId,
    parentCdrId: init.parentCdrId ?? null,
    chain: init.chain ?? `${init.startedAtMs}_${init.phonecallId}`,
    kind: init.kind,
    state: 'RINGING',
    src: init.src,
    dst: init.dst,
    via: init.via ?? '',
    viaDetails: init.viaDetails ?? '',
    startedAtMs: init.startedAtMs,
    answeredAtMs: null,
    holdCount: 0,
    holdMs: 0,
    holdStartedAtMs: null,
    recordId: '',
    queue: null,
    joinPosition: 0,
    ringedAgents: 0,
    joinQueueState: null,
    origin: init.origin,
    declinedBy: [],
  };
}
