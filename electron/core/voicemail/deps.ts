/** What the voicemail feature is built with (the common feature deps, typed for it). */
import type { voicemailContract } from '../../shared/features/voicemail';
import type { FeatureDeps } from '../feature';
import type { VoicemailSettings } from './settings';
import type { VoicemailTexts } from './texts.en';

export type VoicemailDeps = FeatureDeps<typeof voicemailContract, VoicemailSettings, VoicemailTexts>;
