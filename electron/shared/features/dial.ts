/**
 * The contract of one feature, click-to-dial, call control and tel: links (issue: dial). Listed in
 * ../feature-list.ts; its slice is `state.dial`.
 *
 * Other features dial through `dial/number` (`{ target, source }`): the popup's and the voicemail
 * list's "Call back" and the dial hotkey among them. Its input stays as it is.
 */
import { z } from 'zod';
import { accessRules, ownCall, ownCallerNumber } from '../command-access';
import type { FeatureContract } from '../feature-contract';
import type { CommandError } from '../vocabulary';

/** Where a dial request came from; links and the command line come from outside the app. */
export const dialSources = [
  'panel',
  'popup',
  'calls',
  'voicemail',
  'tray',
  'hotkey',
  'link',
  'command-line',
] as const;
export type DialSource = (typeof dialSources)[number];

/**
 * Sources outside the app (a web page's `tel:` link, another app's command line): what they ask
 * for is confirmed before it is dialed, the panel comes up without taking the keyboard from the app
 * the agent types in, and its Call button takes no key or click for `confirmArmDelayMs`, so a key
 * press meant for that app cannot confirm a number the page chose.
 */
export const outsideDialSources: readonly DialSource[] = ['link', 'command-line'];
export const confirmArmDelayMs = 1000;

/**
 * Requests whose confirmation arms late (Cancel focused, Call deaf for `confirmArmDelayMs`): those
 * from outside, and the dial hotkey's, which dials whatever the selection or clipboard held, text
 * another app may have put there (issue 15, finding 9). The hotkey's panel takes the keyboard: the
 * agent pressed the keys to use the app.
 */
export const armedConfirmSources: readonly DialSource[] = [...outsideDialSources, 'hotkey'];

/** Why a text is not something to dial; the UI words each (`detail.dial-<problem>`). */
export const dialInputProblems = [
  'empty',
  'not-a-number',
  'letters',
  'several-numbers',
  'too-short',
  'too-long',
  'misplaced-symbol',
  'incomplete-international',
  'unsupported-link',
  'link-without-number',
] as const;
export type DialInputProblem = (typeof dialInputProblems)[number];

export interface DialDeviceView {
  /** The name device actions address (`pascom Softphone [Tina Sander]`). */
  name: string;
  /** What to show: the caption a user gave it, else its name. */
  label: string;
  typeName: string | null;
  /** `dial`, `hangup`, `hold`, `transfer`, `dtmf`, ... as the PBX lists them. */
  capabilities: string[];
}

export interface PendingDialView {
  id: string;
  /**
   * `confirm-link`: a link or launch from another app asks to dial (the user confirms);
   * `no-default-device`: the PBX has no default device for the agent, the user picks one.
   */
  reason: 'confirm-link' | 'no-default-device';
  /** Exactly what will be sent. */
  destination: string;
  display: string;
  /** The phonebook name of the number, when known. */
  name: string | null;
  source: DialSource;
  /** The agent's devices that can dial (for `no-default-device`). */
  devices: DialDeviceView[];
  expiresAtMs: number;
}

export interface DialAttemptView {
  id: string;
  atMs: number;
  status: 'dialing' | 'failed';
  source: DialSource;
  /** What was (or would have been) sent; null when the input was no number. */
  destination: string | null;
  display: string;
  name: string | null;
  /** The device label dialed with. */
  device: string | null;
  error: CommandError | null;
}

export interface DialView {
  /** The PBX's default device for the agent; null when there is none (or not known yet). */
  defaultDevice: DialDeviceView | null;
  /** False until the PBX was asked once in this session. */
  deviceKnown: boolean;
  /** The agent's devices, when they were needed (no default device, or one remembered). */
  devices: DialDeviceView[];
  /** The device call control acts on and whose capabilities decide the buttons. */
  controlDevice: DialDeviceView | null;
  pending: PendingDialView | null;
  lastAttempt: DialAttemptView | null;
  /** Calls this app started recording. */
  recordingCallIds: string[];
  settings: DialSettingsView;
}

export interface DialSettingsView {
  /** Ask before dialing a link from another app. */
  confirmLinks: boolean;
  /** Ask before dialing what the dial hotkey read from the selection or clipboard. */
  confirmHotkeyDials: boolean;
  /** The device remembered for when the PBX has no default device. */
  preferredDevice: string | null;
}

/** The dial feature's commands; schemas are built on first use (see ../feature-contract.ts). */
function dialCommands() {
  const target = z.string().min(1).max(512);
  const pendingId = z.string().min(1).max(64);
  const callId = z.string().min(1).max(64);
  const deviceName = z.string().trim().min(1).max(256);
  return {
    /** Dial a number (any format people write, or a tel:/callto:/sip: link) on the agent's device. */
    'dial/number': z.object({ target, source: z.enum(dialSources).default('panel') }).strict(),
    /** How the number would be sent and how the PBX reads it (internal user, queue, external). */
    'dial/check': z.object({ target }).strict(),
    /** Contacts for the dial box; recent numbers when the query is empty. */
    'dial/search': z
      .object({ query: z.string().max(200), limit: z.number().int().min(1).max(50).optional() })
      .strict(),
    /** Go on with a pending dial: confirm a link, or name the device to dial with. */
    'dial/confirm': z
      .object({ id: pendingId, device: deviceName.optional(), remember: z.boolean().optional() })
      .strict(),
    'dial/cancel': z.object({ id: pendingId }).strict(),
    'dial/refresh-devices': z.object({}).strict(),
    'dial/update-settings': z
      .object({
        confirmLinks: z.boolean().optional(),
        confirmHotkeyDials: z.boolean().optional(),
        preferredDevice: deviceName.nullable().optional(),
      })
      .strict(),
    /** Call control acts on the agent's active call; `callId` makes sure it is still the one meant. */
    'control/hang-up': z.object({ callId: callId.optional() }).strict(),
    /** Hold, or resume a held call (the PBX toggles). */
    'control/hold': z.object({ callId: callId.optional() }).strict(),
    'control/transfer': z.object({ callId: callId.optional(), target }).strict(),
    'control/dtmf': z
      .object({
        callId: callId.optional(),
        digits: z
          .string()
          .trim()
          .regex(/^[0-9*#A-Da-d]{1,32}$/),
      })
      .strict(),
    'control/record': z.object({ callId, on: z.boolean() }).strict(),
  } as const;
}

export type DialOutcome =
  | { status: 'dialing'; attempt: DialAttemptView }
  | { status: 'pending'; pending: PendingDialView };

export type DialInputView =
  | { ok: true; digits: string; display: string; kind: 'international' | 'national' | 'internal' | 'service' }
  | { ok: false; problem: DialInputProblem };

/** How the PBX reads a target (`GET /extension?target=`). */
export interface PbxReadingView {
  internal: boolean;
  kind: 'user' | 'queue' | 'emergency' | 'fax' | 'other' | 'external';
  name: string | null;
  extension: string | null;
}

export interface DialCheck {
  input: DialInputView;
  /** Null where the PBX does not say (not supported, not asked for invalid input). */
  reading: PbxReadingView | null;
  /** The phonebook name of the number, when there is one. */
  contact: string | null;
}

export interface DialSuggestionNumber {
  kind: 'phone' | 'mobile' | 'homephone' | 'fax' | 'recent';
  display: string;
  /** What `dial/number` gets as `target`. */
  target: string;
}

export interface DialSuggestion {
  key: string;
  name: string;
  organisation: string | null;
  source: 'private' | 'global' | 'recent';
  numbers: DialSuggestionNumber[];
}

export interface DialCommandResults {
  'dial/number': DialOutcome;
  'dial/check': DialCheck;
  'dial/search': DialSuggestion[];
  'dial/confirm': DialOutcome;
  'dial/cancel': null;
  'dial/refresh-devices': DialView;
  'dial/update-settings': DialView;
  'control/hang-up': null;
  'control/hold': null;
  'control/transfer': { destination: string };
  'control/dtmf': null;
  'control/record': { recording: boolean };
}

export interface DialEvents {
  /** The panel puts the keyboard into the dial box (after the show-panel hotkey, or a pending dial). */
  'dial/focus': { reason: 'show-panel' | 'pending' | 'attempt' };
}

/**
 * Dialing is the panel's; a popup's (or missed-call card's) "Call back" dials its own caller's
 * number, and a popup may hang up or hold its own call. Its settings are the settings window's.
 */
const dialAccess = accessRules(dialCommands, {
  'dial/number': { windows: ['panel'], popup: (input, scope) => ownCallerNumber(input.target, scope) },
  'dial/check': { windows: ['panel'] },
  'dial/search': { windows: ['panel'] },
  'dial/confirm': { windows: ['panel'] },
  'dial/cancel': { windows: ['panel'] },
  'dial/refresh-devices': { windows: ['panel'] },
  'dial/update-settings': { windows: ['settings'] },
  'control/hang-up': { windows: ['panel'], popup: ownCall },
  'control/hold': { windows: ['panel'], popup: ownCall },
  'control/transfer': { windows: ['panel'] },
  'control/dtmf': { windows: ['panel'] },
  'control/record': { windows: ['panel'] },
});

export const dialContract = {
  name: 'dial',
  commands: dialCommands,
  events: ['dial/focus'],
  access: dialAccess,
  types: {} as { results: DialCommandResults; slice: DialView; events: DialEvents },
} as const satisfies FeatureContract;
