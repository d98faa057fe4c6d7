/**
 * What the tray panel shows, from top to bottom: the feature parts above the tabs, then one tab
 * per feature that has a list to show. A feature joins the panel with an entry here.
 */
import type { CompanionState } from '../../../electron/shared/contract';
import AvailabilityHeader from '../availability/AvailabilityHeader.svelte';
import AvailabilityTab from '../availability/AvailabilityTab.svelte';
import CallsList from '../calls/CallsList.svelte';
import ConnectionHeader from '../connection/ConnectionHeader.svelte';
import DialPanel from '../dial/DialPanel.svelte';
import type { Translator } from '../lib/i18n';
import PauseBar from '../queues/PauseBar.svelte';
import QueuesTab from '../queues/QueuesTab.svelte';
import { type PagePart, part } from '../shared/page-part';
import TeamTab from '../team/TeamTab.svelte';
import { watchTeam } from '../team/team-panel.svelte';
import { followVoicemailReveal, voicemailTabLabel } from '../voicemail/panel-tab.svelte';
import VoicemailTab from '../voicemail/VoicemailTab.svelte';
import NoticeList from './NoticeList.svelte';

export interface PanelTab extends PagePart {
  readonly id: string;
  label(snapshot: CompanionState, i18n: Translator): string;
  /** Called once while the panel starts: `select` brings this tab forward (the core asked to show it). */
  follow?(snapshot: () => CompanionState, select: () => void): void;
}

export const panelHeader: readonly PagePart[] = [
  part(ConnectionHeader, (snapshot, i18n) => ({
    connection: snapshot.connection,
    agent: snapshot.connection.agent,
    i18n,
  })),
  part(AvailabilityHeader, (snapshot, i18n) => ({ view: snapshot.availability, i18n })),
  part(PauseBar, (snapshot, i18n) => ({ view: snapshot.queues, i18n })),
  part(NoticeList, (snapshot, i18n) => ({ notices: snapshot.notices, i18n })),
  part(DialPanel, (snapshot, i18n) => ({ dial: snapshot.dial, i18n })),
];

export const panelTabs: readonly PanelTab[] = [
  {
    id: 'calls',
    label: (_snapshot, i18n) => i18n.t('panel.tab.calls'),
    ...part(CallsList, ({ calls }, i18n) => ({
      calls: calls.live,
      recent: calls.recent,
      phonebook: calls.phonebook,
      i18n,
    })),
  },
  {
    id: 'queues',
    label: (_snapshot, i18n) => i18n.t('queues.tab'),
    ...part(QueuesTab, (snapshot, i18n) => ({ view: snapshot.queues, i18n })),
  },
  {
    id: 'voicemail',
    label: (snapshot, i18n) => voicemailTabLabel(snapshot.voicemail, i18n),
    ...part(VoicemailTab, (snapshot, i18n) => ({ view: snapshot.voicemail, i18n })),
    follow: (snapshot, select) => followVoicemailReveal(() => snapshot().voicemail.reveal, select),
  },
  {
    id: 'team',
    label: (_snapshot, i18n) => i18n.t('team.tab'),
    ...part(TeamTab, (snapshot, i18n) => ({
      view: snapshot.team,
      calls: snapshot.calls.live,
      platform: snapshot.app.platform,
      i18n,
    })),
    // Called once while the panel starts: the board's lease is held for as long as the panel is on screen.
    follow: () => watchTeam(),
  },
  {
    id: 'availability',
    label: (_snapshot, i18n) => i18n.t('availability.tab'),
    ...part(AvailabilityTab, (snapshot, i18n) => ({ view: snapshot.availability, i18n })),
  },
];
