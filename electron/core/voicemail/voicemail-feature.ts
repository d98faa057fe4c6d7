/**
 * Voicemail, assembled: while connected, the agent's mailbox (`016voi_mailbox` of the identity) is
 * watched and handled through a `VoicemailSession`; offline, the slice says `off` and the list is
 * empty. "Show this message" (a clicked notification) is a state intent plus `showPanel()`: the
 * panel switches to its voicemail tab when `reveal.seq` moves.
 */

import type { VoicemailCommandName } from '../../shared/features/voicemail';
import { formatForDisplay } from '../phone/phone-number';
import type { Feature, FeatureDeps } from '../session/feature-deps';
import type { SessionContext, SessionFeature } from '../session/session-feature';
import { ArrivalTracker } from './arrivals';
import type { CallerNameResolver } from './message-view';
import { createVoicemailHandlers } from './voicemail-handlers';
import { VoicemailSession } from './voicemail-session';
import { initialVoicemailView, patchVoicemail } from './voicemail-slice';

export type { CallerNameResolver } from './message-view';

export interface VoicemailFeatureOptions {
  /**
   * Caller names; by default the shared phonebook index (private entries first). Where it knows
   * none, the PBX's caller-id name is shown.
   */
  resolveCallerName?: CallerNameResolver;
  /** Moves when the names could have changed (a phonebook page arrived), so the list is named again. */
  namesRevision?: () => number;
}

export interface VoicemailFeature extends Feature<VoicemailCommandName> {
  /** Shows the panel on the voicemail tab, on one message when `key` is given. */
  reveal(key: string | null): void;
}

export function createVoicemailFeature(
  deps: FeatureDeps,
  options: VoicemailFeatureOptions = {},
): VoicemailFeature {
  const arrivals = new ArrivalTracker();
  const resolveCallerName: CallerNameResolver =
    options.resolveCallerName ?? ((number) => deps.phonebook.lookup(number)[0]?.contact.displayName ?? null);
  const namesRevision = options.namesRevision ?? (() => deps.phonebook.revision);
  let current: VoicemailSession | null = null;

  function reveal(key: string | null): void {
    patchVoicemail(deps.store, (view) => ({
      reveal: { key, seq: (view.reveal?.seq ?? 0) + 1, atMs: deps.clock.now() },
    }));
    deps.windows.showPanel();
  }

  function stopCurrent(): void {
    current?.stop();
    current = null;
  }

  const session: SessionFeature = {
    name: 'voicemail',
    start(context: SessionContext) {
      stopCurrent();
      const mailbox = context.agent.mailbox?.trim() || null;
      if (mailbox === null) {
        patchVoicemail(deps.store, {
          status: 'off',
          mailbox: null,
          failure: { kind: 'unavailable', detail: 'no-mailbox' },
        });
        return;
      }
      current = new VoicemailSession({
        context,
        mailbox,
        deps: { ...deps, log: deps.log.child('voicemail') },
        arrivals,
        resolveCallerName,
        formatNumber: (number) => formatForDisplay(number, deps.numberContext()),
        namesRevision,
        reveal,
      });
      current.start();
    },
    stop() {
      stopCurrent();
      const { revision, reveal: shown } = deps.store.current.voicemail;
      deps.store.update((state) => ({
        ...state,
        voicemail: {
          ...initialVoicemailView(deps.settings.current.voicemail.watchIntervalMs),
          // The panel drops its list when the revision moves; a pending "show" stays.
          revision: revision + 1,
          reveal: shown,
        },
      }));
    },
  };

  return {
    session,
    handlers: createVoicemailHandlers({ deps, session: () => current, reveal }),
    reveal,
  };
}
