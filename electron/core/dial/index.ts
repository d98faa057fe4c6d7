/**
 * Click-to-dial, call control and tel:/callto:/sip: links, as a feature (handlers.ts assembles
 * the dialer, call control and the device tracker).
 */
import type { dialContract } from '../../shared/features/dial';
import { defineFeature } from '../feature';
import { createDial } from './create';
import { type DialSettings, dialSettings } from './settings';
import { dialSettingsView, initialDialView } from './state';
import { dialTextsDe } from './texts.de';
import { type DialTexts, dialTextsEn } from './texts.en';
import { dialTray } from './tray';

export const dialFeature = defineFeature<typeof dialContract, DialSettings, DialTexts>({
  name: 'dial',
  settings: dialSettings,
  initialState: initialDialView,
  settingsView: dialSettingsView,
  texts: { en: dialTextsEn, de: dialTextsDe },
  tray: dialTray,
  create: createDial,
});
