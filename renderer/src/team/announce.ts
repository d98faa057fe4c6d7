/**
 * What a screen reader hears about the favourites, if the agent opted in: a favourite's line that
 * changed between two boards ("Anna Meyer: Ringing"). Only changes the app saw: a line appearing
 * (the panel just opened) or going (it closed) is no news.
 */
import type { TeamMemberView } from '../../../electron/shared/features/team';
import type { Translator } from '../lib/i18n';
import { lineText } from './team-text';

export function favouriteChanges(
  before: readonly TeamMemberView[],
  after: readonly TeamMemberView[],
  i18n: Translator,
): string[] {
  const previous = new Map(before.map((member) => [member.username, member]));
  return after.flatMap((member) => {
    const was = previous.get(member.username);
    if (!member.favourite || !was?.line || !member.line) return [];
    if (was.line.conditions.join('&') === member.line.conditions.join('&')) return [];
    return [i18n.t('team.announce.line', { name: member.name, state: lineText(member.line, i18n) })];
  });
}
