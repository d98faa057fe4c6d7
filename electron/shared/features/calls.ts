/**
 * The contract of one feature, incoming calls: the agent's live calls, caller lookup, popups and
 * missed-call cards, today's calls, the phonebook's load (issue: incoming calls). Listed in
 * ../feature-list.ts; its slice is `state.calls`.
 */
import { z } from 'zod';
import { accessRules, ownCall, ownCallerNumber } from '../command-access';
import type { FeatureContract } from '../feature-contract';

export type CallDirection = 'inbound' | 'outbound';
export type CallPhase = 'ringing' | 'connected' | 'held';
/** How the call reached the agent: dialled directly, through a queue, or transferred by someone. */
export type CallRoute = 'direct' | 'queue' | 'transfer';
export type ContactNumberKind = 'phone' | 'mobile' | 'homephone' | 'fax';
/** The kinds of number an agent can add to a contact from the popup (a fax is nobody's caller). */
export const contactNumberKinds = ['phone', 'mobile', 'homephone'] as const;

/** A phonebook entry that matches the other party's number (private entries first). */
export interface CallerContactView {
  /** `private:23`, `global:7`. */
  key: string;
  source: 'private' | 'global';
  displayName: string;
  organisation: string | null;
  notes: string | null;
  labels: string[];
  /** Which of the contact's numbers matched. */
  numberKind: ContactNumberKind | null;
}

/** How often this number called before, from the PBX's call history (`/cdr`). */
export interface PreviousCallsView {
  /** Calls from this number within `days` days, this call not counted. */
  count: number;
  /** Of those, calls nobody answered. */
  missed: number;
  days: number;
  /** When the latest of them started, newest first (at most 3). */
  latestAtMs: number[];
}

export interface CallView {
  /** Stable key: `<phonecallId>` or, for a queue call, `<queue leg phonecallId>/<agent leg phonecallId>`. */
  id: string;
  phonecallId: number;
  direction: CallDirection;
  phase: CallPhase;
  /** The other party's number as the PBX gives it ('' when withheld). */
  remoteNumber: string;
  /** The best name: the first phonebook match, else the name the PBX sent, else null. */
  remoteName: string | null;
  remoteInternal: boolean;
  /** The queue this call came through (set for every call that came through a queue). */
  queueName: string | null;
  startedAtMs: number;
  answeredAtMs: number | null;
  route: CallRoute;
  /** The number formatted for reading (`089 1234567`, `+43 1 5875123`, `221`). */
  remoteDisplayNumber: string;
  /** E.164 (`+49891234567`) when the number is a public one, else null. */
  remoteE164: string | null;
  /** Every phonebook entry with this number, private first (at most 5). */
  contacts: CallerContactView[];
  /** Null until the history has been asked (or when it could not be). */
  previousCalls: PreviousCallsView | null;
}

/** A call that rang for the agent and ended unanswered: it joins the one missed-calls summary. */
export interface MissedCallCard {
  call: CallView;
  endedAtMs: number;
}

/**
 * The popup id of the one missed-calls summary (every missed call is a row in it, never a window
 * of its own). Call ids are PBX numbers, so this cannot be one.
 */
export const missedCallsPopupId = 'missed';

/**
 * What became of the last Answer. The REST API's `pickup`/`offhook` names no call: with two calls
 * ringing the phone picks one, so the app reports the call the PBX really connected, never the one
 * that was clicked.
 */
export interface AnswerAttemptView {
  /** The call whose Answer was pressed; null when "the ringing call" was asked for (hotkey). */
  requestedCallId: string | null;
  /** The calls ringing for the agent when Answer was pressed. */
  ringingCallIds: string[];
  atMs: number;
  /**
   * `pending`: waiting for the PBX; `connected`: the requested call is connected; `other`: the
   * phone connected another of the ringing calls; `not-answered`: the phone has not picked up a
   * few polls later (or the call went away unanswered).
   */
  status: 'pending' | 'connected' | 'other' | 'not-answered';
  /** The call the PBX connected, once one is. */
  connectedCallId: string | null;
}

export type RecentCallOutcome = 'answered' | 'missed' | 'answered-elsewhere' | 'outgoing' | 'not-reached';

/** One of today's calls of the agent, for the panel (from `/cdr`, plus calls just ended). */
export interface RecentCallView {
  /** The call's chain (all legs of one call share it). */
  id: string;
  direction: CallDirection;
  outcome: RecentCallOutcome;
  remoteNumber: string;
  remoteDisplayNumber: string;
  remoteName: string | null;
  remoteInternal: boolean;
  queueName: string | null;
  startedAtMs: number;
  /** Talk time. */
  connectedSeconds: number;
}

export const phonebookLoadStatuses = ['idle', 'loading', 'ready', 'failed'] as const;
export type PhonebookLoadStatus = (typeof phonebookLoadStatuses)[number];

/** The shared phonebook index: how far its load is (the panel shows this). */
export interface PhonebookStatusView {
  status: PhonebookLoadStatus;
  /** Entries received so far in the running load (or the last one). */
  loaded: number;
  /** Entries the PBX announced for the running load, when known. */
  expected: number | null;
  /** Contacts in the index (global and private). */
  contacts: number;
  /** When the index last matched the PBX. */
  syncedAtMs: number | null;
}

export const popupCorners = ['bottom-right', 'top-right', 'bottom-left', 'top-left'] as const;
export type PopupCorner = (typeof popupCorners)[number];
/** How a ringing call is announced: the caller popup, a native notification, or both. */
export const callAlertModes = ['popup', 'notification', 'both'] as const;
export type CallAlertMode = (typeof callAlertModes)[number];

export interface NumberFormatView {
  /** ISO country of the PBX, e.g. `DE`. */
  country: string;
  /** The PBX's own area code without the trunk 0 (`89`), or null. */
  areaCode: string | null;
  outsideLinePrefix: string | null;
  internalMaxDigits: number;
}

export interface CallSettingsView {
  popupForQueueCalls: boolean;
  popupForDirectCalls: boolean;
  popupForInternalCalls: boolean;
  /** No popups and no notifications for incoming calls: the app is only used to dial. */
  clickToDialOnly: boolean;
  alert: CallAlertMode;
  popupCorner: PopupCorner;
  /** `https://crm.example/search?phone={e164}`; null when not set. */
  crmUrlTemplate: string | null;
  openCrmOnAnswer: boolean;
  numberFormat: NumberFormatView;
}

/** The calls feature's commands; schemas are built on first use (see ../feature-contract.ts). */
function callsCommands() {
  const callId = z.string().min(1).max(64);
  const optionalText = (max: number) =>
    z
      .string()
      .trim()
      .max(max)
      .transform((value) => (value === '' ? undefined : value))
      .optional();
  const numberFormatPatch = z
    .object({
      country: z
        .string()
        .trim()
        .regex(/^[A-Za-z]{2}$/)
        .transform((value) => value.toUpperCase()),
      areaCode: z
        .string()
        .trim()
        .regex(/^0?\d{1,6}$/)
        // Agents write their area code with the trunk 0 (`089`); the normaliser wants it without.
        .transform((value) => value.replace(/^0/, ''))
        .nullable(),
      outsideLinePrefix: z
        .string()
        .trim()
        .regex(/^\d{1,3}$/)
        .nullable(),
      internalMaxDigits: z.number().int().min(2).max(8),
    })
    .partial()
    .strict();
  return {
    /**
     * Answers a ringing call on the agent's default device (`pickup`, or `offhook` where the device
     * lacks `pickup`). Without `callId`: the newest ringing call (the global answer hotkey, the tray).
     * The one way the app answers a call.
     */
    'calls/answer': z.object({ callId: callId.optional() }).strict(),
    /**
     * Declines the one call ringing for the agent (`hangup` on the default device). Refused while
     * any other call of the agent is live: the device's `hangup` names no call either.
     */
    'calls/decline': z.object({ callId }).strict(),
    /** Opens the CRM URL template from settings for this call (live or a missed-call card) in the browser. */
    'calls/open-crm': z.object({ callId }).strict(),
    /** Creates an entry in the agent's private phonebook (the popup's "Add to contacts"). */
    'calls/add-contact': z
      .object({
        number: z.string().trim().min(1).max(64),
        displayName: z.string().trim().min(1).max(200),
        organisation: optionalText(200),
        notes: optionalText(2000),
        numberKind: z.enum(contactNumberKinds).default('phone'),
      })
      .strict(),
    'calls/update-settings': z
      .object({
        popupForQueueCalls: z.boolean(),
        popupForDirectCalls: z.boolean(),
        popupForInternalCalls: z.boolean(),
        clickToDialOnly: z.boolean(),
        alert: z.enum(callAlertModes),
        popupCorner: z.enum(popupCorners),
        /** Checked by the core (https only, known placeholders); '' or null clears it. */
        crmUrlTemplate: z
          .string()
          .trim()
          .max(2000)
          .transform((value) => (value === '' ? null : value))
          .nullable(),
        openCrmOnAnswer: z.boolean(),
        numberFormat: numberFormatPatch,
      })
      .partial()
      .strict(),
    /** Loads both phonebooks again now (the panel's "Reload"). */
    'phonebook/reload': z.object({}).strict(),
    /**
     * Closes a caller popup (its Dismiss button, or the window closed by hand); for a missed call,
     * removes its row from the summary; `missed` (missedCallsPopupId) closes the summary and all rows.
     */
    'popup/dismiss': z.object({ callId }).strict(),
  } as const;
}

export interface AnswerOutcome {
  callId: string;
  action: 'pickup' | 'offhook';
}

export interface CallsCommandResults {
  'calls/answer': AnswerOutcome;
  'calls/decline': null;
  /** The URL that was opened. */
  'calls/open-crm': { url: string };
  /** The new contact's key (`private:<id>`). */
  'calls/add-contact': { contactKey: string };
  'calls/update-settings': CallSettingsView;
  'phonebook/reload': null;
  'popup/dismiss': null;
}

/** The feature's slice of the state tree: `state.calls`. */
export interface CallsView {
  /** The agent's Asterisk hint state (`Idle`, `Ringing`, `InUse&Ringing`, ...), null when unknown. */
  presence: string | null;
  /** The agent's live calls. */
  live: CallView[];
  /** Ids of calls whose caller popup is open, newest last. */
  popups: string[];
  /** Missed calls in the missed-calls summary until dismissed (newest last, at most 20). */
  missedCallCards: MissedCallCard[];
  /** The last Answer and what the PBX made of it; null when none is in question. */
  answer: AnswerAttemptView | null;
  /** Today's calls, newest first (at most 100). */
  recent: RecentCallView[];
  phonebook: PhonebookStatusView;
  settings: CallSettingsView;
}

export type CallsEvents = Record<never, never>;

/**
 * A popup acts on its own call only (the missed-calls summary on the calls it lists); its "Add
 * contact" saves its own caller's number.
 */
const callsAccess = accessRules(callsCommands, {
  'calls/answer': { windows: ['panel'], popup: ownCall },
  'calls/decline': { windows: ['panel'], popup: ownCall },
  'calls/open-crm': { windows: ['panel'], popup: ownCall },
  'calls/add-contact': { windows: ['panel'], popup: (input, scope) => ownCallerNumber(input.number, scope) },
  'calls/update-settings': { windows: ['settings'] },
  'phonebook/reload': { windows: ['panel'] },
  'popup/dismiss': { windows: ['panel'], popup: ownCall },
});

export const callsContract = {
  name: 'calls',
  commands: callsCommands,
  events: [],
  access: callsAccess,
  types: {} as { results: CallsCommandResults; slice: CallsView; events: CallsEvents },
} as const satisfies FeatureContract;
