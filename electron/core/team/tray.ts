/**
 * The team part of the tray: the favourites, to call ("Call a favourite") and, while the agent is
 * in a call, to transfer it to ("Transfer to a favourite"). Both run the same contract commands as
 * the panel. The names and extensions are the ones kept with the favourites, so the menu needs no
 * request; a favourite the PBX no longer knows is not offered.
 */
import type { CompanionState } from '../../shared/contract';
import type { FeatureTray, TrayMenuEntry } from '../tray/tray-entry';
import type { TeamTexts } from './texts.en';

/** More would not fit a menu; the panel has them all. */
export const TRAY_FAVOURITES = 15;
const TRAY_NAME_CHARS = 40;

/** A menu label stays one short line whatever the PBX calls someone. */
function shortName(name: string): string {
  const line = name.replace(/\s+/g, ' ').trim();
  return line.length <= TRAY_NAME_CHARS ? line : `${line.slice(0, TRAY_NAME_CHARS - 1).trimEnd()}…`;
}

/** The call a transfer would move: a connected one, else one on hold. */
export function transferableCall(state: CompanionState): { id: string } | null {
  const { live } = state.calls;
  return (
    live.find((call) => call.phase === 'connected') ?? live.find((call) => call.phase === 'held') ?? null
  );
}

export function teamMenuEntries(state: CompanionState, text: TeamTexts): TrayMenuEntry[] {
  if (state.connection.status !== 'online') return [];
  const notFound = new Set(
    state.team.members.filter((member) => !member.found).map((member) => member.username),
  );
  const hidden = new Set(state.team.settings.hidden.map((person) => person.username));
  const favourites = state.team.settings.favourites
    .filter((person) => !notFound.has(person.username) && !hidden.has(person.username))
    .slice(0, TRAY_FAVOURITES);
  if (favourites.length === 0) return [];
  // `Anna Meyer (230)`: a name and a number, the same in every language.
  const label = (person: (typeof favourites)[number]) =>
    person.extension ? `${shortName(person.name)} (${person.extension})` : shortName(person.name);
  const entries: TrayMenuEntry[] = [
    {
      type: 'submenu',
      label: text.callFavourite,
      entries: favourites.map((person) => ({
        type: 'command',
        label: label(person),
        enabled: true,
        command: { name: 'team/call', input: { username: person.username, source: 'tray' } },
      })),
    },
  ];
  const call = transferableCall(state);
  if (call) {
    entries.push({
      type: 'submenu',
      label: text.transferToFavourite,
      entries: favourites.map((person) => ({
        type: 'command',
        label: label(person),
        enabled: true,
        command: { name: 'team/transfer', input: { username: person.username, callId: call.id } },
      })),
    });
  }
  return entries;
}

export const teamTray: FeatureTray<TeamTexts> = { group: 'call', entries: teamMenuEntries };
