/** The voicemail part of the state tree: its value before any session (and after one ended). */
import type { VoicemailSettingsView, VoicemailView } from '../../shared/features/voicemail';
import type { VoicemailSettings } from './settings';

export function voicemailSettingsView(settings: VoicemailSettings): VoicemailSettingsView {
  return { watchIntervalMs: settings.watchIntervalMs };
}

export function initialVoicemailView(settings: VoicemailSettings): VoicemailView {
  return {
    status: 'off',
    mailbox: null,
    unread: 0,
    total: 0,
    revision: 0,
    pendingDeletes: [],
    forwardSupported: true,
    settings: voicemailSettingsView(settings),
    checkedAtMs: null,
    failure: null,
    reveal: null,
  };
}
