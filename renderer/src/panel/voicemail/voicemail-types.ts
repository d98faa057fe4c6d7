/**
 * The voicemail shapes the panel works with, taken from the contract (the renderer imports
 * nothing else from the core's side).
 */
import type { CommandResults, CompanionState } from '../../../../electron/shared/contract';

export type VoicemailView = CompanionState['voicemail'];
export type VoicemailList = CommandResults['voicemail/list'];
export type VoicemailMessage = VoicemailList['messages'][number];
export type VoicemailFolder = VoicemailList['folders'][number];
export type VoicemailAudio = CommandResults['voicemail/audio'];
