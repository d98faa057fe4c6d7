/**
 * The contract of one feature, availability (issue 14): where the agent's calls go. Their
 * availability profile, the forwarding of their extension, the dynamic location (hot desk) they
 * work at, the extension switches they picked, and the profile automations (quit, start, lock).
 * Listed in ../feature-list.ts; its slice is `state.availability`.
 */
import { z } from 'zod';
import { accessRules } from '../command-access';
import type { FeatureContract } from '../feature-contract';
import type { CommandError } from '../vocabulary';

/** The four things the feature reads from the PBX; each can be hidden on its own. */
export const availabilityParts = ['profiles', 'forward', 'location', 'switches'] as const;
export type AvailabilityPart = (typeof availabilityParts)[number];

/** Why a control is hidden: the PBX refused its endpoint to this API user (403) or has none (404). */
export const hiddenReasons = ['forbidden', 'not-offered'] as const;
export type HiddenReason = (typeof hiddenReasons)[number];

/** The automations' triggers, for the settings and the log. */
export const automationTriggers = ['quit', 'start', 'lock'] as const;
export type AutomationTrigger = (typeof automationTriggers)[number];

/** How many switches the agent may pick: a panel row each. */
export const maxPickedSwitches = 12;

/**
 * Why a command was refused or failed, beside the PBX's own error kinds (`CommandError.detail`):
 * the profile, location or switch is `availability-vanished` (no longer on the PBX), the control is
 * `availability-hidden` (403/404 on reading it), the agent has `availability-no-extension` to
 * forward or is `availability-not-at-location`; a forward target's problems are
 * `forward-<dial input problem>`, `forward-service-code` and `forward-own-extension`.
 */
export const availabilityRefusals = [
  'availability-vanished',
  'availability-hidden',
  'availability-no-extension',
  'availability-not-at-location',
  'availability-no-profiles',
  'forward-service-code',
  'forward-own-extension',
] as const;

/** The availability feature's commands; schemas are built on first use (see ../feature-contract.ts). */
function availabilityCommands() {
  const id = z.number().int().positive().max(2_147_483_647);
  const extension = z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[\p{L}\p{N}_.*#+-]+$/u)
    .refine((value) => value !== '.' && value !== '..');
  const profileChoice = id.nullable();
  return {
    /** A window shows availability: read everything now (unless fresh) and follow it closer for 30 s. */
    'availability/watch': z.object({}).strict(),
    'availability/activate-profile': z.object({ profileId: id }).strict(),
    /** The hotkey: the next profile in the PBX's list after the active one. */
    'availability/cycle-profile': z.object({}).strict(),
    /** Forward the agent's extension to a typed number (or a quick target's number). */
    'availability/forward': z.object({ target: z.string().max(512) }).strict(),
    'availability/clear-forward': z.object({}).strict(),
    /** Colleagues by name, username or extension, for a forward target. */
    'availability/find-colleagues': z.object({ query: z.string().trim().min(1).max(64) }).strict(),
    'availability/relocate': z.object({ locationId: id }).strict(),
    'availability/leave-location': z.object({}).strict(),
    /**
     * An extension switch changes call routing for everyone who calls through it, and the PBX does
     * not say whom a switch affects: every toggle needs the agent's confirmation.
     */
    'availability/set-switch': z.object({ extension, on: z.boolean(), confirmed: z.literal(true) }).strict(),
    'availability/update-settings': z
      .object({
        pickedSwitches: z.array(extension).max(maxPickedSwitches),
        quitProfileId: profileChoice,
        startProfileId: profileChoice,
        lockProfileId: profileChoice,
      })
      .partial()
      .strict(),
  } as const;
}

/** Whether a part's data is there: still coming, read, or hidden (with why). */
export interface PartStatus {
  status: 'loading' | 'ready' | 'hidden';
  hiddenReason: HiddenReason | null;
}

export interface ProfileView {
  id: number;
  /** Null where the PBX lists a bare id. */
  name: string | null;
  /** `user` or `admin` (set up by the administrator). */
  scope: string | null;
}

export interface ProfilesView extends PartStatus {
  list: ProfileView[];
  activeId: number | null;
  /** The active profile's id names none the PBX lists any more. */
  activeVanished: boolean;
  /** An activation on its way (shown at once; confirmed when the PBX was read again). */
  pendingId: number | null;
}

/** A forward target offered without typing. */
export interface QuickTargetView {
  kind: 'mobile' | 'previous';
  /** What is sent (through the same number hygiene as a typed number). */
  number: string;
  display: string;
}

export interface ForwardView extends PartStatus {
  /** Where the agent's calls go now; null: not forwarded. */
  target: string | null;
  /** The target written for reading (`0160 5550221`). */
  display: string | null;
  /** Whom the target reaches, as the phonebook knows them (a colleague, a contact). */
  targetName: string | null;
  /** The target is the agent's own mobile (then it is named so, not by the phonebook). */
  toMobile: boolean;
  /** The agent's extension; null: the agent has none, so nothing can be forwarded. */
  extension: string | null;
  pending: 'set' | 'clear' | null;
  quickTargets: QuickTargetView[];
}

export interface LocationView {
  id: number;
  name: string;
  description: string | null;
  /** Who is logged in there now (display name), other than the agent. */
  occupiedBy: string | null;
}

export interface LocationsView extends PartStatus {
  /** Where the agent is logged in now. */
  current: { id: number; name: string } | null;
  /** The locations the agent may use. */
  list: LocationView[];
  /** `roles`: the agent's location.group roles decide; `all`: every dynamic location. */
  scope: 'roles' | 'all';
  pending: { action: 'relocate' | 'logout'; locationId: number } | null;
}

export interface SwitchView {
  extension: string;
  name: string;
  /** Null: the PBX sent no state the app understands. */
  on: boolean | null;
  /** Picked in the settings, but the PBX no longer lists it. */
  vanished: boolean;
  pending: boolean;
}

export interface SwitchesView extends PartStatus {
  /** The switches the agent picked, in the order picked. */
  picked: SwitchView[];
  /** Every switch the PBX lists, for the settings. */
  available: { extension: string; name: string }[];
}

export type AvailabilityAction =
  | 'activate-profile'
  | 'forward'
  | 'clear-forward'
  | 'relocate'
  | 'leave-location'
  | 'set-switch';

/** What the last command came to (announced in the panel). */
export interface AvailabilityOutcomeView {
  /** Counts up with every outcome, so the same words are announced again. */
  id: number;
  action: AvailabilityAction;
  ok: boolean;
  /** The profile, target, location or switch it was about, as shown. */
  subject: string | null;
  error: CommandError | null;
  atMs: number;
}

export interface AvailabilitySettingsView {
  pickedSwitches: string[];
  /** The profile activated when the app quits or the OS session ends; null: off. */
  quitProfileId: number | null;
  /** The profile activated when the app starts and signs in; null: off. */
  startProfileId: number | null;
  /** The profile activated when the screen locks (the one before comes back on unlock); null: off. */
  lockProfileId: number | null;
}

/** What the automations did last, for the settings window. */
export interface AutomationRunView {
  trigger: AutomationTrigger | 'unlock';
  outcome: 'activated' | 'skipped' | 'failed';
  /** Why it skipped: `manual` (a choice by hand stands), `already`, `vanished`, `offline`. */
  reason: string | null;
  profileId: number | null;
  atMs: number;
}

export interface AvailabilityView {
  /** `offline` while not connected; `loading` until the first read; then `ready`. */
  status: 'offline' | 'loading' | 'ready';
  profiles: ProfilesView;
  forward: ForwardView;
  location: LocationsView;
  switches: SwitchesView;
  lastOutcome: AvailabilityOutcomeView | null;
  lastAutomation: AutomationRunView | null;
  settings: AvailabilitySettingsView;
}

export interface ColleagueView {
  username: string;
  displayName: string;
  extension: string;
}

export interface AvailabilityCommandResults {
  'availability/watch': null;
  'availability/activate-profile': AvailabilityOutcomeView;
  'availability/cycle-profile': AvailabilityOutcomeView;
  'availability/forward': AvailabilityOutcomeView;
  'availability/clear-forward': AvailabilityOutcomeView;
  'availability/find-colleagues': ColleagueView[];
  'availability/relocate': AvailabilityOutcomeView;
  'availability/leave-location': AvailabilityOutcomeView;
  'availability/set-switch': AvailabilityOutcomeView;
  'availability/update-settings': AvailabilitySettingsView;
}

/**
 * Availability is acted on in the panel; settings picks switches and automations and, like the
 * panel, keeps the state fresh while it is open.
 */
const availabilityAccess = accessRules(availabilityCommands, {
  'availability/watch': { windows: ['panel', 'settings'] },
  'availability/activate-profile': { windows: ['panel'] },
  'availability/cycle-profile': { windows: ['panel'] },
  'availability/forward': { windows: ['panel'] },
  'availability/clear-forward': { windows: ['panel'] },
  'availability/find-colleagues': { windows: ['panel'] },
  'availability/relocate': { windows: ['panel'] },
  'availability/leave-location': { windows: ['panel'] },
  'availability/set-switch': { windows: ['panel'] },
  'availability/update-settings': { windows: ['settings'] },
});

export const availabilityContract = {
  name: 'availability',
  commands: availabilityCommands,
  events: [],
  access: availabilityAccess,
  types: {} as {
    results: AvailabilityCommandResults;
    slice: AvailabilityView;
    events: Record<never, never>;
  },
} as const satisfies FeatureContract;
