/**
 * The contract of one feature, the team board (issue 13): colleagues' line state and presence,
 * call or transfer to them, favourites. Listed in ../feature-list.ts; its slice is `state.team`.
 *
 * Who is on the board is scoped as the pascom client scopes it (the REST credentials see the whole
 * PBX): members of the agent's `xmpp.group` roles plus the agent's favourites, minus anyone hidden.
 */
import { z } from 'zod';
import { accessRules } from '../command-access';
import type { FeatureContract } from '../feature-contract';

/**
 * One condition of a colleague's line, from the Asterisk hint; a hint may name several
 * (`InUse&Ringing`: in a call while another rings), and the board shows each. No condition at all
 * means the hint was not understood (or missing from the answer): shown as unknown.
 */
export const teamLineConditions = ['inUse', 'busy', 'onHold', 'ringing', 'idle', 'unavailable'] as const;
export type TeamLineCondition = (typeof teamLineConditions)[number];

/** `003use_state`: what the colleague set in the pascom client; null and unknown words are `unknown`. */
export const teamPresences = ['available', 'away', 'busy', 'unknown'] as const;
export type TeamPresence = (typeof teamPresences)[number];

/** How many favourites and hidden people the settings keep. */
export const teamLimits = { favourites: 100, hidden: 500, searchResults: 50 } as const;

/** Why the board shows favourites only (the roles could not be used); null: the roles are used. */
export const teamScopeReasons = ['roles-forbidden', 'roles-missing', 'no-roles', 'not-in-role'] as const;
export type TeamScopeReason = (typeof teamScopeReasons)[number];

/** What the app saw of a colleague's line. */
export interface TeamLineView {
  /** In a fixed order (in a call, busy, on hold, ringing, idle, unavailable); [] is unknown. */
  conditions: TeamLineCondition[];
  /** When the app first saw the line like this. */
  sinceMs: number;
  /**
   * True when the app saw the change into this state; false when it was already so when the app
   * started looking (the panel opened): the line has been like this for at least that long.
   */
  sawChange: boolean;
}

export interface TeamMemberView {
  username: string;
  /** Display name (`003use_bez`); the username until the PBX said more. */
  name: string;
  extension: string | null;
  favourite: boolean;
  /** False: the PBX no longer knows this user (a favourite, kept greyed with "not found on the PBX"). */
  found: boolean;
  /** Null while colleagues' lines are not followed (panel closed, PBX without states) or not yet read. */
  line: TeamLineView | null;
  presence: TeamPresence;
  statusText: string | null;
}

export interface TeamPersonView {
  username: string;
  name: string;
  extension: string | null;
}

export interface TeamSettingsView {
  /** In the agent's order. */
  favourites: TeamPersonView[];
  hidden: TeamPersonView[];
  /** Screen readers hear a favourite's line change (opt-in: it talks while the agent works). */
  announceFavourites: boolean;
}

export interface TeamView {
  /** `offline`: not connected; `loading`: connected, the roles not read yet; `ready`. */
  status: 'offline' | 'loading' | 'ready';
  /** The agent's `xmpp.group` roles the board is made of, and why favourites only when it is. */
  scope: { roles: string[]; reason: TeamScopeReason | null };
  /** Favourites first, in their order, then the roles' members by name. The agent is not on it. */
  members: TeamMemberView[];
  /**
   * `live`: colleagues' lines ride in the agent's own states request (the panel is open);
   * `paused`: not followed (the panel is closed); `unsupported`: the PBX offers no states.
   */
  lines: 'live' | 'paused' | 'unsupported';
  /** When presence and status texts were last read from the PBX. */
  presenceReadAtMs: number | null;
  settings: TeamSettingsView;
}

/** One user of the whole PBX, found by `team/search` (to add as a favourite, or call). */
export interface TeamSearchHit {
  username: string;
  name: string;
  extension: string | null;
  presence: TeamPresence;
  favourite: boolean;
  /** Already on the board (a role member or favourite, not hidden). */
  onBoard: boolean;
}

/** The team feature's commands; schemas are built on first use (see ../feature-contract.ts). */
function teamCommands() {
  const username = z.string().trim().min(1).max(128);
  return {
    /**
     * The panel is on screen (`open`, renewed every 15 s; the core drops it after 30 s) or went
     * away: colleagues' lines ride along only while it is open.
     */
    'team/watch': z.object({ open: z.boolean() }).strict(),
    /** Call a colleague on the agent's default device (the dial path), by extension. */
    'team/call': z.object({ username, source: z.enum(['panel', 'tray']).default('panel') }).strict(),
    /** Blind-transfer the agent's current call to a colleague, by extension. */
    'team/transfer': z.object({ username, callId: z.string().min(1).max(64).optional() }).strict(),
    /** Users of the whole PBX by name, username or extension. */
    'team/search': z
      .object({
        query: z.string().max(100),
        limit: z.number().int().min(1).max(teamLimits.searchResults).optional(),
      })
      .strict(),
    'team/favourite': z.object({ username, favourite: z.boolean() }).strict(),
    /** Moves a favourite to `index` in the order (clamped to the list). */
    'team/move-favourite': z
      .object({ username, index: z.number().int().min(0).max(teamLimits.favourites) })
      .strict(),
    'team/hide': z.object({ username, hidden: z.boolean() }).strict(),
    'team/update-settings': z.object({ announceFavourites: z.boolean() }).partial().strict(),
  } as const;
}

export interface TeamCommandResults {
  'team/watch': null;
  'team/call': { extension: string };
  'team/transfer': { destination: string };
  'team/search': TeamSearchHit[];
  'team/favourite': TeamSettingsView;
  'team/move-favourite': TeamSettingsView;
  'team/hide': TeamSettingsView;
  'team/update-settings': TeamSettingsView;
}

/** The board lives in the panel; favourites are also ordered and hidden people kept in settings. */
const teamAccess = accessRules(teamCommands, {
  'team/watch': { windows: ['panel'] },
  'team/call': { windows: ['panel'] },
  'team/transfer': { windows: ['panel'] },
  'team/search': { windows: ['panel'] },
  'team/favourite': { windows: ['panel', 'settings'] },
  'team/move-favourite': { windows: ['settings'] },
  'team/hide': { windows: ['settings'] },
  'team/update-settings': { windows: ['settings'] },
});

export const teamContract = {
  name: 'team',
  commands: teamCommands,
  events: [],
  access: teamAccess,
  types: {} as { results: TeamCommandResults; slice: TeamView; events: Record<never, never> },
} as const satisfies FeatureContract;
