/**
 * The queue part of the tray: "Pause" with the default reason, the reason list, "Resume", and the
 * pause in the tooltip. Every entry runs a contract command (the same ones as the panel and the
 * pause hotkey), so the tray holds no queue logic of its own. No running timer here: the menu is
 * rebuilt only when its entries change.
 */
import type { CompanionState } from '../../shared/contract';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { QueuesTexts } from './texts.en';

function queuesShown(state: CompanionState): boolean {
  return (
    state.connection.status === 'online' && state.queues.status === 'ready' && state.queues.queues.length > 0
  );
}

/** Paused in every queue the agent is logged in to: no queue call can reach them. */
export function pausedEverywhere(state: CompanionState): boolean {
  return queuesShown(state) && state.queues.pause.state === 'paused';
}

/** What the tooltip says about the pause (null while available). */
export function queueStatus(state: CompanionState, text: QueuesTexts): string | null {
  if (!queuesShown(state)) return null;
  const { pause, queues } = state.queues;
  switch (pause.state) {
    case 'paused':
      return text.paused(pause.reason);
    case 'partly-paused': {
      const loggedIn = queues.filter((queue) => queue.loggedIn);
      return text.partlyPaused(loggedIn.filter((queue) => queue.paused).length, loggedIn.length);
    }
    case 'logged-out':
      return text.loggedOut;
    default:
      return null;
  }
}

/** The queue entries of the tray menu; none while there is nothing to pause. */
export function queueMenuEntries(state: CompanionState, text: QueuesTexts): TrayMenuEntry[] {
  if (!queuesShown(state)) return [];
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
        { type: 'info', label: queueStatus(state, text) ?? '' },
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
  return entries;
}

export const queuesTray: FeatureTray<QueuesTexts> = {
  icon: (state) => (pausedEverywhere(state) ? 'paused' : null),
  status: queueStatus,
  entries: queueMenuEntries,
};
