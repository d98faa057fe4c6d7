/** The two cheap reads the call sync needs, on the PBX's REST resources. */

import type { PbxApi } from '../pbx/index';
import type { LiveCall } from '../pbx/schemas/cdr';
import type { LineStateShare } from '../sync/line-state-share';
import type { CallSource } from './call-sync';
import type { LiveLeg } from './call-tracker';

/**
 * `share`: other users' keys ride in the agent's own states request (the team board while the
 * panel is open) and their answers are published there; the agent's key always goes first.
 */
export function callSourceFor(api: PbxApi, share?: LineStateShare): CallSource {
  return {
    async hintState(username, signal) {
      const others = share?.wanted().filter((name) => name.toLowerCase() !== username.toLowerCase()) ?? [];
      const states = await api.identity.getStates([username, ...others], { signal });
      if (others.length > 0) share?.publish({ asked: others, states });
      if (states === null) return null;
      const key = Object.keys(states).find((name) => name.toLowerCase() === username.toLowerCase());
      const state = key === undefined ? undefined : states[key];
      return state ? { state: state.state } : 'unknown-user';
    },
    async liveLegs(signal) {
      return (await api.cdr.listLive({ signal })).map(toLiveLeg);
    },
  };
}

export function toLiveLeg(call: LiveCall): LiveLeg {
  return {
    phonecallId: call.phonecallId,
    parentId: call.parentId,
    state: call.state,
    via: call.via,
    srcUserName: call.src.userName,
    srcNumber: call.src.number,
    srcName: call.src.name,
    srcInternal: call.src.internal ?? false,
    dstUserName: call.dst.userName,
    dstNumber: call.dst.number,
    dstName: call.dst.name,
    dstInternal: call.dst.internal ?? false,
    queueName: call.queue?.queueName ?? null,
    durationSeconds: call.durationSeconds,
    connectedSeconds: call.connectedSeconds,
  };
}
