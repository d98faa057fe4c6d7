/**
 * What the tray panel shows, from top to bottom: the one-line header (the connection, then any
 * compact header parts, then the settings button), the rows under it, then one tab per feature
 * that has a list to show. A feature joins the panel with an entry here.
 *
 * Room at 360 px (in German, the longer language): the header line has room for one more compact
 * part of about 7rem beside the connection (it shortens the agent's name first); the tab bar has
 * room for five tabs, each a short label with an icon and a count badge.
 */
import ListOrdered from '@lucide/svelte/icons/list-ordered';
import PhoneCall from '@lucide/svelte/icons/phone-call';
import Signpost from '@lucide/svelte/icons/signpost';
import Users from '@lucide/svelte/icons/users';
import Voicemail from '@lucide/svelte/icons/voicemail';
import type { Component } from 'svelte';
import type { CompanionState } from '../../../electron/shared/contract';
import AvailabilityHeader from '../availability/AvailabilityHeader.svelte';
import AvailabilityTab from '../availability/AvailabilityTab.svelte';
import CallsList from '../calls/CallsList.svelte';
import { missedBadge } from '../calls/calls-badge';
import ConnectionHeader from '../connection/ConnectionHeader.svelte';
import DialPanel from '../dial/DialPanel.svelte';
import type { Translator } from '../lib/i18n';
import PauseBar from '../queues/PauseBar.svelte';
import QueuesTab from '../queues/QueuesTab.svelte';
import { waitingBadge } from '../queues/queue-text';
import { type PagePart, part } from '../shared/page-part';
import type { TabBadge } from '../shared/tab';
import TeamTab from '../team/TeamTab.svelte';
import { watchTeam } from '../team/team-panel.svelte';
import { followVoicemailReveal, voicemailBadge } from '../voicemail/panel-tab.svelte';
import VoicemailTab from '../voicemail/VoicemailTab.svelte';
import NoticeList from './NoticeList.svelte';

export interface PanelTab extends PagePart {
  readonly id: string;
  /** A short word: the count goes into `badge`, not the label. */
  label(snapshot: CompanionState, i18n: Translator): string;
  // biome-ignore lint/suspicious/noExplicitAny: any Lucide icon.
  readonly icon?: Component<any>;
  /** A count on the tab (missed calls, new voicemail); null or a count of 0 shows none. */
  badge?(snapshot: CompanionState, i18n: Translator): TabBadge | null;
  /** Called once while the panel starts: `select` brings this tab forward (the core asked to show it). */
  follow?(snapshot: () => CompanionState, select: () => void): void;
}

/** The header line, left to right; each part one short line (the settings button follows them). */
export const panelHeaderLine: readonly PagePart[] = [
  part(ConnectionHeader, (snapshot, i18n) => ({
    connection: snapshot.connection,
    agent: snapshot.connection.agent,
    i18n,
  })),
  part(AvailabilityHeader, (snapshot, i18n) => ({ view: snapshot.availability, i18n })),
];

/** The rows under the header line, above the tabs. */
export const panelHeader: readonly PagePart[] = [
  part(NoticeList, (snapshot, i18n) => ({ notices: snapshot.notices, i18n })),
  part(PauseBar, (snapshot, i18n) => ({
    view: snapshot.queues,
    online: snapshot.connection.status === 'online',
    calls: snapshot.calls.live,
    i18n,
  })),
  part(DialPanel, (snapshot, i18n) => ({ dial: snapshot.dial, i18n })),
];

export const panelTabs: readonly PanelTab[] = [
  {
    id: 'calls',
    label: (_snapshot, i18n) => i18n.t('panel.tab.calls'),
    icon: PhoneCall,
    badge: (snapshot, i18n) => missedBadge(snapshot.calls.recent, i18n),
    ...part(CallsList, (snapshot, i18n) => ({
      calls: snapshot.calls.live,
      recent: snapshot.calls.recent,
      phonebook: snapshot.calls.phonebook,
      answer: snapshot.calls.answer,
      online: snapshot.connection.status === 'online',
      i18n,
    })),
  },
  {
    id: 'queues',
    label: (_snapshot, i18n) => i18n.t('queues.tab'),
    icon: ListOrdered,
    badge: (snapshot, i18n) => waitingBadge(snapshot.queues, i18n),
    ...part(QueuesTab, (snapshot, i18n) => ({
      view: snapshot.queues,
      online: snapshot.connection.status === 'online',
      i18n,
    })),
  },
  {
    id: 'voicemail',
    label: (_snapshot, i18n) => i18n.t('voicemail.tab'),
    icon: Voicemail,
    badge: (snapshot, i18n) => voicemailBadge(snapshot.voicemail, i18n),
    ...part(VoicemailTab, (snapshot, i18n) => ({ view: snapshot.voicemail, i18n })),
    follow: (snapshot, select) => followVoicemailReveal(() => snapshot().voicemail.reveal, select),
  },
  {
    id: 'team',
    label: (_snapshot, i18n) => i18n.t('team.tab'),
    icon: Users,
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
    icon: Signpost,
    ...part(AvailabilityTab, (snapshot, i18n) => ({ view: snapshot.availability, i18n })),
  },
];
