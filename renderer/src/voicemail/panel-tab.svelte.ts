/** The voicemail tab's place in the panel: its label with the unread badge, and "show this message". */

import type { VoicemailView } from '../../../electron/shared/features/voicemail';
import type { Translator } from '../lib/i18n';
import type { TabBadge } from '../shared/tab';

/** A reveal older than this when the panel opens is history, not a request. */
const freshRevealMs = 15_000;

/** The tab's count: new messages. */
export function voicemailBadge(view: VoicemailView, i18n: Translator): TabBadge | null {
  return view.unread > 0
    ? { count: view.unread, tone: 'alert', label: i18n.t('voicemail.newCount', { count: view.unread }) }
    : null;
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
