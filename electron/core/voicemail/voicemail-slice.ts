/** The voicemail part of the state tree: its value before any session, and how it is changed. */
import type { VoicemailView } from '../../shared/features/voicemail';
import type { StateStore } from '../state/state-store';

export function initialVoicemailView(watchIntervalMs: number): VoicemailView {
  return {
    status: 'off',
    mailbox: null,
    unread: 0,
    total: 0,
    revision: 0,
    pendingDeletes: [],
    forwardSupported: true,
    watchIntervalMs,
    checkedAtMs: null,
    failure: null,
    reveal: null,
  };
}

/** Merges `patch` into the slice; no state event when nothing changed. */
export function patchVoicemail(
  store: StateStore,
  patch: Partial<VoicemailView> | ((view: VoicemailView) => Partial<VoicemailView>),
): void {
  store.update((state) => {
    const changes = typeof patch === 'function' ? patch(state.voicemail) : patch;
    const changed = (Object.keys(changes) as (keyof VoicemailView)[]).some(
      (key) => JSON.stringify(changes[key]) !== JSON.stringify(state.voicemail[key]),
    );
    return changed ? { ...state, voicemail: { ...state.voicemail, ...changes } } : state;
  });
}
