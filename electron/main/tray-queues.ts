/**
 * The queue part of the tray: "Pause" with the default reason, the reason list, "Resume", and the
 * pause in the tooltip. Every entry runs a contract command (the same ones as the panel and the
 * pause hotkey), so the tray holds no queue logic of its own. No running timer here: the menu is
 * rebuilt only when its entries change.
 */
import type { CompanionState } from '../shared/contract';
import type { TrayMenuEntry } from './tray-model';
import type { TrayLanguage } from './tray-text';

interface QueueTrayText {
  pause: (reason: string | null) => string;
  pauseAll: (reason: string | null) => string;
  pauseWith: string;
  changeReason: string;
  resume: string;
  resumeAll: string;
  logInAll: string;
  paused: (reason: string | null) => string;
  partlyPaused: (paused: number, total: number) => string;
  loggedOut: string;
}

const withReason = (words: string, reason: string | null) => (reason ? `${words} (${reason})` : words);

const texts: Record<TrayLanguage, QueueTrayText> = {
  en: {
    pause: (reason) => withReason('Pause', reason),
    pauseAll: (reason) => withReason('Pause all queues', reason),
    pauseWith: 'Pause with reason',
    changeReason: 'Change pause reason',
    resume: 'Resume',
    resumeAll: 'Resume all queues',
    logInAll: 'Log in to all queues',
    paused: (reason) => (reason ? `Paused: ${reason}` : 'Paused'),
    partlyPaused: (paused, total) => `Paused in ${paused} of ${total} queues`,
    loggedOut: 'Logged out of all queues',
  },
  de: {
    pause: (reason) => withReason('Pause', reason),
    pauseAll: (reason) => withReason('Alle Warteschlangen pausieren', reason),
    pauseWith: 'Pause mit Grund',
    changeReason: 'Pausengrund ändern',
    resume: 'Fortsetzen',
    resumeAll: 'Alle Warteschlangen fortsetzen',
    logInAll: 'In allen Warteschlangen anmelden',
    paused: (reason) => (reason ? `In Pause: ${reason}` : 'In Pause'),
    partlyPaused: (paused, total) => `In ${paused} von ${total} Warteschlangen pausiert`,
    loggedOut: 'Von allen Warteschlangen abgemeldet',
  },
};

function queuesShown(state: CompanionState): boolean {
  return (
    state.connection.status === 'online' && state.queues.status === 'ready' && state.queues.queues.length > 0
  );
}

/** Paused in every queue the agent is logged in to: no queue call can reach them. */
export function pausedEverywhere(state: CompanionState): boolean {
  return queuesShown(state) && state.queues.pause.state === 'paused';
}

/** What the tooltip adds about the pause (empty while available). */
export function queueTooltip(state: CompanionState): string {
  if (!queuesShown(state)) return '';
  const text = texts[state.app.language];
  const { pause, queues } = state.queues;
  switch (pause.state) {
    case 'paused':
      return ` · ${text.paused(pause.reason)}`;
    case 'partly-paused': {
      const loggedIn = queues.filter((queue) => queue.loggedIn);
      return ` · ${text.partlyPaused(loggedIn.filter((queue) => queue.paused).length, loggedIn.length)}`;
    }
    case 'logged-out':
      return ` · ${text.loggedOut}`;
    default:
      return '';
  }
}

/** The queue entries of the tray menu, ending in a separator; none while there is nothing to pause. */
export function queueMenuEntries(state: CompanionState): TrayMenuEntry[] {
  if (!queuesShown(state)) return [];
  const text = texts[state.app.language];
  const { pause, reasons, defaultReason } = state.queues;
  const reasonList = (label: string): TrayMenuEntry[] =>
    reasons.length === 0
      ? []
      : [
          {
            type: 'submenu',
            label,
            entries: reasons.map((reason) => ({
              type: 'command',
              label: reason.name,
              enabled: true,
              command: { name: 'queues/pause', input: { reason: reason.name } },
            })),
          },
        ];
  const resume = (label: string): TrayMenuEntry => ({
    type: 'command',
    label,
    enabled: true,
    command: { name: 'queues/unpause', input: {} },
  });
  const pauseDefault = (label: string): TrayMenuEntry => ({
    type: 'command',
    label,
    enabled: true,
    command: { name: 'queues/pause', input: {} },
  });
  let entries: TrayMenuEntry[];
  switch (pause.state) {
    case 'paused':
      entries = [
        { type: 'info', label: text.paused(pause.reason) },
        resume(text.resume),
        ...reasonList(text.changeReason),
      ];
      break;
    case 'partly-paused':
      entries = [
        { type: 'info', label: queueTooltip(state).slice(3) },
        pauseDefault(text.pauseAll(defaultReason)),
        ...reasonList(text.pauseWith),
        resume(text.resumeAll),
      ];
      break;
    case 'available':
      entries = [pauseDefault(text.pause(defaultReason)), ...reasonList(text.pauseWith)];
      break;
    case 'logged-out':
      entries = [
        {
          type: 'command',
          label: text.logInAll,
          enabled: state.queues.queues.some((queue) => queue.dynamic),
          command: { name: 'queues/login', input: {} },
        },
      ];
      break;
    default:
      entries = [];
  }
  return entries.length > 0 ? [...entries, { type: 'separator' }] : [];
}
