/**
 * The words of the native notification for a ringing call (the core sends it; the renderer's
 * catalogues are not loaded in the main process). Kept to the few strings the notification needs.
 */
import type { CallView } from '../../shared/features/calls';

const words = {
  en: {
    title: 'Incoming call',
    unknown: 'Unknown number',
    viaQueue: (queue: string) => `via queue ${queue}`,
  },
  de: {
    title: 'Eingehender Anruf',
    unknown: 'Unbekannte Nummer',
    viaQueue: (queue: string) => `über Warteschlange ${queue}`,
  },
} as const;

export function ringingNotification(call: CallView, language: 'en' | 'de'): { title: string; body: string } {
  const text = words[language];
  const number = call.remoteDisplayNumber || text.unknown;
  const organisation = call.contacts[0]?.organisation;
  const who = call.remoteName ? `${call.remoteName} (${number})` : number;
  const lines = [who];
  if (organisation && !call.remoteName?.includes(organisation)) lines.push(organisation);
  if (call.queueName) lines.push(text.viaQueue(call.queueName));
  return { title: text.title, body: lines.join('\n') };
}
