import type { DeviceSeed, UserSeed } from '../data/model';
import type { CallLeg } from './call-types';
import type { CallEngine } from './calls';
import { dialString } from './parties';
import { SimError } from './sim-error';

export const DEVICE_ACTIONS = [
  'dial',
  'pickup',
  'hangup',
  'offhook',
  'hold',
  'transfer',
  'conference',
  'dtmf',
] as const;
export type DeviceAction = (typeof DEVICE_ACTIONS)[number];

/** The capability a device must list for the action (pickup is an off-hook on the ringing call). */
const REQUIRED_CAPABILITY: Record<DeviceAction, string> = {
  dial: 'dial',
  pickup: 'offhook',
  offhook: 'offhook',
  hangup: 'hangup',
  hold: 'hold',
  transfer: 'transfer',
  conference: 'conference',
  dtmf: 'dtmf',
};

export interface DeviceActionOutcome {
  status: 200 | 400 | 404 | 409;
  body: { response: string };
}

export function isDeviceAction(action: string): action is DeviceAction {
  return (DEVICE_ACTIONS as readonly string[]).includes(action);
}

function involves(leg: CallLeg, user: UserSeed): boolean {
  return leg.src.user === user || leg.dst.user === user;
}

/** The user's call in progress: connected first (talking, then held), else one they are dialing out on. */
export function activeLegOf(engine: CallEngine, user: UserSeed): CallLeg | undefined {
  const legs = engine.liveLegs().filter((leg) => leg.kind !== 'queue' || leg.src.user === user);
  return (
    legs.find((leg) => leg.state === 'BUSY' && involves(leg, user)) ??
    legs.find((leg) => leg.state === 'HOLD' && involves(leg, user)) ??
    legs.find((leg) => leg.state === 'RINGING' && leg.src.user === user)
  );
}

/** The newest call ringing for the user (direct or a queue ringing them). */
export function newestRingingFor(engine: CallEngine, user: UserSeed): CallLeg | undefined {
  return engine
    .liveLegs()
    .filter((leg) => leg.state === 'RINGING' && leg.dst.user === user && leg.kind !== 'queue')
    .at(-1);
}

/**
 * What a device action does to the simulated calls. The PBX answers "<action> commited" (sic) when it
 * accepted the command; actions that need a call when there is none answer 409.
 */
export function applyDeviceAction(
  engine: CallEngine,
  user: UserSeed,
  device: DeviceSeed,
  action: DeviceAction,
  body: Record<string, unknown>,
): DeviceActionOutcome {
  const ok: DeviceActionOutcome = { status: 200, body: { response: `${action} commited` } };
  const fail = (status: 400 | 409, response: string): DeviceActionOutcome => ({ status, body: { response } });
  if (!device.capabilities.includes(REQUIRED_CAPABILITY[action])) {
    return fail(400, `action ${action} is not supported by device ${device.name}`);
  }
  const destination = typeof body.destination === 'string' ? body.destination : '';
  try {
    switch (action) {
      case 'dial': {
        if (dialString(destination).replace(/[+]/g, '') === '') return fail(400, 'destination is missing');
        engine.startOutbound({ fromUser: user.name, to: destination, device, origin: 'action' });
        return ok;
      }
      case 'pickup':
      case 'offhook': {
        const ringing = newestRingingFor(engine, user);
        if (ringing) engine.answer(ringing.phonecallId, { by: user.name, device });
        else if (action === 'pickup') return fail(409, 'no ringing call to pick up');
        return ok;
      }
      case 'hangup': {
        const active = activeLegOf(engine, user);
        if (active) {
          engine.hangup(active.phonecallId, { by: active.src.user === user ? 'src' : 'dst' });
          return ok;
        }
        const ringing = newestRingingFor(engine, user);
        if (!ringing) return fail(409, 'no active call');
        engine.decline(ringing);
        return ok;
      }
      case 'hold': {
        const active = activeLegOf(engine, user);
        if (!active || active.answeredAtMs === null) return fail(409, 'no active call');
        if (active.state === 'HOLD') engine.resume(active.phonecallId);
        else engine.hold(active.phonecallId);
        return ok;
      }
      case 'transfer': {
        if (dialString(destination) === '') return fail(400, 'destination is missing');
        const active = activeLegOf(engine, user) ?? newestRingingFor(engine, user);
        if (!active) return fail(409, 'no active call');
        engine.transfer(active.phonecallId, destination, user);
        return ok;
      }
      case 'conference':
        return activeLegOf(engine, user) ? ok : fail(409, 'no active call');
      case 'dtmf': {
        const digits =
          [body.digits, body.dtmf, body.destination].find((v): v is string => typeof v === 'string') ?? '';
        if (!/^[0-9*#A-Da-d]+$/.test(digits)) return fail(400, 'digits must be 0-9, *, # or A-D');
        return activeLegOf(engine, user) ? ok : fail(409, 'no active call');
      }
    }
  } catch (error) {
    if (error instanceof SimError) return fail(error.status === 409 ? 409 : 400, error.message);
    throw error;
  }
}
