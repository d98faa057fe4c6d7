/**
 * Click-to-dial's section of the settings document: the device remembered for when the PBX has no
 * default device, whether links from other apps are confirmed, and the last numbers dialed. A
 * damaged list is dropped, not the whole file.
 */
import { z } from 'zod';
import type { FeatureSettings } from '../settings/section';

const dialSettingsSchema = z
  .object({
    preferredDevice: z.string().min(1).max(256).nullable().default(null),
    confirmLinks: z.boolean().default(true),
    /** The dial hotkey shows what it read and waits for the agent (issue 15, finding 9). */
    confirmHotkeyDials: z.boolean().default(true),
    recent: z
      .array(
        z.object({
          target: z.string().min(1).max(64),
          display: z.string().max(64),
          name: z.string().max(256).nullable(),
          atMs: z.number().int().nonnegative(),
        }),
      )
      .max(20)
      .catch([])
      .default([]),
  })
  .prefault({});

export type DialSettings = z.output<typeof dialSettingsSchema>;

export const dialSettings: FeatureSettings<DialSettings> = { schema: dialSettingsSchema };
