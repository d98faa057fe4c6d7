/** Voicemail's section of the settings document: how often the mailbox is asked for its counts (one HEAD). */
import { z } from 'zod';
import { VOICEMAIL_WATCH_INTERVAL_LIMITS_MS } from '../../shared/features/voicemail';
import type { FeatureSettings } from '../settings/section';

const voicemailSettingsSchema = z
  .object({
    watchIntervalMs: z
      .number()
      .int()
      .min(VOICEMAIL_WATCH_INTERVAL_LIMITS_MS.min)
      .max(VOICEMAIL_WATCH_INTERVAL_LIMITS_MS.max)
      .default(30_000),
  })
  .prefault({});

export type VoicemailSettings = z.output<typeof voicemailSettingsSchema>;

export const voicemailSettings: FeatureSettings<VoicemailSettings> = { schema: voicemailSettingsSchema };
