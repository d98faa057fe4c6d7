/**
 * Call control on the agent's active call: hang up, hold/resume (the PBX toggles with one `hold`
 * action), blind transfer, DTMF and recording. Device actions address a device, not a call, so a
 * command that names its call is refused once that call is gone: a late click on "Hang up" must not
 * end the next call. What the device cannot do (its `capabilities`) is refused without a request.
 */
import type { CompanionState } from '../../shared/contract';
import type { DialView } from '../../shared/features/dial';
import { CommandFailure } from '../commands/dispatch';
import type { DeviceActionName } from '../pbx/identity';
import { parseDialInput } from '../phone/dial-input';
import type { NumberContext } from '../phone/phone-number';
import type { Logger } from '../ports';
import type { Slice } from '../state/slice';
import type { DeviceSession, DeviceTracker } from './device-tracker';

export interface CallControlOptions {
  /** The whole tree (the connection's status, the live calls). */
  state(): CompanionState;
  slice: Slice<DialView>;
  log: Logger;
  devices: DeviceTracker;
  session(): DeviceSession | null;
  numberContext(): NumberContext;
  /** After a change on the PBX: read the calls again at once. */
  afterChange(): void;
}

/** The capability a device must list for an action. */
const capabilityOf: Partial<Record<DeviceActionName, string>> = {
  hangup: 'hangup',
  hold: 'hold',
  transfer: 'transfer',
  dtmf: 'dtmf',
};

export class CallControl {
  readonly #o: CallControlOptions;

  constructor(options: CallControlOptions) {
    this.#o = options;
  }

  async hangUp(callId: string | undefined): Promise<void> {
    await this.#act('hangup', callId);
  }

  async toggleHold(callId: string | undefined): Promise<void> {
    await this.#act('hold', callId);
  }

  async transfer(callId: string | undefined, target: string): Promise<string> {
    const number = parseDialInput(target, this.#o.numberContext());
    if (!number.ok) {
      throw new CommandFailure({ kind: 'invalid-input', detail: `dial-${number.problem}`, field: 'target' });
    }
    await this.#act('transfer', callId, number.digits);
    return number.digits;
  }

  async dtmf(callId: string | undefined, digits: string): Promise<void> {
    await this.#act('dtmf', callId, digits.toUpperCase());
  }

  async record(callId: string, on: boolean): Promise<boolean> {
    const session = this.#requireCall(callId);
    await session.api.identity.userAction(session.me, { action: on ? 'StartRecording' : 'StopRecording' });
    const live = new Set(this.#o.state().calls.live.map((call) => call.id));
    this.#o.slice.update((dial) => ({
      recordingCallIds: [
        ...dial.recordingCallIds.filter((id) => id !== callId && live.has(id)),
        ...(on ? [callId] : []),
      ],
    }));
    return on;
  }

  async #act(action: DeviceActionName, callId: string | undefined, destination?: string): Promise<void> {
    const session = this.#requireCall(callId);
    const { target, device } = this.#o.devices.controlTarget();
    const capability = capabilityOf[action];
    if (device && capability && !device.capabilities.includes(capability)) {
      throw new CommandFailure({ kind: 'unavailable', detail: 'dial-not-supported' });
    }
    await session.api.identity.deviceAction(session.me, target, {
      action,
      ...(destination !== undefined ? { destination } : {}),
    });
    this.#o.log.log('info', 'call control', { action, device: target === 'default' ? 'default' : 'chosen' });
    this.#o.afterChange();
  }

  #requireCall(callId: string | undefined): DeviceSession {
    const session = this.#o.session();
    if (!session || this.#o.state().connection.status !== 'online') {
      throw new CommandFailure({ kind: 'not-connected' });
    }
    if (callId !== undefined && !this.#o.state().calls.live.some((call) => call.id === callId)) {
      throw new CommandFailure({ kind: 'not-found', detail: 'dial-call-ended' });
    }
    return session;
  }
}
