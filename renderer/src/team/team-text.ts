/** How a colleague's line and presence are put into words (rows, screen reader names, announcements). */
import type { TeamLineView, TeamMemberView } from '../../../electron/shared/features/team';
import type { Translator } from '../lib/i18n';

/** `In a call · Ringing`; `Line state unknown` for a hint the app could not read. */
export function lineText(line: TeamLineView | null, i18n: Translator): string {
  if (line === null) return i18n.t('team.line.waiting');
  if (line.conditions.length === 0) return i18n.t('team.line.unknown');
  return line.conditions.map((condition) => i18n.t(`team.line.${condition}`)).join(' · ');
}

/** `for 3:12`, or `for at least 3:12` when the state was already there when the app looked. */
export function sinceText(line: TeamLineView, nowMs: number, i18n: Translator): string {
  const duration = i18n.formatDuration(Math.max(0, nowMs - line.sinceMs) / 1000);
  return i18n.t(line.sawChange ? 'team.line.for' : 'team.line.forAtLeast', { duration });
}

export function presenceText(member: TeamMemberView, i18n: Translator): string {
  return i18n.t(`team.presence.${member.presence}`);
}

/** The whole row in one line, for the screen reader name of its call button. */
export function memberSummary(member: TeamMemberView, i18n: Translator): string {
  if (!member.found) return `${member.name}, ${i18n.t('team.notFound')}`;
  return [
    member.name,
    member.extension ? i18n.t('team.extension', { extension: member.extension }) : null,
    lineText(member.line, i18n),
    member.presence === 'unknown' ? null : presenceText(member, i18n),
    member.statusText,
  ]
    .filter((part) => part !== null && part !== '')
    .join(', ');
}
