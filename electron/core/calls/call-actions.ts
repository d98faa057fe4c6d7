/**
 * What the popup's buttons do on the PBX: answer a ringing call on the agent's default device,
 * and add the caller to the agent's private phonebook.
 */
import type { AnswerOutcome, CallView } from '../../shared/features/calls';
import { CommandFailure } from '../commands/dispatch';
import type { PbxApi } from '../pbx/index';
import type { PhonebookEntry } from '../pbx/schemas/phonebook';

/** The call to answer: the one named, or the newest call ringing for the agent. */
export function ringingCallToAnswer(calls: readonly CallView[], callId: string | undefined): CallView {
  const ringing = calls.filter((call) => call.direction === 'inbound' && call.phase === 'ringing');
  const call =
    callId === undefined
      ? ringing.reduce<CallView | undefined>(
          (newest, candidate) =>
            !newest || candidate.startedAtMs >= newest.startedAtMs ? candidate : newest,
          undefined,
        )
      : ringing.find((candidate) => candidate.id === callId);
  if (!call) throw new CommandFailure({ kind: 'not-found', detail: 'calls-no-ringing-call' });
  return call;
}

/**
 * `pickup` on the default device, or `offhook` where the device does not list `pickup` (the
 * reference's sample device lists `offhook` only). The PBX answers the call ringing on that
 * device: the REST API has no way to name one call when two ring at once.
 */
export async function answerOnDefaultDevice(api: PbxApi, me: string, call: CallView): Promise<AnswerOutcome> {
  const device = await api.identity.getDefaultDevice(me);
  if (!device) throw new CommandFailure({ kind: 'unavailable', detail: 'calls-no-default-device' });
  const capabilities = device.capabilities.map((capability) => capability.toLowerCase());
  const action = capabilities.includes('pickup') ? 'pickup' : 'offhook';
  if (action === 'offhook' && capabilities.length > 0 && !capabilities.includes('offhook')) {
    throw new CommandFailure({ kind: 'unavailable', detail: 'calls-device-cannot-answer' });
  }
  await api.identity.deviceAction(me, 'default', { action });
  return { callId: call.id, action };
}

/**
 * Declines the one call ringing for the agent: `hangup` on the default device. The action names no
 * call, so it is refused while any other call of the agent is live (it could end that one instead).
 * What the caller hears next is the PBX's business: a queue offers the call to the next agent.
 */
export async function declineOnDefaultDevice(
  api: PbxApi,
  me: string,
  calls: readonly CallView[],
  callId: string,
): Promise<void> {
  const call = calls.find((candidate) => candidate.id === callId);
  if (call?.direction !== 'inbound' || call.phase !== 'ringing') {
    throw new CommandFailure({ kind: 'not-found', detail: 'calls-no-ringing-call' });
  }
  if (calls.length > 1) throw new CommandFailure({ kind: 'conflict', detail: 'calls-decline-ambiguous' });
  const device = await api.identity.getDefaultDevice(me);
  if (!device) throw new CommandFailure({ kind: 'unavailable', detail: 'calls-no-default-device' });
  const capabilities = device.capabilities.map((capability) => capability.toLowerCase());
  if (capabilities.length > 0 && !capabilities.includes('hangup')) {
    throw new CommandFailure({ kind: 'unavailable', detail: 'calls-device-cannot-decline' });
  }
  await api.identity.deviceAction(me, 'default', { action: 'hangup' });
}

export interface NewContact {
  number: string;
  displayName: string;
  organisation?: string | undefined;
  notes?: string | undefined;
  numberKind: 'phone' | 'mobile' | 'homephone';
}

/** Creates the private entry; returns it as the index stores it (id from the PBX when it says). */
export async function createPrivateContact(
  api: PbxApi,
  me: string,
  contact: NewContact,
  fallbackId: number,
): Promise<PhonebookEntry> {
  const created = await api.phonebook.createPrivate(me, {
    displayName: contact.displayName,
    ...(contact.organisation ? { organisation: contact.organisation } : {}),
    ...(contact.notes ? { notes: contact.notes } : {}),
    numbers: { [contact.numberKind]: contact.number },
  });
  return {
    id: created.id ?? fallbackId,
    type: '028phonebook',
    phonebookType: 'identity',
    phonebookName: me,
    displayName: contact.displayName,
    firstName: null,
    surname: null,
    organisation: contact.organisation ?? null,
    notes: contact.notes ?? null,
    email: null,
    numbers: {
      phone: contact.numberKind === 'phone' ? contact.number : null,
      mobile: contact.numberKind === 'mobile' ? contact.number : null,
      homephone: contact.numberKind === 'homephone' ? contact.number : null,
      fax: null,
    },
    labels: [],
  };
}
