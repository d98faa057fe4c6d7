/**
 * Voicemail, assembled: while connected, the agent's mailbox (`016voi_mailbox` of the identity) is
 * watched and handled through a `VoicemailSession`; offline, the slice says `off` and the list is
 * empty. "Show this message" (a clicked notification) is a state intent plus `showPanel()`: the
 * panel switches to its voicemail tab when `reveal.seq` moves.
 */
import type { voicemailContract } from '../../shared/features/voicemail';
import type { FeatureParts, SessionPart } from '../feature';
import { formatForDisplay } from '../phone/phone-number';
import { ArrivalTracker } from './arrivals';
import type { VoicemailDeps } from './deps';
import { createVoicemailHandlers } from './handlers';
import { deleteOnPbx } from './message-actions';
import type { CallerNameResolver } from './message-view';
import { MissedCallCheck } from './missed-call-check';
import { initialVoicemailView } from './state';
import { VoicemailSession } from './voicemail-session';

export function createVoicemail(deps: VoicemailDeps): FeatureParts<typeof voicemailContract> {
  const arrivals = new ArrivalTracker();
  // The shared phonebook (private entries first); where it knows none, the PBX's caller-id name shows.
  const resolveCallerName: CallerNameResolver = (number) =>
    deps.phonebook.lookup(number)[0]?.contact.displayName ?? null;
  // Moves when the names could have changed (a phonebook page arrived), so the list is named again.
  const namesRevision = () => deps.phonebook.revision;
  const log = deps.log.child('voicemail');
  let current: VoicemailSession | null = null;
  // A call to the agent that ended unanswered may leave a message: look now, not in up to 30 s.
  const missedCalls = new MissedCallCheck({ clock: deps.clock, check: () => current?.watcher.check() });
  deps.onState((state) => {
    if (current) missedCalls.update(state.calls.live);
  });

  function reveal(key: string | null): void {
    deps.slice.update((view) => ({
      reveal: { key, seq: (view.reveal?.seq ?? 0) + 1, atMs: deps.clock.now() },
    }));
    deps.windows.showPanel();
  }

  function stopCurrent(): void {
    current?.stop();
    current = null;
    missedCalls.reset();
  }

  const session: SessionPart = {
    name: 'voicemail',
    start(context) {
      stopCurrent();
      const mailbox = context.agent.mailbox?.trim() || null;
      if (mailbox === null) {
        deps.slice.update({
          status: 'off',
          mailbox: null,
          failure: { kind: 'unavailable', detail: 'no-mailbox' },
        });
        return;
      }
      current = new VoicemailSession({
        context,
        mailbox,
        deps: { ...deps, log },
        arrivals,
        resolveCallerName,
        formatNumber: (number) => formatForDisplay(number, deps.numberContext()),
        namesRevision,
        reveal,
        deleteOnPbx: (owner, key) => deleteOnPbx(owner, { ...deps, log }, key),
      });
      current.start();
    },
    stop() {
      stopCurrent();
      const { revision, reveal: shown } = deps.slice.current;
      deps.slice.update({
        ...initialVoicemailView(deps.settings.current),
        // The panel drops its list when the revision moves; a pending "show" stays.
        revision: revision + 1,
        reveal: shown,
      });
    },
  };

  return {
    session,
    handlers: createVoicemailHandlers({ deps, session: () => current, reveal }),
  };
}
