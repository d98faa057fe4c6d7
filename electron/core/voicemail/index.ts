/**
 * Voicemail, as a feature: the mailbox watched while connected, playback, handling and the unread
 * count in the tray (create.ts assembles it).
 */
import type { voicemailContract } from '../../shared/features/voicemail';
import { defineFeature } from '../feature';
import { createVoicemail } from './create';
import { type VoicemailSettings, voicemailSettings } from './settings';
import { initialVoicemailView, voicemailSettingsView } from './state';
import { voicemailTextsDe } from './texts.de';
import { type VoicemailTexts, voicemailTextsEn } from './texts.en';
import { voicemailTray } from './tray';

export const voicemailFeature = defineFeature<typeof voicemailContract, VoicemailSettings, VoicemailTexts>({
  name: 'voicemail',
  settings: voicemailSettings,
  initialState: initialVoicemailView,
  settingsView: voicemailSettingsView,
  texts: { en: voicemailTextsEn, de: voicemailTextsDe },
  tray: voicemailTray,
  create: createVoicemail,
});
