/** The voicemail tab's place in the panel: its label with the unread badge, and "show this message". */

import type { VoicemailView } from '../../../electron/shared/features/voicemail';
import type { Translator } from '../lib/i18n';

/** A reveal older than this when the panel opens is history, not a request. */
const freshRevealMs = 15_000;

export function voicemailTabLabel(view: VoicemailView, i18n: Translator): string {
  return view.unread > 0 ? i18n.t('voicemail.tabUnread', { count: view.unread }) : i18n.t('voicemail.tab');
}

/**
 * Calls `show` whenever the core asks to show a message (a notification was clicked): the
 * `reveal.seq` it pushes moves. Call while the panel component initialises.
 */
export function followVoicemailReveal(
  reveal: () => VoicemailView['reveal'],
  show: () => void,
  nowMs: () => number = Date.now,
): void {
  const initial = reveal();
  let seen = initial && nowMs() - initial.atMs < freshRevealMs ? -1 : (initial?.seq ?? 0);
  $effect(() => {
    const current = reveal();
    if (!current || current.seq === seen) return;
    seen = current.seq;
    show();
  });
}
