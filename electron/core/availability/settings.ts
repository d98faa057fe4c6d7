/**
 * The availability section of the settings document: the switches the agent picked for the panel
 * and the three profile automations, each off (null) by default. `memory` is not a choice but what
 * the app needs across starts: the profile it last saw active, so that the start automation can
 * tell a profile chosen elsewhere while the app was closed (and leave it alone).
 */
import { z } from 'zod';
import { maxPickedSwitches } from '../../shared/features/availability';
import type { FeatureSettings } from '../settings/section';

const profileChoice = z.number().int().positive().nullable().catch(null).default(null);

const availabilitySettingsSchema = z
  .object({
    pickedSwitches: z.array(z.string().min(1).max(32)).max(maxPickedSwitches).catch([]).default([]),
    quitProfileId: profileChoice,
    startProfileId: profileChoice,
    lockProfileId: profileChoice,
    memory: z
      .object({
        /** The agent and PBX it was seen for (`tsander@https://pbx.example.com/demo`). */
        key: z.string().max(600).nullable().catch(null).default(null),
        lastSeenProfileId: z.number().int().nullable().catch(null).default(null),
      })
      .catch({ key: null, lastSeenProfileId: null })
      .prefault({}),
  })
  .prefault({});

export type AvailabilitySettings = z.output<typeof availabilitySettingsSchema>;

export const availabilitySettings: FeatureSettings<AvailabilitySettings> = {
  schema: availabilitySettingsSchema,
};
