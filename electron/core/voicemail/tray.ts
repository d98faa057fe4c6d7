/** The voicemail part of the tray: the unheard count as the badge, in the tooltip and as an entry that shows them. */
import type { CompanionState } from '../../shared/contract';
import type { FeatureTray } from '../tray/tray-entry';
import type { VoicemailTexts } from './texts.en';

/** Unheard voicemails, while online (offline the count may be stale). */
const unheard = ({ connection, voicemail }: CompanionState): number =>
  connection.status === 'online' ? voicemail.unread : 0;

export const voicemailTray: FeatureTray<VoicemailTexts> = {
  badge: unheard,
  tooltip: (state, text) => (unheard(state) > 0 ? text.unheard(unheard(state)) : null),
  top: (state, text) =>
    unheard(state) > 0
      ? [
          {
            type: 'command',
            command: { name: 'voicemail/show', input: {} },
            label: text.unheard(unheard(state)),
            enabled: true,
          },
        ]
      : [],
};
