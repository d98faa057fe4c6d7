/**
 * The contract of one feature, queue agent controls: pause, login, queue figures and the safety
 * nets (issue: queues). Listed in ../feature-list.ts; its slice is `state.queues`.
 */
import { z } from 'zod';
import { accessRules } from '../command-access';
import type { FeatureContract } from '../feature-contract';
import type { CommandError } from '../vocabulary';

/** The bounds of the safety nets' numbers (0: off), for the command and the settings document. */
export const queueSettingLimits = {
  autoPauseIdleMinutes: { min: 0, max: 240 },
  wrapUpSeconds: { min: 0, max: 600 },
  reminderMinutes: { min: 0, max: 480 },
} as const;

/** The queues feature's commands; schemas are built on first use (see ../feature-contract.ts). */
function queuesCommands() {
  const queueName = z.string().trim().min(1).max(128);
  const reasonName = z.string().trim().min(1).max(128);
  const limited = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max);
  /** Commands act on one queue (`queue`) or, without it, on every queue the agent is a member of. */
  return {
    /** `reason` omitted: the default reason (the last used one); null: pause without a reason. */
    'queues/pause': z
      .object({ queue: queueName.optional(), reason: reasonName.nullable().optional() })
      .strict(),
    'queues/unpause': z.object({ queue: queueName.optional() }).strict(),
    'queues/login': z.object({ queue: queueName.optional() }).strict(),
    'queues/logout': z.object({ queue: queueName.optional() }).strict(),
    /** The pause hotkey, the tray and `--toggle-pause`: resume when paused everywhere, else pause all. */
    'queues/toggle-pause': z.object({}).strict(),
    /** A window shows queue state: poll faster for a while (renewed by the window every 15 s). */
    'queues/watch': z.object({}).strict(),
    'queues/update-settings': z
      .object({
        autoPauseOnLock: z.boolean(),
        autoPauseIdleMinutes: limited(queueSettingLimits.autoPauseIdleMinutes),
        wrapUpSeconds: limited(queueSettingLimits.wrapUpSeconds),
        reminderMinutes: limited(queueSettingLimits.reminderMinutes),
        autoPauseReason: reasonName.nullable(),
        wrapUpReason: reasonName.nullable(),
      })
      .partial()
      .strict(),
  } as const;
}

export type QueueActionName = 'pause' | 'unpause' | 'login' | 'logout';
/** Who paused: the agent (`manual`) or one of the app's safety nets. */
export type QueuePauseCause = 'manual' | 'lock' | 'idle' | 'wrap-up';

/** What the PBX answered to a queue action. */
export interface QueueActionOutcome {
  action: QueueActionName;
  /** null: all queues. */
  queue: string | null;
  reason: string | null;
  /** The PBX's own words (e.g. `Interface paused successfully`). */
  pbxMessage: string | null;
}

export interface QueueSettingsView {
  autoPauseOnLock: boolean;
  /** 0: off. */
  autoPauseIdleMinutes: number;
  /** 0: off. */
  wrapUpSeconds: number;
  /** 0: off. */
  reminderMinutes: number;
  /** null: the default reason. */
  autoPauseReason: string | null;
  /** null: the default reason. */
  wrapUpReason: string | null;
}

export interface QueuesCommandResults {
  'queues/pause': QueueActionOutcome;
  'queues/unpause': QueueActionOutcome;
  'queues/login': QueueActionOutcome;
  'queues/logout': QueueActionOutcome;
  'queues/toggle-pause': QueueActionOutcome;
  'queues/watch': null;
  'queues/update-settings': QueueSettingsView;
}

export interface QueuePauseReasonView {
  name: string;
  code: string | null;
}

/** One queue the agent is a member of, with its figures. */
export interface QueueView {
  name: string;
  extension: string | null;
  /** Static members are always logged in and cannot log in or out. */
  dynamic: boolean;
  loggedIn: boolean;
  paused: boolean;
  pauseReason: string | null;
  waitingCount: number;
  /** Since when the longest-waiting caller waits (ms since epoch); null when none or unknown. */
  longestWaitSinceMs: number | null;
  /** Members idle and ready; null where the PBX's list does not say. */
  agentsAvailable: number | null;
  agentsBusy: number | null;
  agentsPaused: number | null;
  pauseReasons: QueuePauseReasonView[];
  /** An action on this membership is waiting for the PBX's answer or the re-read after it. */
  pending: QueueActionName | null;
}

/**
 * The agent's pause across queues: `paused` in every queue they are logged in to, `partly-paused`
 * in some, `logged-out` of all, `none` when a member of no queue.
 */
export type QueuePauseState = 'available' | 'paused' | 'partly-paused' | 'logged-out' | 'none';

export interface QueueOutcomeView extends QueueActionOutcome {
  /** Counts up with every outcome, so the same words are announced again. */
  id: number;
  ok: boolean;
  error: CommandError | null;
  cause: QueuePauseCause;
  atMs: number;
}

export interface QueuesView {
  /** `offline` while not connected; `loading` until the first read; then `ready`. */
  status: 'offline' | 'loading' | 'ready';
  queues: QueueView[];
  /** Reasons for pausing all queues: every queue's reasons, by name, first seen first. */
  reasons: QueuePauseReasonView[];
  /** What "Pause" uses: the last reason used, else the PBX's first; null when there are none. */
  defaultReason: string | null;
  pause: {
    state: QueuePauseState;
    reason: string | null;
    /** When the pause began (or was first seen); null when not paused. */
    sinceMs: number | null;
    /** Which safety net holds the pause (it resumes it itself); `manual` otherwise. */
    cause: QueuePauseCause | null;
    /** A wrap-up pause resumes at this time. */
    resumesAtMs: number | null;
  };
  lastOutcome: QueueOutcomeView | null;
  settings: QueueSettingsView;
  /** The platform tells how long the user has been idle (not in the browser preview). */
  idleDetection: boolean;
}

/** The queues are the panel's; their safety nets are set in the settings window. */
const queuesAccess = accessRules(queuesCommands, {
  'queues/pause': { windows: ['panel'] },
  'queues/unpause': { windows: ['panel'] },
  'queues/login': { windows: ['panel'] },
  'queues/logout': { windows: ['panel'] },
  'queues/toggle-pause': { windows: ['panel'] },
  'queues/watch': { windows: ['panel'] },
  'queues/update-settings': { windows: ['settings'] },
});

export const queuesContract = {
  name: 'queues',
  commands: queuesCommands,
  events: [],
  access: queuesAccess,
  types: {} as { results: QueuesCommandResults; slice: QueuesView; events: Record<never, never> },
} as const satisfies FeatureContract;
