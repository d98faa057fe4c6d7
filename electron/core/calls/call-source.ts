/** The two cheap reads the call sync needs, on the PBX's REST resources. */

import type { PbxApi } from '../pbx/index';
import type { LiveCall } from '../pbx/schemas/cdr';
import type { CallSource } from './call-sync';
import type { LiveLeg } from './call-tracker';

export function callSourceFor(api: PbxApi): CallSource {
  return {
    async hintState(username, signal) {
      const states = await api.identity.getStates([username], { signal });
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
