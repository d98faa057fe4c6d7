/**
 * The queues' section of the settings document: the last pause reason used (the default) and the
 * safety nets, each off by default. Their bounds are the contract's (queueSettingLimits).
 */
import { z } from 'zod';
import { queueSettingLimits } from '../../shared/features/queues';
import type { FeatureSettings } from '../settings/section';

const minutesOrSeconds = (limits: { min: number; max: number }) =>
  z.number().int().min(limits.min).max(limits.max).default(0);

const queuesSettingsSchema = z
  .object({
    lastPauseReason: z.string().min(1).nullable().default(null),
    autoPauseOnLock: z.boolean().default(false),
    autoPauseIdleMinutes: minutesOrSeconds(queueSettingLimits.autoPauseIdleMinutes),
    wrapUpSeconds: minutesOrSeconds(queueSettingLimits.wrapUpSeconds),
    reminderMinutes: minutesOrSeconds(queueSettingLimits.reminderMinutes),
    autoPauseReason: z.string().min(1).nullable().default(null),
    wrapUpReason: z.string().min(1).nullable().default(null),
  })
  .prefault({});

export type QueuesSettings = z.output<typeof queuesSettingsSchema>;

export const queuesSettings: FeatureSettings<QueuesSettings> = { schema: queuesSettingsSchema };
