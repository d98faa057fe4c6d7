/**
 * Availability, as a feature: profiles, forwarding, hot-desking, extension switches and the
 * profile automations (create.ts assembles them).
 */
import type { availabilityContract } from '../../shared/features/availability';
import { defineFeature } from '../feature';
import { createAvailability } from './create';
import { type AvailabilitySettings, availabilitySettings } from './settings';
import { availabilitySettingsView, initialAvailabilityView } from './state';
import { availabilityTextsDe } from './texts.de';
import { type AvailabilityTexts, availabilityTextsEn } from './texts.en';
import { availabilityTray } from './tray';

export const availabilityFeature = defineFeature<
  typeof availabilityContract,
  AvailabilitySettings,
  AvailabilityTexts
>({
  name: 'availability',
  settings: availabilitySettings,
  initialState: initialAvailabilityView,
  settingsView: availabilitySettingsView,
  texts: { en: availabilityTextsEn, de: availabilityTextsDe },
  tray: availabilityTray,
  create: createAvailability,
});
